/**
 * Starting a server: open the database (PGlite in a folder, or Postgres), migrate it, make sure
 * there is an operator token, and listen. Also what tests and the CLI share.
 */
import { createHash } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { hashToken, keyring, newApiToken } from './auth/tokens.js';
import type { ServerContext } from './context.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { enforceRetention } from './domain/retention.js';

export interface ServerOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** An already open database (tests); `databaseUrl` and `dataDir` are then ignored. */
  db?: Database;
  /** BALANSE_ADMIN_TOKEN; without it, an operator token is generated on the first start. */
  adminToken?: string | undefined;
  publicUrl?: string | undefined;
  log?: (message: string) => void;
}

export interface Balanse {
  readonly app: Hono;
  readonly ctx: ServerContext;
  /** The operator token, when this start generated it (it is shown once). */
  readonly generatedToken: string | undefined;
  close(): Promise<void>;
}

/** Opens, migrates and wires everything, without listening. */
export async function createBalanse(options: ServerOptions = {}): Promise<Balanse> {
  const log =
    options.log ??
    ((message: string) => {
      console.log(message);
    });
  const db = options.db ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, log }));
  try {
    const applied = await migrate(db);
    if (applied.length > 0) log(`Database migrated: ${applied.join(', ')}`);
    const [{ key }] = (await db.query<{ key: string }>('SELECT key FROM server_key WHERE id = 1')) as [{ key: string }];
    const keys = keyring(key);
    let generatedToken: string | undefined;
    if (!options.adminToken) {
      const existing = await db.query("SELECT 1 FROM api_token WHERE role = 'operator' AND revoked_at IS NULL LIMIT 1");
      if (existing.length === 0) {
        generatedToken = newApiToken();
        // A fixed id from the token's first start, so two instances starting at once make one.
        const id = createHash('sha256')
          .update('operator')
          .digest('hex')
          .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5');
        const rows = await db.query(
          "INSERT INTO api_token (id, tenant_id, role, hash, label, created_at) VALUES ($1, NULL, 'operator', $2, 'generated at first start', now()) ON CONFLICT DO NOTHING RETURNING 1",
          [id, hashToken(keys, generatedToken)],
        );
        if (rows.length === 0) generatedToken = undefined;
      }
    }
    const ctx: ServerContext = {
      db,
      keys,
      publicUrl: options.publicUrl,
      operatorHash: options.adminToken ? hashToken(keys, options.adminToken) : undefined,
      log,
      surveyTargets: new Map(),
    };
    return { app: createApp(ctx), ctx, generatedToken, close: () => db.close() };
  } catch (error) {
    if (!options.db) await db.close().catch(() => {});
    throw error;
  }
}

export interface Listening {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free port) and `host`. */
export function listen(app: Hono, port: number, host = '127.0.0.1'): Promise<Listening> {
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const url = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
        resolve({
          url,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => {
                done();
              });
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      });
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}

/** Runs the retention job now and then every `intervalMs`; returns the function that stops it. */
export function scheduleRetention(ctx: ServerContext, intervalMs = 3_600_000): () => void {
  const run = () =>
    enforceRetention(ctx.db).then(
      ({ rounds, responses }) => {
        if (rounds > 0) ctx.log(`Retention: deleted the answers of ${rounds} round(s) (${responses} responses).`);
      },
      (error: unknown) => {
        ctx.log(`Retention job failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
