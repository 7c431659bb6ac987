import type { Locale } from '../vocabulary/index.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

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
 * The plural category of `n` in `locale` ("one", "other", …), as `Intl.PluralRules` gives it
 * for the number as it is shown: with at most `digits` decimals, so 1.2 shown as "1" is "one".
 *
 * @example
 * ```ts
 * import { pluralCategory } from '@balanse/core';
 *
 * pluralCategory('en', 1); // => 'one'
 * pluralCategory('en', 5); // => 'other'
 * pluralCategory('en', 1.2); // => 'one'
 * pluralCategory('en', 1.2, 1); // => 'other'
 * ```
 */
export function pluralCategory(locale: Locale, n: number, digits = 0): Intl.LDMLPluralRule {
  const key = `${locale}:${digits}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    pluralRules.set(key, rules);
  }
  return rules.select(n);
}

// `{name, plural, one {# answer} other {# answers}}`: a branch holds text, `#` and `{name}` values.
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=?\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
const VALUE = /\{(\w+)\}/g;

/** A placeholder of a message: its name, and for a plural its branch selectors in order. */
export interface MessageArgument {
  readonly name: string;
  readonly plural?: readonly string[];
}

/**
 * The placeholders of a message template, in order: `{name}` values and `{name, plural, …}`
 * plurals with their branches (`one`, `other`, `=0` …). Throws when a brace is left over that is
 * neither, so a malformed plural can never reach a reader as raw text. For message tables and
 * their tests; `formatMessage` fills them.
 */
export function messageArguments(template: string): MessageArgument[] {
  const found: { at: number; arg: MessageArgument }[] = [];
  const rest = template.replace(PLURAL, (match, name: string, body: string, at: number) => {
    const branches = [...body.matchAll(BRANCH)];
    found.push({ at, arg: { name, plural: branches.map((branch) => branch[1]!) } });
    for (const branch of branches) {
      for (const inner of branch[2]!.matchAll(VALUE)) found.push({ at: at + 1, arg: { name: inner[1]! } });
    }
    return ' '.repeat(match.length);
  });
  const bare = rest.replace(VALUE, (match, name: string, at: number) => {
    found.push({ at, arg: { name } });
    return ' '.repeat(match.length);
  });
  const stray = bare.search(/[{}]/);
  if (stray >= 0) throw new Error(`Message "${template}" has a brace at ${stray} that is no placeholder`);
  return found.sort((a, b) => a.at - b.at).map(({ arg }) => arg);
}

/**
 * Fills a message's placeholders.
 * - `{name}`: numbers are formatted for the locale with whole numbers unless `digits` says
 *   otherwise; strings are inserted as they are (they are text, and every renderer in Balanse
 *   renders text as text, never as HTML).
 * - `{name, plural, one {…} other {…}}`: the branch for the plural category (`Intl.PluralRules`)
 *   of the number as shown, or an exact branch such as `=0`, with `#` for the number. So "1
 *   response" and "2 responses" come from one message, in every language's own plural rules.
 *
 * A placeholder without a value, a plural given a text or a plural without an `other` branch
 * throws, so a missing value can never show up as "undefined" in a report.
 *
 * @example
 * ```ts
 * import { formatMessage } from '@balanse/core';
 *
 * const flagged = '{n, plural, one {# response is} other {# responses are}} flagged.';
 * formatMessage(flagged, { n: 1 }, 'en'); // => '1 response is flagged.'
 * formatMessage(flagged, { n: 3 }, 'en'); // => '3 responses are flagged.'
 * formatMessage('{n} av {total}', { n: 7, total: 'alle' }, 'nb'); // => '7 av alle'
 * ```
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
  locale: Locale,
  digits = 0,
): string {
  const valueOf = (name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Message placeholder {${name}} has no value in "${template}"`);
    return value;
  };
  const show = (n: number) => numberFormat(locale, digits).format(n);
  const chosen = template.replace(PLURAL, (_, name: string, body: string) => {
    const n = valueOf(name);
    if (typeof n !== 'number') throw new Error(`Message plural {${name}} needs a number in "${template}"`);
    const branches = new Map([...body.matchAll(BRANCH)].map((branch) => [branch[1]!, branch[2]!]));
    const branch =
      branches.get(`=${Number(n.toFixed(digits))}`) ??
      branches.get(pluralCategory(locale, n, digits)) ??
      branches.get('other');
    if (branch === undefined) throw new Error(`Message plural {${name}} has no "other" branch in "${template}"`);
    return branch.replace(/#/g, show(n));
  });
  return chosen.replace(VALUE, (_, name: string) => {
    const value = valueOf(name);
    return typeof value === 'number' ? show(value) : value;
  });
}
