import { describe, expect, it } from 'vitest';
import { formatMessage, messageArguments, pluralCategory } from './format.js';

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
    expect(() => formatMessage('{missing} here', {}, 'en')).toThrowError(/\{missing\} has no value/);
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
    expect(() => formatMessage(responses, { n: 'two' }, 'en')).toThrowError(/needs a number/);
    expect(() => formatMessage('{n, plural, one {x}}', { n: 2 }, 'en')).toThrowError(/no "other" branch/);
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
    expect(() => messageArguments('{n, plural, one {# x} other {# y}')).toThrowError(/brace at 0/);
    expect(() => messageArguments('a } b')).toThrowError(/brace at 2/);
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
