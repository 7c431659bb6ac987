#!/usr/bin/env node
/**
 * balanse-server: serve | migrate | dump | restore | seed-demo | demo | retention.
 * Configured by the environment: PORT, HOST, DATABASE_URL, BALANSE_DATA_DIR, BALANSE_ADMIN_TOKEN,
 * BALANSE_PUBLIC_URL (see docs/server/operating.md).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DataDirLockedError } from './db/lock.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { dump, restore } from './domain/backup.js';
import { enforceRetention } from './domain/retention.js';
import { describeDemo, seedDemo } from './demo.js';
import { createBalanse, listen, scheduleRetention } from './server.js';

const HELP = `balanse-server <command>

  serve       start the server (default)
  demo        seed the sample department, then serve (what \`pnpm start\` runs)
  seed-demo   put the sample department in an open round and print its links
  migrate     apply the database migrations and exit
  dump        write an engine-neutral backup (JSON lines) to --out or stdout
  restore     load a backup from --in or stdin into an empty, migrated database
  retention   delete answers past their tenant's retention period, once

Environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (PostgreSQL; without it the embedded
database in BALANSE_DATA_DIR, default ./balanse-data), BALANSE_ADMIN_TOKEN (the operator token;
without it one is generated on the first start and printed once), BALANSE_PUBLIC_URL (the base of
the links the server hands out, when it is behind a proxy).`;

const env = process.env;
const log = (message: string) => {
  console.error(message);
};

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, in: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help || command === 'help') {
    console.log(HELP);
    return 0;
  }
  const dbOptions = {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.BALANSE_DATA_DIR || './balanse-data',
    log,
  };

  if (command === 'migrate' || command === 'dump' || command === 'restore' || command === 'retention') {
    const db = await openDatabase(dbOptions);
    try {
      const applied = await migrate(db);
      if (command === 'migrate') log(applied.length ? `Applied ${applied.join(', ')}.` : 'The database is up to date.');
      if (command === 'dump') {
        const out = values.out ? createWriteStream(values.out) : process.stdout;
        for await (const line of dump(db))
          if (!out.write(line))
            await new Promise<void>((r) =>
              out.once('drain', () => {
                r();
              }),
            );
        if (values.out) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(r));
      }
      if (command === 'restore') {
        const input = values.in ? createReadStream(values.in) : process.stdin;
        const rows = await restore(db, createInterface({ input, crlfDelay: Infinity }));
        log(`Restored ${rows} rows.`);
      }
      if (command === 'retention') {
        const { rounds, responses } = await enforceRetention(db);
        log(`Retention: ${rounds} round(s), ${responses} response(s) deleted.`);
      }
    } finally {
      await db.close();
    }
    return 0;
  }

  if (command !== 'serve' && command !== 'demo' && command !== 'seed-demo') {
    log(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  const port = Number(env.PORT ?? 8787);
  const host = env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    log(`PORT must be a port number from 0 to 65535, got ${env.PORT}`);
    return 2;
  }
  const balanse = await createBalanse({
    ...dbOptions,
    adminToken: env.BALANSE_ADMIN_TOKEN || undefined,
    publicUrl: env.BALANSE_PUBLIC_URL || undefined,
    log,
  });
  const base = (env.BALANSE_PUBLIC_URL || `http://${host}:${port}`).replace(/\/+$/, '');
  if (command === 'seed-demo') {
    console.log(describeDemo(await seedDemo(balanse.ctx, base), base));
    await balanse.close();
    return 0;
  }
  const server = await listen(balanse.app, port, host);
  const url = env.BALANSE_PUBLIC_URL || server.url;
  const stopRetention = scheduleRetention(balanse.ctx);
  if (command === 'demo') console.log(describeDemo(await seedDemo(balanse.ctx, url), url));
  console.log(
    `\nBalanse server on ${server.url} (${balanse.ctx.db.engine === 'pglite' ? `embedded database in ${dbOptions.dataDir}` : 'PostgreSQL'}).`,
  );
  console.log(
    `The administrators’ app: ${url.replace(/\/+$/, '')}/admin (sign in with an operator or tenant admin token).`,
  );
  if (balanse.generatedToken) {
    console.log(
      `Operator token, shown this once (set BALANSE_ADMIN_TOKEN to choose your own):\n  ${balanse.generatedToken}`,
    );
  }
  console.log('Stop with Ctrl+C.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  stopRetention();
  await server.close();
  await balanse.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DataDirLockedError) log(error.message);
    else log(`balanse-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
