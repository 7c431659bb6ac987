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
  const parts = compiled(template);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part.branches === undefined) out += shown(valueOf(part.name, values, template), locale, digits);
    else out += pluralText(part, values, template, locale, digits);
  }
  return out;
}

/** A template read once: literal text, `{name}` values, and plurals with their branches read the same way. */
type Part = string | { readonly name: string; readonly branches?: undefined } | Plural;
interface Plural {
  readonly name: string;
  readonly branches: ReadonlyMap<string, readonly BranchPart[]>;
}
/** A plural branch's text: literal text, `{name}` values, and `null` for `#`, the number. */
type BranchPart = string | { readonly name: string } | null;

// Templates come from the message tables (a few hundred) and the odd literal; the bound only
// keeps a caller who formats endless distinct templates from growing the cache without end.
const TEMPLATE_CACHE_SIZE = 2000;
const templates = new Map<string, readonly Part[]>();

/**
 * The template split into parts once, so a report's few hundred messages are not read with
 * regular expressions on every call. The parts say exactly what the two passes of the
 * definition say: plurals first (their `#` and `{name}`s), then the `{name}`s outside them.
 */
function compiled(template: string): readonly Part[] {
  let parts = templates.get(template);
  if (parts) return parts;
  const built: Part[] = [];
  let at = 0;
  for (const match of template.matchAll(PLURAL)) {
    built.push(...valueParts(template.slice(at, match.index)));
    const branches = new Map(
      [...match[2]!.matchAll(BRANCH)].map((branch): [string, BranchPart[]] => [
        branch[1]!,
        branch[2]!.split('#').flatMap((piece, i) => (i === 0 ? valueParts(piece) : [null, ...valueParts(piece)])),
      ]),
    );
    built.push({ name: match[1]!, branches });
    at = match.index + match[0].length;
  }
  built.push(...valueParts(template.slice(at)));
  parts = built.filter((part) => part !== '');
  if (templates.size >= TEMPLATE_CACHE_SIZE) templates.clear();
  templates.set(template, parts);
  return parts;
}

/** Literal text and `{name}` values of a piece of template without plurals. */
function valueParts(text: string): (string | { name: string })[] {
  const parts: (string | { name: string })[] = [];
  let at = 0;
  for (const match of text.matchAll(VALUE)) {
    parts.push(text.slice(at, match.index), { name: match[1]! });
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}

function valueOf(name: string, values: Readonly<Record<string, string | number>>, template: string): string | number {
  const value = values[name];
  if (value === undefined) throw new Error(`Message placeholder {${name}} has no value in "${template}"`);
  return value;
}

function shown(value: string | number, locale: Locale, digits: number): string {
  return typeof value === 'number' ? numberFormat(locale, digits).format(value) : value;
}

function pluralText(
  part: Plural,
  values: Readonly<Record<string, string | number>>,
  template: string,
  locale: Locale,
  digits: number,
): string {
  const n = valueOf(part.name, values, template);
  if (typeof n !== 'number') throw new Error(`Message plural {${part.name}} needs a number in "${template}"`);
  const branch =
    part.branches.get(`=${Number(n.toFixed(digits))}`) ??
    part.branches.get(pluralCategory(locale, n, digits)) ??
    part.branches.get('other');
  if (branch === undefined) throw new Error(`Message plural {${part.name}} has no "other" branch in "${template}"`);
  let out = '';
  for (const piece of branch) {
    if (piece === null) out += shown(n, locale, digits);
    else if (typeof piece === 'string') out += piece;
    else out += shown(valueOf(piece.name, values, template), locale, digits);
  }
  return out;
}
