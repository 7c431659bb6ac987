/**
 * Every refusal the server gives is an `HttpError`: a status and a body that names the field and
 * the rule broken, `{ error: { code, message, field?, rule?, row? } }`, never a stack trace.
 */
import { BalanseError } from '@balanse/core';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    rule?: string;
    /** For imports: the 1-based row (CSV: the line after the header) that broke the rule. */
    row?: number;
  };
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field?: string; rule?: string; row?: number } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

/** A 422 for one field: `name: must be text of 1 to 200 characters`. */
export function invalid(field: string, rule: string, row?: number): HttpError {
  const where = row === undefined ? field : `row ${row}: ${field}`;
  return new HttpError(422, 'invalid_input', `${where}: ${rule}`, {
    field,
    rule,
    ...(row === undefined ? {} : { row }),
  });
}

/** Core's own message for bad input, as a 422 naming the same field and rule. */
export function fromBalanseError(error: BalanseError, prefix = ''): HttpError {
  const field = prefix && error.path ? `${prefix}.${error.path}` : prefix || error.path;
  return new HttpError(422, error.code, prefix ? `${prefix}.${error.message}` : error.message, {
    field,
    rule: error.rule,
  });
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} was not found`);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);
