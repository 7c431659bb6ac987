/**
 * The embedded database: PGlite (Postgres in WebAssembly) in a data folder. It has one connection,
 * so every query and transaction runs through one in-process queue; a queue that grows past
 * `maxQueue` answers "busy" instead of letting requests wait without end. PGlite never calls
 * fsync: a power cut or kernel crash can lose confirmed answers (docs/server/operating.md).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { DatabaseUnavailableError, withRetries, type Database, type Queryable } from './database.js';
import { lockDataDir } from './lock.js';

export interface PgliteOptions {
  /** The data folder; without it the database lives in memory (tests). */
  dataDir?: string;
  /** Requests allowed to wait for the database before new ones are answered "busy". */
  maxQueue?: number;
  /** Called with progress messages (the first start takes a while). */
  log?: (message: string) => void;
}

/** Dates as `YYYY-MM-DD` strings, as the pg driver is set up to return them too. */
const PARSERS = { [types.DATE]: (value: string) => value };

class Queue {
  private tail: Promise<unknown> = Promise.resolve();
  length = 0;
  run<T>(work: () => Promise<T>): Promise<T> {
    this.length++;
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next.finally(() => {
      this.length--;
    });
  }
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const { dataDir, maxQueue = 2000, log = () => {} } = options;
  let unlock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      log(`Creating the embedded database in ${dataDir} (the first start takes about 20 seconds)…`);
    }
  }
  let pg: PGlite;
  try {
    pg = new PGlite(dataDir ? { dataDir, parsers: PARSERS } : { parsers: PARSERS });
    await pg.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const queue = new Queue();
  let closed = false;

  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new DatabaseUnavailableError('The embedded database is closed.'));
    if (queue.length >= maxQueue) {
      return Promise.reject(new DatabaseUnavailableError('The embedded database is busy.', 1));
    }
    return queue.run(work);
  };
  const direct: Queryable = {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await pg.query<Row>(sql, params as unknown[])).rows;
    },
  };

  return {
    engine: 'pglite',
    queue: {
      get length() {
        return queue.length;
      },
      max: maxQueue,
    },
    query: (sql, params) => enqueue(() => direct.query(sql, params)),
    tx: (work) =>
      enqueue(() =>
        withRetries(() =>
          pg.transaction(async (t) =>
            work({
              query: async <Row>(sql: string, params: readonly unknown[] = []) =>
                (await t.query<Row>(sql, params as unknown[])).rows,
            }),
          ),
        ),
      ),
    async close() {
      if (closed) return;
      closed = true;
      await queue.run(async () => {});
      try {
        await pg.close();
      } finally {
        unlock();
      }
    },
  };
}
