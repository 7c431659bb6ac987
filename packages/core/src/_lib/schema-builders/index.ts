/**
 * Small builders over zod/mini whose messages are the rule in words, so every `BalanseError`
 * reads like `answers.q07: must be an integer from 1 to 5, got 7`. zod/mini keeps the script-tag
 * bundle small: only the checks used here are bundled.
 */
import * as z from 'zod/mini';

/** An integer from `min` to `max`, inclusive. */
export function intBetween(min: number, max: number) {
  const rule = `must be an integer from ${min} to ${max}`;
  return z.int({ error: rule }).check(z.gte(min, { error: rule }), z.lte(max, { error: rule }));
}

/** A finite number from `min` to `max`, inclusive. */
export function numberBetween(min: number, max: number) {
  const rule = `must be a number from ${min} to ${max}`;
  return z.number({ error: rule }).check(z.gte(min, { error: rule }), z.lte(max, { error: rule }));
}

/** A finite number at least `min`. */
export function numberAtLeast(min: number) {
  const rule = `must be a number of at least ${min}`;
  return z.number({ error: rule }).check(z.gte(min, { error: rule }));
}

/** An integer at least `min`. */
export function intAtLeast(min: number) {
  const rule = `must be an integer of at least ${min}`;
  return z.int({ error: rule }).check(z.gte(min, { error: rule }));
}

/** One of the values of an `as const` tuple. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}` });
}

/** A string with at least one non-space character, at most `max` characters. */
export function text(max = 2000) {
  const rule = `must be a non-empty text of at most ${max} characters`;
  return z.string({ error: rule }).check(
    z.refine((s) => s.trim().length > 0, { error: rule }),
    z.maxLength(max, { error: rule }),
  );
}

/** true or false. */
export function flag() {
  return z.boolean({ error: 'must be true or false' });
}

/** A plain object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
