/**
 * Plain SQL migrations, numbered files in `migrations/`, each applied once in its own transaction
 * and recorded in `schema_migration`. Several instances may start at once on one Postgres: the
 * table lock makes them take turns, and each applies only what is still missing.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** Where the .sql files are: beside this module in the sources, in dist/migrations once built. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf('_'))),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(`${dir}${file}`, 'utf8'),
    }));
}

/** Applies every migration not yet applied; returns the names of those it applied. */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migration (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.tx(async (q) => {
      await q.query('LOCK TABLE schema_migration IN EXCLUSIVE MODE');
      const rows = await q.query('SELECT 1 FROM schema_migration WHERE version = $1', [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await q.query(statement);
      await q.query('INSERT INTO schema_migration (version, name, applied_at) VALUES ($1, $2, now())', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  // The key of the keyed token hash, made once per database.
  await db.query('INSERT INTO server_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
    randomBytes(32).toString('base64url'),
  ]);
  return applied;
}

/** The schema version a database is at (0 when never migrated). */
export async function schemaVersion(db: Database): Promise<number> {
  const rows = await db
    .query<{ v: number | null }>('SELECT max(version)::integer AS v FROM schema_migration')
    .catch(() => [{ v: null }]);
  return rows[0]?.v ?? 0;
}

/**
 * Splits a migration into statements at semicolons that end a line. Migrations are plain DDL
 * without function bodies, so this is enough, and it lets both drivers run one statement at a time.
 */
export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
