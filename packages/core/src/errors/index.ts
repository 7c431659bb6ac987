import { at } from '../_lib/at.js';
import type * as z from 'zod/mini';

/** What kind of mistake a `BalanseError` reports. */
export type BalanseErrorCode = 'invalid_input' | 'invalid_option';

/**
 * The one error every `@balanse/core` function throws for bad input. It names the field
 * (`path`), the rule that was broken (`rule`) and what it got, so a caller can show it or
 * log it without guessing: `answers.q07: must be an integer from 1 to 5, got 7`.
 */
export class BalanseError extends Error {
  override readonly name = 'BalanseError';
  /** `invalid_input` for data, `invalid_option` for options. */
  readonly code: BalanseErrorCode;
  /** Dotted path to the field, with array indices in brackets: `responses[3].answers.q07`. */
  readonly path: string;
  /** The rule in words: `must be an integer from 1 to 5`. */
  readonly rule: string;
  /** The offending value as received (may be `undefined`). */
  readonly received: unknown;

  constructor(code: BalanseErrorCode, path: string, rule: string, received: unknown) {
    super(`${path || '(input)'}: ${rule}, got ${describeValue(received)}`);
    this.code = code;
    this.path = path;
    this.rule = rule;
    this.received = received;
  }
}

/** Short, safe description of a received value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'function') return 'a function';
  return 'an object';
}

/** Joins path segments as `a.b[2].c`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

const TYPE_WORDS: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  record: 'an object',
  tuple: 'an array',
};

/** Turns zod's first issue into the rule sentence, unless the schema gave its own message. */
function ruleOf(issue: z.core.$ZodIssue): string {
  // Schemas built with the helpers in `../_lib/schema-builders` carry the rule as their message.
  if (issue.message && issue.message !== 'Invalid input' && !issue.message.startsWith('Invalid ')) {
    return issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return 'is not a known field';
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return 'is not valid';
  }
}

/**
 * Parses `input` with `schema`; on failure throws a `BalanseError` for the first issue, with its
 * path prefixed by `root` (the argument's name as the caller knows it).
 */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  root: string,
  code: BalanseErrorCode = 'invalid_input',
): z.infer<S> {
  const result = (schema as unknown as z.ZodMiniType).safeParse(input);
  if (result.success) return result.data as z.infer<S>;
  throw errorFromIssue(at(result.error.issues, 0), input, root, code);
}

/** Builds the `BalanseError` for one zod issue found while parsing `input`. */
function errorFromIssue(issue: z.core.$ZodIssue, input: unknown, root: string, code: BalanseErrorCode): BalanseError {
  let segments: PropertyKey[] = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    if (key !== undefined) segments = [...segments, key];
  }
  const rootSegments = root === '' ? [] : [root];
  const received = valueAt(input, segments);
  return new BalanseError(code, formatPath([...rootSegments, ...segments]), ruleOf(issue), received);
}
