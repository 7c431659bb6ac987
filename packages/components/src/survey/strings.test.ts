import { LOCALES } from '@balanse/core';
import { describe, expect, it } from 'vitest';
import { fill, STRINGS } from './strings.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('survey UI strings', () => {
  it('has a table for every locale core knows', () => {
    expect(Object.keys(STRINGS).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    it(`${locale} has exactly nb's keys, each a non-empty text with nb's placeholders`, () => {
      expect(Object.keys(STRINGS[locale]).sort()).toEqual(Object.keys(STRINGS.nb).sort());
      for (const [key, source] of Object.entries(STRINGS.nb)) {
        const translated = STRINGS[locale][key as keyof typeof STRINGS.nb];
        expect(translated.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(translated), `${locale}.${key}`).toEqual(placeholders(source));
      }
    });
  }

  it('is translated, not copied: each locale differs from nb somewhere', () => {
    for (const locale of ['sv', 'en'] as const) {
      const same = Object.keys(STRINGS.nb).filter(
        (k) => STRINGS[locale][k as keyof typeof STRINGS.nb] === STRINGS.nb[k as keyof typeof STRINGS.nb],
      );
      expect(same, locale).toEqual([]);
    }
  });

  it('fills placeholders, formatting numbers for the locale', () => {
    expect(fill(STRINGS.en.page, 'en', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(fill('{n} av {m}', 'nb', { n: 12000, m: 'x' })).toBe('12\u00a0000 av x');
    expect(fill('{missing}', 'nb', {})).toBe('');
  });
});
