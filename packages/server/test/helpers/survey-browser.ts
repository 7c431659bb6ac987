/**
 * What the survey page's browser tests share: per engine, a database, the server on a free port
 * and one Chromium, set up before the file's tests and closed after them, and the `test` that
 * skips when the engine or Chromium is missing. Call it inside `describe.each(ENGINES)`.
 */
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../../.ci/chromium.mjs';
import { assetsMissing } from '../../src/pages/assets.js';
import { createBalanse, listen, type Listening } from '../../src/server.js';
import type { EngineCase, TestDatabase } from './engines.js';
import { OPERATOR } from './harness.js';

/** The running pieces; read them inside a test, after `beforeAll` has set them. */
export interface SurveyBrowser {
  readonly browser: Browser;
  readonly server: Listening;
  readonly database: TestDatabase;
}

export function surveyBrowser(engine: EngineCase): { env: SurveyBrowser; test: typeof it | typeof it.skip } {
  const executablePath = findChromium();
  let running: SurveyBrowser | undefined;
  const env: SurveyBrowser = {
    get browser() {
      return started().browser;
    },
    get server() {
      return started().server;
    },
    get database() {
      return started().database;
    },
  };
  function started(): SurveyBrowser {
    if (!running) throw new Error('the survey browser is not running: read it inside a test');
    return running;
  }
  beforeAll(async () => {
    if (!engine.available) return;
    if (assetsMissing().length > 0)
      throw new Error(`Build the components first (pnpm build): missing ${assetsMissing().join(', ')}`);
    const database = await engine.open();
    const balanse = await createBalanse({ db: database.db, adminToken: OPERATOR, log: () => {} });
    const server = await listen(balanse.app, 0);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    running = { browser, server, database };
  });
  afterAll(async () => {
    if (!running) return;
    await running.browser.close();
    await running.server.close();
    await running.database.close();
  });
  return { env, test: engine.available && executablePath ? it : it.skip };
}
