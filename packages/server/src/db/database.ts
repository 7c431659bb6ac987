/**
 * The one interface the server talks to: `query` and `tx`, over PGlite (embedded) or a `pg.Pool`
 * (PostgreSQL). Both drivers take `$1` parameters and the same SQL. Values cross as JSON-safe
 * primitives: jsonb parameters are passed as strings and cast (`$1::jsonb`), dates are read as
 * `YYYY-MM-DD` strings, counts are cast to `integer`.
 */

/** Something that runs SQL: the database itself, or one transaction. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * The one row of a query that always returns exactly one (a `SELECT` of expressions without
 * `FROM`, an aggregate without `GROUP BY`).
 *
 * @throws {Error} when the database returned no row: a broken invariant, never bad input
 */
export async function queryOne<Row = Record<string, unknown>>(
  q: Queryable,
  sql: string,
  params?: readonly unknown[],
): Promise<Row> {
  const [row] = await q.query<Row>(sql, params);
  if (row === undefined) throw new Error(`expected one row, got none: ${sql.slice(0, 80)}`);
  return row;
}

export type Engine = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly engine: Engine;
  /**
   * Runs `work` in one transaction; commits when it resolves, rolls back when it throws.
   * Serialization failures and deadlocks are retried (a few times) with the same `work`.
   */
  tx<T>(work: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * The requests waiting for the database (queries and transactions, each counted once, the one
   * running included) and how many it takes before it answers "busy": PGlite's one connection.
   * Absent when the driver bounds nothing itself.
   */
  readonly queue?: { readonly length: number; readonly max: number };
}

/** The database cannot be reached or is overloaded: the client should come back later (503). */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(
    message: string,
    /** Seconds after which a retry makes sense. */
    readonly retryAfter = 5,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Postgres SQLSTATE codes that mean "try the transaction again". */
const RETRY_CODES = new Set(['40001', '40P01']);
/** SQLSTATE classes and Node error codes that mean the database is down or refusing work. */
const UNAVAILABLE_CLASSES = ['08', '53', '57'];
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

export function isRetryable(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && RETRY_CODES.has(code);
}

/** Whether an error from a driver means "unavailable" rather than "this query is wrong". */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = codeOf(error);
  if (code && (UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_CLASSES.some((c) => code.startsWith(c)))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i.test(
    message,
  );
}

/** Runs `attempt` again on serialization failures, up to `times` attempts. */
export async function withRetries<T>(attempt: () => Promise<T>, times = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= times || !isRetryable(error)) throw error;
      // A short, random pause so that two colliding transactions do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * i));
    }
  }
}
