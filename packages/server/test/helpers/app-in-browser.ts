/**
 * The administrators' app served on an embedded database and opened in Chromium, as both of its
 * browser tests start it: the built assets checked first, and every Content-Security-Policy
 * violation of any page in the context collected.
 */
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright';
import { CHROMIUM_ARGS } from '../../../../.ci/chromium.mjs';
import type { Queryable } from '../../src/db/database.js';
import { appMissing } from '../../src/pages/app-assets.js';
import { assetsMissing } from '../../src/pages/assets.js';
import { createBalanse, listen } from '../../src/server.js';
import { collectViolations } from './csp-violations.js';
import { ENGINES } from './engines.js';
import { OPERATOR } from './harness.js';

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
  const missing = [...assetsMissing(), ...appMissing()];
  if (missing.length > 0) throw new Error(`Build the packages first (pnpm build): missing ${missing.join(', ')}`);
  const pglite = ENGINES.find((e) => e.name === 'pglite');
  if (!pglite) throw new Error('the embedded database is not among the test engines');
  const database = await pglite.open();
  const balanse = await createBalanse({ db: database.db, adminToken: OPERATOR, log: () => {} });
  const server = await listen(balanse.app, 0);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext(contextOptions);
  const violations = await collectViolations(context);
  return {
    url: server.url,
    db: database.db,
    context,
    violations,
    async close() {
      await browser.close();
      await server.close();
      await database.close();
    },
  };
}
