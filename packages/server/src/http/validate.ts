/**
 * Reading request bodies and query strings against zod schemas, with refusals that name the
 * field and rule. The schemas are also what docs/server/http-api.md is generated from.
 */
import type { Context } from 'hono';
import { ANONYMITY_K_MIN } from '@balanse/core/constants';
import * as z from 'zod';
import { HttpError, invalid } from './errors.js';

/** Dotted path `units[3].name` from a zod issue path. */
export function pathOf(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? String(s) : `.${String(s)}`;
  return out;
}

/** The rule a zod issue broke, in the same words core uses. */
export function ruleOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'is not a known field';
  if (issue.message && !issue.message.startsWith('Invalid') && !/^(Too|Expected)/.test(issue.message)) {
    return issue.message;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'is not valid';
  }
}

/**
 * The issue an error message names: zod's first. A failed parse always has one.
 *
 * @throws {Error} when zod reported a failure without an issue (a broken invariant)
 */
export function firstIssue(error: { readonly issues: readonly z.core.$ZodIssue[] }): z.core.$ZodIssue {
  const [issue] = error.issues;
  if (issue === undefined) throw new Error('zod reported a failed parse without an issue');
  return issue;
}

/** Parses `value` with `schema` or throws a 422 for the first issue, its field prefixed by `root`. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = firstIssue(result.error);
  let segments: PropertyKey[] = [...issue.path];
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) segments = [...segments, issue.keys[0]];
  const field = pathOf(root ? [root, ...segments] : segments) || '(body)';
  throw invalid(field, ruleOf(issue));
}

/** The raw JSON body: 415 when it is not JSON, 400 when it does not parse. */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'the body must be JSON (Content-Type: application/json)', {
      field: 'content-type',
      rule: 'must be application/json',
    });
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'malformed_json', 'the body is not valid JSON', { field: '(body)', rule: 'must be JSON' });
  }
}

export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return parseInput(schema, await jsonBody(c));
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw invalid(name, 'must be given once');
  }
  return parseInput(schema, c.req.query());
}

/** Control characters (NUL above all, which PostgreSQL cannot store) have no place in a name. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
export const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
export const NO_CONTROL_RULE = 'must not contain control characters';

// Building blocks with rules in words.
export const text = (max: number) =>
  z
    .string({ error: `must be text of 1 to ${max} characters` })
    .trim()
    .min(1, { error: `must be text of 1 to ${max} characters` })
    .max(max, { error: `must be text of 1 to ${max} characters` })
    .regex(NO_CONTROL, { error: NO_CONTROL_RULE });
const K_RULE = `must be an integer of at least ${ANONYMITY_K_MIN}`;
export const kValue = z
  .number({ error: K_RULE })
  .int({ error: K_RULE })
  .min(ANONYMITY_K_MIN, { error: `${K_RULE} (never below ${ANONYMITY_K_MIN}: ANONYMITY.md R1)` })
  .max(1000, { error: 'must be at most 1000' });
export const uuidParam = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
  error: 'must be an id as the server gave it (a UUID)',
});
