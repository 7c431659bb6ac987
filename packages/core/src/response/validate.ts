import { BalanseError, parseWith } from '../errors/index.js';
import type { CompiledInstrument } from '../instrument/compiled.js';
import { isPlainObject } from '../_lib/schema-builders/index.js';
import { ResponseSchema, type Response } from './response-schema.js';

const LOCALE_VALUES = new Set(['nb', 'nn', 'sv', 'en']);

/**
 * Reads the answers of a response into an array by item position (1–5, or 0 when skipped or
 * "cannot answer") if, and only if, the response is one `ResponseSchema` accepts with answer keys
 * that are items of `compiled`; otherwise returns null, and the caller asks zod, which finds and
 * names the broken rule. Scoring a department means reading hundreds of thousands of answers,
 * and zod costs many times the scoring itself, so well-formed input takes this path. A property
 * test (`validate.test.ts`) checks that it never accepts what the schema rejects. Positions
 * answered "cannot answer" (`null`) are pushed to `cannotAnswer` when it is given.
 */
export function readWellFormed(value: unknown, compiled: CompiledInstrument, cannotAnswer?: number[]): number[] | null {
  if (!isPlainObject(value)) return null;
  const { answers, id, form, locale, pageTimes, instrument } = value;
  if (!isPlainObject(answers)) return null;
  // Records with a prototype other than Object's could hide inherited keys.
  if (Object.getPrototypeOf(answers) !== Object.prototype) return null;
  const raw: number[] = compiled.emptyAnswers.slice();
  const { ids, position } = compiled;
  // for…in: with answers parsed from JSON (a request body, a database column) V8 reuses each
  // shape's cached keys, the fastest read we measured. (An enumerable key inherited from a
  // polluted Object.prototype is not an item, so it sends the response to zod, which rejects it.)
  let next = 0;
  for (const key in answers) {
    // Answers usually come in instrument order, a few skipped: look just ahead before the map.
    let p: number | undefined;
    if (ids[next] === key) p = next;
    else if (ids[next + 1] === key) p = next + 1;
    else if (ids[next + 2] === key) p = next + 2;
    else p = position.get(key);
    if (p === undefined) return null;
    next = p + 1;
    const v = answers[key];
    if (v === null) {
      cannotAnswer?.push(p);
      continue;
    }
    if (v !== 1 && v !== 2 && v !== 3 && v !== 4 && v !== 5) return null;
    raw[p] = v;
  }
  if (id !== undefined && (typeof id !== 'string' || id.length > 200 || id.trim() === '')) return null;
  if (form !== undefined && form !== 'team' && form !== 'self') return null;
  if (locale !== undefined && !LOCALE_VALUES.has(locale as string)) return null;
  if (pageTimes !== undefined) {
    if (!Array.isArray(pageTimes)) return null;
    for (const t of pageTimes) if (typeof t !== 'number' || !(t >= 0) || t === Infinity) return null;
  }
  // A tag naming the instrument being scored with is well formed; any other goes to the slow
  // path, which refuses it by name (readResponse).
  if (instrument !== undefined) {
    if (!isPlainObject(instrument) || Object.getPrototypeOf(instrument) !== Object.prototype) return null;
    if (instrument.id !== compiled.id || instrument.version !== compiled.version) return null;
    if (compiled.version.length > 40) return null;
  }
  return raw;
}

/** True when `readWellFormed` accepts the value. */
export function isWellFormedResponse(value: unknown, compiled: CompiledInstrument): value is Response {
  return readWellFormed(value, compiled) !== null;
}

/** Answers by item position of a response that zod has accepted (the slow path); "cannot answer" positions into `cannotAnswer`. */
export function readAnswers(response: Response, compiled: CompiledInstrument, cannotAnswer?: number[]): number[] {
  const raw = compiled.emptyAnswers.slice();
  compiled.ids.forEach((id, i) => {
    const v = response.answers[id];
    if (typeof v === 'number') raw[i] = v;
    else if (v === null) cannotAnswer?.push(i);
  });
  return raw;
}

/** No "cannot answer": shared, so the common case keeps nothing per response. */
const NONE: readonly number[] = Object.freeze([]);

/**
 * Validates one response against `ResponseSchema` and the instrument's item ids, throwing a
 * `BalanseError` that names the field (`responses[3].answers.q07`) and the rule.
 */
export function validateResponse(value: unknown, compiled: CompiledInstrument, root: string): Response {
  return readResponse(value, compiled, root).response;
}

/**
 * A validated response, its answers by item position and the positions answered "cannot
 * answer", read once: the fast path for well-formed input, zod (and the instrument's item ids)
 * for everything else.
 */
export function readResponse(
  value: unknown,
  compiled: CompiledInstrument,
  root: string,
): { response: Response; raw: number[]; cannotAnswer: readonly number[] } {
  const unable: number[] = [];
  const raw = readWellFormed(value, compiled, unable);
  if (raw) return { response: value as Response, raw, cannotAnswer: unable.length > 0 ? unable : NONE };
  unable.length = 0;
  const response = parseWith(ResponseSchema, value, root);
  const tag = response.instrument;
  if (tag && (tag.id !== compiled.id || tag.version !== compiled.version)) {
    // Scoring answers with another version's items would score some of them as other questions.
    throw new BalanseError(
      'invalid_input',
      `${root}.instrument`,
      `must name the instrument it is scored with, "${compiled.key}": score answers with the instrument they were given under (options.instrument, or builtInInstrument(version) for a built-in one)`,
      `${tag.id}@${tag.version}`,
    );
  }
  // The input's own keys, not the parsed copy's: zod drops a "__proto__" key silently.
  const given = (value as { answers: Record<string, unknown> }).answers;
  for (const key of Object.keys(given)) {
    if (!compiled.position.has(key)) {
      throw new BalanseError(
        'invalid_input',
        `${root}.answers.${key}`,
        `is not an item of the instrument "${compiled.key}"`,
        given[key],
      );
    }
  }
  const answers = readAnswers(response, compiled, unable);
  return { response, raw: answers, cannotAnswer: unable.length > 0 ? unable : NONE };
}
