import { BalanseError, parseWith } from '../errors/index.js';
import type { CompiledInstrument } from '../instrument/compiled.js';
import { isPlainObject } from '../schema/index.js';
import { ResponseSchema, type Response } from './schema.js';

const FORM_VALUES = new Set(['team', 'self']);
const LOCALE_VALUES = new Set(['nb', 'nn', 'sv', 'en']);

/**
 * A fast, allocation-free pre-check that accepts only responses `ResponseSchema` also accepts
 * and whose answer keys are items of `compiled`. Scoring a department means validating hundreds
 * of thousands of answers, and zod costs about 10× the scoring itself; so well-formed input takes
 * this path and anything else goes to zod, which finds and names the broken rule. A property test
 * (`validate.test.ts`) checks that this never accepts what the schema rejects.
 */
export function isWellFormedResponse(value: unknown, compiled: CompiledInstrument): value is Response {
  if (!isPlainObject(value)) return false;
  const { answers, id, form, locale, pageTimes, instrument } = value;
  if (!isPlainObject(answers)) return false;
  // Records with a prototype other than Object's could hide inherited keys.
  if (Object.getPrototypeOf(answers) !== Object.prototype) return false;
  for (const key in answers) {
    if (!compiled.position.has(key)) return false;
    const v = answers[key];
    if (v !== null && v !== 1 && v !== 2 && v !== 3 && v !== 4 && v !== 5) return false;
  }
  if (id !== undefined && (typeof id !== 'string' || id.length > 200 || id.trim() === '')) return false;
  if (form !== undefined && !FORM_VALUES.has(form as string)) return false;
  if (locale !== undefined && !LOCALE_VALUES.has(locale as string)) return false;
  if (pageTimes !== undefined) {
    if (!Array.isArray(pageTimes)) return false;
    for (const t of pageTimes) if (typeof t !== 'number' || !(t >= 0) || t === Infinity) return false;
  }
  return instrument === undefined;
}

/**
 * Validates one response against `ResponseSchema` and the instrument's item ids, throwing a
 * `BalanseError` that names the field (`responses[3].answers.q07`) and the rule.
 */
export function validateResponse(value: unknown, compiled: CompiledInstrument, root: string): Response {
  if (isWellFormedResponse(value, compiled)) return value;
  const response = parseWith(ResponseSchema, value, root);
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
  return response;
}
