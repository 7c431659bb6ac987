import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../vocabulary/index.js';
import { formatMessage, messageArguments, numberFormat, pluralCategory } from './format.js';
import { messages } from './index.js';

const responses = '{n, plural, one {# response was} other {# responses were}} flagged.';

describe('formatMessage', () => {
  it('fills values, formatting numbers for the locale', () => {
    expect(formatMessage('{a} of {b}', { a: 3, b: 'seven' }, 'en')).toBe('3 of seven');
    expect(formatMessage('{n} av 100', { n: 12000.4 }, 'nb')).toBe('12\u00a0000 av 100');
    expect(formatMessage('{n} av 100', { n: 62.54 }, 'nb', 1)).toBe('62,5 av 100');
  });

  it('inserts text as it is, without reading placeholders in it', () => {
    expect(formatMessage('Report for {team}', { team: '{n} <b>' }, 'en')).toBe('Report for {n} <b>');
  });

  it('throws on a placeholder without a value instead of writing "undefined"', () => {
    expect(() => formatMessage('{missing} here', {}, 'en')).toThrow(/\{missing\} has no value/);
  });

  it.each([
    [1, 'en', '1 response was flagged.'],
    [0, 'en', '0 responses were flagged.'],
    [2, 'en', '2 responses were flagged.'],
    [1000, 'en', '1,000 responses were flagged.'],
  ] as const)('picks the plural branch of %d in %s', (n, locale, expected) => {
    expect(formatMessage(responses, { n }, locale)).toBe(expected);
  });

  it('uses each language’s own plural rules', () => {
    const nb = '{n, plural, one {# besvarelse} other {# besvarelser}}';
    expect(formatMessage(nb, { n: 1 }, 'nb')).toBe('1 besvarelse');
    expect(formatMessage(nb, { n: 4 }, 'nb')).toBe('4 besvarelser');
    const sv = '{n, plural, one {# enkätsvar} other {# enkätsvar}}';
    expect(formatMessage(sv, { n: 1 }, 'sv')).toBe('1 enkätsvar');
  });

  it('chooses by the number as shown: 1.2 shown as "1" is singular, shown as "1.2" plural', () => {
    const points = '{v, plural, one {# point} other {# points}}';
    expect(formatMessage(points, { v: 1.2 }, 'en')).toBe('1 point');
    expect(formatMessage(points, { v: 1.2 }, 'en', 1)).toBe('1.2 points');
    expect(formatMessage(points, { v: 0.6 }, 'en')).toBe('1 point');
  });

  it('prefers an exact branch, and fills values inside branches', () => {
    const t = '{n, plural, =0 {Nobody in {team}} one {One person in {team}} other {# people in {team}}}';
    expect(formatMessage(t, { n: 0, team: 'North' }, 'en')).toBe('Nobody in North');
    expect(formatMessage(t, { n: 1, team: 'North' }, 'en')).toBe('One person in North');
    expect(formatMessage(t, { n: 9, team: 'North' }, 'en')).toBe('9 people in North');
  });

  it('takes one-word branches and text around the plural', () => {
    expect(formatMessage('Tilt: {v} {v, plural, one {poeng} other {poeng}}', { v: 3 }, 'nb')).toBe('Tilt: 3 poeng');
  });

  it('throws when a plural is given text, or has no branch for the number', () => {
    expect(() => formatMessage(responses, { n: 'two' }, 'en')).toThrow(/needs a number/);
    expect(() => formatMessage('{n, plural, one {x}}', { n: 2 }, 'en')).toThrow(/no "other" branch/);
  });
});

/** The definition of formatMessage in two regular-expression passes: the oracle of the compiled reading. */
function byDefinition(
  template: string,
  values: Readonly<Record<string, string | number>>,
  locale: Locale,
  digits = 0,
): string {
  const show = (n: number) => numberFormat(locale, digits).format(n);
  const plural = /\{(\w+), plural,((?:\s*=?\w+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
  const chosen = template.replace(plural, (_, name: string, body: string) => {
    const n = values[name] as number;
    const branches = new Map(
      [...body.matchAll(/(=?\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g)].map((branch) => [branch[1]!, branch[2]!]),
    );
    const branch =
      branches.get(`=${Number(n.toFixed(digits))}`) ??
      branches.get(pluralCategory(locale, n, digits)) ??
      branches.get('other')!;
    return branch.replace(/#/g, show(n));
  });
  return chosen.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name]!;
    return typeof value === 'number' ? show(value) : value;
  });
}

function templatesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(templatesOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(templatesOf);
  return [];
}

describe('formatMessage against its definition', () => {
  it('writes every message of every locale as the two-pass definition does, for any values', () => {
    const all = LOCALES.flatMap((locale) => templatesOf(messages[locale]).map((template) => ({ locale, template })));
    expect(all.length).toBeGreaterThan(400);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          minLength: 8,
          maxLength: 8,
        }),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: 0, max: 2 }),
        ({ locale, template }, numbers, text, digits) => {
          const values: Record<string, string | number> = {};
          messageArguments(template).forEach((arg, i) => {
            values[arg.name] ??= arg.plural || i % 2 === 0 ? numbers[i % numbers.length]! : text;
          });
          expect(formatMessage(template, values, locale, digits)).toBe(byDefinition(template, values, locale, digits));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives the same text on a second call, from the template read once', () => {
    const template = 'Team {team}: {n, plural, =0 {nobody} one {# person ({team})} other {# people}} of {total}';
    for (const n of [0, 1, 2, 1, 0]) {
      expect(formatMessage(template, { team: 'A', n, total: 9 }, 'en')).toBe(
        byDefinition(template, { team: 'A', n, total: 9 }, 'en'),
      );
    }
  });
});

describe('messageArguments', () => {
  it('lists values and plurals with their branches, in order', () => {
    expect(messageArguments('{a} and {n, plural, one {# {b}} other {# {b}s}} of {c}')).toEqual([
      { name: 'a' },
      { name: 'n', plural: ['one', 'other'] },
      { name: 'b' },
      { name: 'b' },
      { name: 'c' },
    ]);
    expect(messageArguments('{n, plural, one {svar} other {svar}}')).toEqual([{ name: 'n', plural: ['one', 'other'] }]);
  });

  it('throws on a brace that is no placeholder, such as an unclosed plural', () => {
    expect(() => messageArguments('{n, plural, one {# x} other {# y}')).toThrow(/brace at 0/);
    expect(() => messageArguments('a } b')).toThrow(/brace at 2/);
  });
});

describe('pluralCategory', () => {
  it('gives the CLDR category of every locale, cached', () => {
    expect(pluralCategory('nb', 1)).toBe('one');
    expect(pluralCategory('nn', 2)).toBe('other');
    expect(pluralCategory('sv', 1)).toBe('one');
    expect(pluralCategory('en', 1, 1)).toBe('one');
    expect(pluralCategory('en', 1.5, 1)).toBe('other');
  });
});
