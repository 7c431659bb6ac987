import type { Locale } from '../vocabulary/index.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for the locale, with at most `digits` decimals. */
export function numberFormat(locale: Locale, digits = 0): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Fills `{name}` placeholders in a message. Numbers are formatted for the locale with whole
 * numbers unless `digits` says otherwise; strings are inserted as they are (they are text, and
 * every renderer in Balanse renders text as text, never as HTML). A placeholder without a value
 * throws, so a missing value can never show up as "undefined" in a report.
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
  locale: Locale,
  digits = 0,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Message placeholder {${name}} has no value in "${template}"`);
    return typeof value === 'number' ? numberFormat(locale, digits).format(value) : value;
  });
}
