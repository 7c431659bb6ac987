import { describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../vocabulary/index.js';
import { messageArguments } from './format.js';
import { messages } from './index.js';

/**
 * Translation parity: nb is the contract (`Messages` is derived from it), and every other
 * locale must have exactly its shape and placeholders. Each check collects every difference as
 * "<locale> <key path>: <problem>" and compares the list with [], so a failure names them all.
 */

type Kind = 'string' | 'array' | 'object' | 'other';

const TARGETS = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

function kindOf(value: unknown): Kind {
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return 'array';
  if (value !== null && typeof value === 'object') return 'object';
  return 'other';
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Every string in a message tree, with its key path (`styles.direct.phrases[1]`). */
function strings(node: unknown, path = ''): { path: string; value: string }[] {
  const kind = kindOf(node);
  if (kind === 'string') return [{ path, value: node as string }];
  if (kind === 'array') return (node as unknown[]).flatMap((child, i) => strings(child, join(path, i)));
  if (kind === 'object') {
    return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => strings(child, join(path, key)));
  }
  return [];
}

/** Differences in keys, value types and array lengths between a locale's tree and nb's. */
function shapeProblems(locale: string, source: unknown, target: unknown, path = ''): string[] {
  const at = `${locale} ${path === '' ? '(root)' : path}`;
  const sourceKind = kindOf(source);
  const targetKind = kindOf(target);
  if (sourceKind !== targetKind) return [`${at}: is ${targetKind}, nb has ${sourceKind}`];
  if (sourceKind === 'array') {
    const a = source as unknown[];
    const b = target as unknown[];
    const problems = a.length === b.length ? [] : [`${at}: has ${b.length} entries, nb has ${a.length}`];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      problems.push(...shapeProblems(locale, a[i], b[i], join(path, i)));
    }
    return problems;
  }
  if (sourceKind === 'object') {
    const a = source as Record<string, unknown>;
    const b = target as Record<string, unknown>;
    const problems: string[] = [];
    for (const key of Object.keys(a)) {
      if (!Object.hasOwn(b, key)) problems.push(`${locale} ${join(path, key)}: missing`);
      else problems.push(...shapeProblems(locale, a[key], b[key], join(path, key)));
    }
    for (const key of Object.keys(b)) {
      if (!Object.hasOwn(a, key)) problems.push(`${locale} ${join(path, key)}: extra key, not in nb`);
    }
    return problems;
  }
  return [];
}

/**
 * The placeholders of a string as formatMessage reads them, sorted: `name` for a value,
 * `name (plural)` for a plural, so a locale cannot drop a plural that nb has, or add one.
 */
function placeholders(text: string): string[] {
  const names = messageArguments(text).map((arg) => (arg.plural ? `${arg.name} (plural)` : arg.name));
  return [...new Set(names)].sort();
}

/** The plural categories a locale's numbers fall in (CLDR), which every plural must cover. */
const categoriesOf = (locale: Locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

/** Each locale's strings paired with nb's string at the same path (paths missing in nb are skipped). */
function pairs(locale: Locale): { path: string; source: string; value: string }[] {
  const source = new Map(strings(messages[SOURCE_LOCALE]).map(({ path, value }) => [path, value]));
  return strings(messages[locale]).flatMap(({ path, value }) => {
    const sourceValue = source.get(path);
    return sourceValue === undefined ? [] : [{ path, source: sourceValue, value }];
  });
}

/** How a string ends: a sentence stop, another mark, or none. */
function ending(text: string): string {
  const last = text.trimEnd().slice(-1);
  return '.?!:;'.includes(last) ? last : 'none';
}

/**
 * Bokmål word forms that are not words of the target language, so finding one means a string
 * was left untranslated. Only unambiguous forms: "leder" is a Swedish verb and "bare" an English
 * adjective, so they are checked in nn only; "og" is a nynorsk word too.
 */
const LEFTOVER_NB: Readonly<Record<Exclude<Locale, 'nb'>, readonly string[]>> = (() => {
  const common = [
    'ikke',
    'jeg',
    'hva',
    'hvordan',
    'hvor',
    'hvem',
    'ledelse',
    'ledelsen',
    'lederen',
    'lederens',
    'selger',
    'selgere',
    'selgerne',
    'mye',
    'noen',
    'ennå',
  ];
  return {
    nn: [...common, 'leder', 'bare', 'trygghet', 'tryggheten'],
    sv: [...common, 'og'],
    en: [...common, 'og'],
  };
})();

function wordPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu');
}

