/**
 * Translation parity for every screen's texts: each locale has exactly nb's keys (nb is the
 * contract), no empty text, the same {placeholders}, and a branch for each plural category.
 */
import { LOCALES, SOURCE_LOCALE, type Locale } from '@balanse/core';
import { messageArguments } from '@balanse/core/messages';
import { describe, expect, it } from 'vitest';
import { STRINGS as ACTION_PLAN } from './action-plan/strings.js';
import { STRINGS as APP } from './app/strings.js';
import { SHARED_STRINGS } from './base/strings.js';
import { STRINGS as LEADER } from './leader-page/strings.js';
import { STRINGS as ROUND } from './round/strings.js';
import { STRINGS as ROUNDS } from './rounds/strings.js';
import { STRINGS as SIGN_IN } from './sign-in/strings.js';
import { STRINGS as TENANTS } from './tenants/strings.js';
import { STRINGS as THEME } from './theme/strings.js';
import { STRINGS as UNITS } from './units/strings.js';

const TABLES: Record<string, Record<Locale, Record<string, string>>> = {
  shared: SHARED_STRINGS,
  app: APP,
  'sign-in': SIGN_IN,
  tenants: TENANTS,
  units: UNITS,
  rounds: ROUNDS,
  round: ROUND,
  theme: THEME,
  'leader page': LEADER,
  'action plan': ACTION_PLAN,
};

const placeholders = (text: string) =>
  [...new Set(messageArguments(text).map((a) => (a.plural ? `${a.name} (plural)` : a.name)))].sort();

describe.each(Object.entries(TABLES))('%s strings', (_name, table) => {
  const source = table[SOURCE_LOCALE];
  it.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))('has every nb key in %s, and no other', (locale) => {
    expect(Object.keys(table[locale]).sort()).toEqual(Object.keys(source).sort());
  });
  it.each(LOCALES)('has no empty text, the same placeholders as nb and every plural category in %s', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, text] of Object.entries(table[locale])) {
      expect(text.trim(), `${locale}.${key}`).not.toBe('');
      expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(source[key] ?? ''));
      for (const arg of messageArguments(text).filter((a) => a.plural)) {
        expect(arg.plural, `${locale}.${key}`).toEqual(expect.arrayContaining(categories));
      }
    }
  });
});
