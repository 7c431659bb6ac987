/**
 * Translation parity for an element's UI strings: every locale has exactly the source locale's
 * keys (nb is the contract), no empty text, and the same {placeholders} in each text.
 */
import { LOCALES, SOURCE_LOCALE, type Locale } from '@balanse/core';
import { messageArguments } from '@balanse/core/messages';
import { describe, expect, it } from 'vitest';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Placeholders as core's formatMessage reads them: `name`, or `name (plural)` for a plural. */
const placeholders = (text: string) =>
  [...new Set(messageArguments(text).map((arg) => (arg.plural ? `${arg.name} (plural)` : arg.name)))].sort();
const categoriesOf = (locale: Locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

/** Declares the parity tests for one element's strings table. */
export function describeStringsParity(name: string, strings: Readonly<Record<Locale, object>>): void {
  describe(`${name} strings`, () => {
    const source = leaves(strings[SOURCE_LOCALE] as Tree);
    it.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))('has every nb key in %s, and no other', (locale) => {
      const target = leaves(strings[locale] as Tree);
      expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
    });
    it.each(LOCALES)('has no empty text and the same placeholders as nb in %s', (locale) => {
      for (const [key, text] of leaves(strings[locale] as Tree)) {
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(source.get(key) ?? ''));
      }
    });
    it.each(LOCALES)('gives every plural in %s a branch for each of the language’s plural categories', (locale) => {
      for (const [key, text] of leaves(strings[locale] as Tree)) {
        for (const arg of messageArguments(text).filter((a) => a.plural)) {
          expect(arg.plural, `${locale}.${key}`).toEqual(expect.arrayContaining(categoriesOf(locale)));
        }
      }
    });
  });
}
