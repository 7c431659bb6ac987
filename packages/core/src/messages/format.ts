import { group } from '../_lib/at.js';
import type { Locale } from '../vocabulary/index.js';

// Per locale, by the number of decimals: a report formats a few hundred numbers, and a string
// key per number cost more than the formatting.
const numberFormats = new Map<string, Intl.NumberFormat[]>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A cached `Intl.NumberFormat` for the locale, with at most `digits` decimals. */
export function numberFormat(locale: Locale, digits = 0): Intl.NumberFormat {
  let formats = numberFormats.get(locale);
  if (!formats) numberFormats.set(locale, (formats = []));
  let format = formats[digits];
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats[digits] = format;
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
    found.push({ at, arg: { name, plural: branches.map((branch) => group(branch, 1)) } });
    for (const branch of branches) {
      for (const inner of group(branch, 2).matchAll(VALUE)) found.push({ at: at + 1, arg: { name: group(inner, 1) } });
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
  let parts = templates.get(template);
  if (!parts) {
    if (templates.size >= TEMPLATE_CACHE_SIZE) templates.clear();
    templates.set(template, (parts = split(template, TOKEN)));
  }
  return fill(parts, values, template, locale, digits);
}

/**
 * A template read once: literal text, and placeholders by name, a plural with its branches read
 * the same way; in a branch the name '' stands for `#`, the plural's number.
 */
type Part = string | { readonly name: string; readonly branches?: ReadonlyMap<string, readonly Part[]> };

// A plural or a value, in one left-to-right pass: the same reading as plurals first, then values,
// since a value cannot overlap a plural. In a branch: `#` or a value.
const TOKEN = new RegExp(`${PLURAL.source}|${VALUE.source}`, 'g');
const IN_BRANCH = /#|\{(\w+)\}/g;
// Templates come from the message tables (a few hundred) and the odd literal; the bound only
// keeps a caller who formats endless distinct templates from growing the cache without end.
const TEMPLATE_CACHE_SIZE = 2000;
const templates = new Map<string, readonly Part[]>();

function split(text: string, token: RegExp): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(token)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    const name = m[1] ?? m[3] ?? '';
    const body = token === TOKEN ? m[2] : undefined;
    parts.push(
      body === undefined
        ? { name }
        : {
            name,
            branches: new Map([...body.matchAll(BRANCH)].map((b) => [group(b, 1), split(group(b, 2), IN_BRANCH)])),
          },
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function fill(
  parts: readonly Part[],
  values: Readonly<Record<string, string | number>>,
  template: string,
  locale: Locale,
  digits: number,
  n?: number,
): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = part.name === '' ? n : values[part.name];
    if (value === undefined) throw new Error(`Message placeholder {${part.name}} has no value in "${template}"`);
    const branches = part.branches;
    if (!branches) {
      out += typeof value === 'number' ? numberFormat(locale, digits).format(value) : value;
      continue;
    }
    if (typeof value !== 'number') throw new Error(`Message plural {${part.name}} needs a number in "${template}"`);
    const branch =
      branches.get(`=${Number(value.toFixed(digits))}`) ??
      branches.get(pluralCategory(locale, value, digits)) ??
      branches.get('other');
    if (!branch) throw new Error(`Message plural {${part.name}} has no "other" branch in "${template}"`);
    out += fill(branch, values, template, locale, digits, value);
  }
  return out;
}
