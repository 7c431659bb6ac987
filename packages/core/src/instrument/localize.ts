import { LOCALES, SOURCE_LOCALE, type Locale } from '../vocabulary/index.js';
import type { LocalizedText } from './instrument-schema.js';

/**
 * The text in `locale`, else in nb (the source locale), else en, else the first one given.
 * Built-in texts exist in every locale; the fallback serves custom instruments.
 *
 * @param textByLocale - a text in one or more locales, as an instrument holds it
 * @param locale - the reader's locale
 * @returns the text in `locale`, or in the first locale of the fallback order that has it
 * @throws Never: every locale falls back, and a validated text has at least one
 */
export function localize(textByLocale: LocalizedText, locale: Locale): string {
  const direct = textByLocale[locale] ?? textByLocale[SOURCE_LOCALE] ?? textByLocale.en;
  if (direct !== undefined) return direct;
  for (const candidate of LOCALES) {
    const value = textByLocale[candidate];
    if (value !== undefined) return value;
  }
  // The schema requires at least one locale, so this is unreachable for validated input.
  return '';
}