describe('message parity', () => {
  it('checks every locale other than the source locale', () => {
    expect(TARGETS).toEqual(LOCALES.filter((locale) => locale !== 'nb'));
    expect(TARGETS.length).toBeGreaterThan(0);
  });

  it('reports a missing key, an extra key, a changed type and a shorter array by locale and path', () => {
    const source = { a: { b: 'x', c: ['1', '2'] }, d: 'y' };
    const target = { a: { c: ['1'], e: 'z' }, d: { f: 'y' } };
    expect(shapeProblems('xx', source, target)).toEqual([
      'xx a.b: missing',
      'xx a.c: has 1 entries, nb has 2',
      'xx a.e: extra key, not in nb',
      'xx d: is object, nb has string',
    ]);
  });

  describe.each(TARGETS)('%s', (locale) => {
    it('has every key of nb with the same type, no extra keys, and arrays of the same length', () => {
      expect(shapeProblems(locale, messages[SOURCE_LOCALE], messages[locale])).toEqual([]);
    });

    it('has only non-empty, trimmed strings', () => {
      const problems = strings(messages[locale]).flatMap(({ path, value }) => {
        if (value.trim() === '') return [`${locale} ${path}: empty`];
        if (value !== value.trim()) return [`${locale} ${path}: leading or trailing whitespace`];
        return [];
      });
      expect(problems).toEqual([]);
    });

    it('uses exactly the placeholders of the nb string at the same path', () => {
      const problems = pairs(locale).flatMap(({ path, source, value }) => {
        const expected = placeholders(source);
        const actual = placeholders(value);
        return expected.join() === actual.join()
          ? []
          : [`${locale} ${path}: has {${actual.join('}, {')}}, nb has {${expected.join('}, {')}}`];
      });
      expect(problems).toEqual([]);
    });

    it('ends each string with the same punctuation as nb', () => {
      const problems = pairs(locale).flatMap(({ path, source, value }) =>
        ending(source) === ending(value)
          ? []
          : [`${locale} ${path}: ends with ${ending(value)}, nb with ${ending(source)}`],
      );
      expect(problems).toEqual([]);
    });

    it('contains no bokmål word left untranslated', () => {
      const pattern = wordPattern(LEFTOVER_NB[locale as Exclude<Locale, 'nb'>]);
      const problems = strings(messages[locale]).flatMap(({ path, value }) => {
        const match = pattern.exec(value);
        return match ? [`${locale} ${path}: «${match[0]}» in «${value}»`] : [];
      });
      expect(problems).toEqual([]);
    });
  });

  it.each(LOCALES)('gives every plural in %s a branch for each of the language’s plural categories', (locale) => {
    const problems = strings(messages[locale]).flatMap(({ path, value }) =>
      messageArguments(value).flatMap((arg) => {
        const missing = arg.plural ? categoriesOf(locale).filter((c) => !arg.plural!.includes(c)) : [];
        return missing.length > 0 ? [`${locale} ${path}: {${arg.name}, plural} lacks ${missing.join(', ')}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('has no "undefined" or "NaN" in any string of any locale', () => {
    const problems = LOCALES.flatMap((locale) =>
      strings(messages[locale]).flatMap(({ path, value }) =>
        /undefined|NaN/.test(value) ? [`${locale} ${path}: «${value}»`] : [],
      ),
    );
    expect(problems).toEqual([]);
  });
});
