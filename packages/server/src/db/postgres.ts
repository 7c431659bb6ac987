/**
 * PostgreSQL through a `pg.Pool`. Any number of server instances can share one database: every
 * rule that must hold across them (one response per submission id, single-use links, one
 * release per round) rests on a unique key or a row lock in the database, never in a process.
 */
import pg from 'pg';
import { DatabaseUnavailableError, isUnavailable, withRetries, type Database, type Queryable } from './database.js';

export interface PostgresOptions {
  connectionString: string;
  /** Connections per instance (default 20). */
  max?: number;
}

// Dates as `YYYY-MM-DD` strings, never a JavaScript Date in the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

function unavailable(error: unknown): never {
  if (isUnavailable(error)) {
    throw new DatabaseUnavailableError('The database cannot be reached.', 5, { cause: error });
  }
  throw error;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 20,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client whose server went away emits an error: it is dropped from the pool, and the
  // next query reconnects. Without this listener the process would crash.
  pool.on('error', () => {});
  const query = async <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> => {
    try {
      return (await pool.query(sql, params as unknown[])).rows as Row[];
    } catch (error) {
      return unavailable(error);
    }
  };
  // Fail at start when the database is not there, with the driver's reason.
  await query('SELECT 1');
  return {
    engine: 'postgres',
    query,
    tx: (work) =>
      withRetries(async () => {
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (error) {
          return unavailable(error);
        }
        const q: Queryable = {
          async query<Row>(sql: string, params: readonly unknown[] = []) {
            return (await client.query(sql, params as unknown[])).rows as Row[];
          },
        };
        let broken = false;
        try {
          await client.query('BEGIN');
          const result = await work(q);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          broken = isUnavailable(error);
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          return unavailable(error);
        } finally {
          client.release(broken);
        }
      }),
    async close() {
      await pool.end();
    },
  };
}
