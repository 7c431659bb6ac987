/**
 * The administrators' app served on an embedded database and opened in Chromium, as both of its
 * browser tests start it (server-in-browser.ts), with every Content-Security-Policy violation of
 * any page in the context collected.
 */
import type { BrowserContext, BrowserContextOptions } from 'playwright';
import type { Queryable } from '../../src/db/database.js';
import { appMissing } from '../../src/pages/app-assets.js';
import { assetsMissing } from '../../src/pages/assets.js';
import { collectViolations } from './csp-violations.js';
import { ENGINES } from './engines.js';
import { startServerInBrowser } from './server-in-browser.js';

export interface AppInBrowser {
  /** The server's base URL. */
  readonly url: string;
  /** The server's database, for what no endpoint does (expiring a token). */
  readonly db: Queryable;
  readonly context: BrowserContext;
  /** `directive blockedURI sample` of every policy violation reported so far. */
  readonly violations: string[];
  close(): Promise<void>;
}

export async function openAppInBrowser(
  executablePath: string,
  contextOptions: BrowserContextOptions,
): Promise<AppInBrowser> {
  const pglite = ENGINES.find((e) => e.name === 'pglite');
  if (!pglite) throw new Error('the embedded database is not among the test engines');
  const running = await startServerInBrowser(pglite, executablePath, [...assetsMissing(), ...appMissing()]);
  const context = await running.browser.newContext(contextOptions);
  const violations = await collectViolations(context);
  return { url: running.server.url, db: running.database.db, context, violations, close: () => running.close() };
}
