/**
 * The start every browser test of the server shares: the built assets checked, a fresh database
 * of one engine, the server on a free port, one Chromium; and the one `close` that stops the
 * three in reverse order. The survey page's tests (survey-browser.ts) and the administrators'
 * app's (app-in-browser.ts) each add what is theirs.
 */
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS } from '../../../../.ci/chromium.mjs';
import { createBalanse, listen, type Listening } from '../../src/server.js';
import type { EngineCase, TestDatabase } from './engines.js';
import { OPERATOR } from './harness.js';

export interface ServerInBrowser {
  readonly database: TestDatabase;
  readonly server: Listening;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts the server on a fresh `engine` database and launches Chromium. `missing` names the built
 * files the test needs that are absent: then it throws before starting anything, with the command
 * that builds them.
 */
export async function startServerInBrowser(
  engine: EngineCase,
  executablePath: string | undefined,
  missing: readonly string[],
): Promise<ServerInBrowser> {
  if (missing.length > 0) throw new Error(`Build the packages first (pnpm build): missing ${missing.join(', ')}`);
  const database = await engine.open();
  const balanse = await createBalanse({ db: database.db, adminToken: OPERATOR, log: () => {} });
  const server = await listen(balanse.app, 0);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    database,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await database.close();
    },
  };
}
