/**
 * The two engines every server test runs on: the embedded PGlite (a copy of the migrated
 * template folder) and PostgreSQL (a clone of the template database), when the test command
 * started one. Without BALANSE_TEST_DATABASE_URL the PostgreSQL cases are reported as skipped.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';
import { withDatabase } from '../global-setup.js';

export interface TestDatabase {
  readonly db: Database;
  /** For PGlite: the data folder; for Postgres: the database URL. */
  readonly location: string;
  close(): Promise<void>;
}

export interface EngineCase {
  readonly name: 'pglite' | 'postgres';
  readonly available: boolean;
  /** A fresh, migrated database of this engine. */
  open(): Promise<TestDatabase>;
  /** A fresh, migrated database, not opened: a data folder or a URL for a server process. */
  provision(): Promise<string>;
}

/** A copy of the migrated PGlite template, in a new temp folder. */
export function pgliteFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'balanse-test-')), 'data');
  cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  rmSync(join(dir, 'READY'));
  return dir;
}

async function postgresDatabase(): Promise<string> {
  const url = inject('postgresUrl');
  const name = `balanse_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  } finally {
    await admin.end();
  }
  return withDatabase(url, name);
}

export const ENGINES: EngineCase[] = [
  {
    name: 'pglite',
    available: true,
    provision: () => Promise.resolve(pgliteFolder()),
    async open() {
      const dir = pgliteFolder();
      const db = await openPglite({ dataDir: dir });
      return {
        db,
        location: dir,
        async close() {
          await db.close();
          rmSync(join(dir, '..'), { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    available: inject('postgresUrl') !== '',
    provision: postgresDatabase,
    async open() {
      const url = await postgresDatabase();
      const db = await openPostgres({ connectionString: url, max: 10 });
      return { db, location: url, close: () => db.close() };
    },
  },
];
