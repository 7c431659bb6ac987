/**
 * Once per run: a migrated PGlite data folder to copy for each test file (PGlite's initdb costs
 * about 20 s; opening a copy about 1 s), kept between runs in the temp folder under a name that
 * changes with the migrations and the PGlite version; and, when BALANSE_TEST_DATABASE_URL is set
 * (`pnpm test` starts a throwaway PostgreSQL), a migrated template database that each test file
 * clones with CREATE DATABASE … TEMPLATE.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, closed PGlite data folder to copy. */
    pgliteTemplate: string;
    /** The admin URL of the test PostgreSQL and the name of its migrated template database, or ''. */
    postgresUrl: string;
    postgresTemplate: string;
  }
}

function templateName(): string {
  // The PGlite build is part of the name: its data folders are not portable across versions.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const version = readFileSync(
    join(entry.slice(0, entry.lastIndexOf('node_modules')), 'node_modules/@electric-sql/pglite/package.json'),
    'utf8',
  );
  const hash = createHash('sha256');
  hash.update(version);
  for (const m of loadMigrations()) hash.update(m.sql);
  return `balanse-test-pglite-${hash.digest('hex').slice(0, 12)}`;
}

async function pgliteTemplate(): Promise<string> {
  const dir = join(tmpdir(), templateName());
  if (existsSync(join(dir, 'READY'))) return dir;
  const building = `${dir}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const db = await openPglite({ dataDir: building });
  await migrate(db);
  await db.close();
  writeFileSync(join(building, 'READY'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return dir;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.BALANSE_TEST_DATABASE_URL ?? '';
  const template = url ? `balanse_template_${process.pid}` : '';
  const [dir] = await Promise.all([
    pgliteTemplate(),
    (async () => {
      if (!url) return;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.query(`CREATE DATABASE ${template}`);
      await admin.end();
      const db = await openPostgres({ connectionString: withDatabase(url, template) });
      await migrate(db);
      await db.close();
    })(),
  ]);
  project.provide('pgliteTemplate', dir);
  project.provide('postgresUrl', url);
  project.provide('postgresTemplate', template);
  return async () => {
    if (!url) return;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const rows = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'balanse_t\\_%' OR datname = $1",
      [template],
    );
    for (const { datname } of rows.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
