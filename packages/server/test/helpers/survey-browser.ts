/**
 * What the survey page's browser tests share: per engine, a database, the server on a free port
 * and one Chromium, set up before the file's tests and closed after them, and the `test` that
 * skips when the engine or Chromium is missing. Call it inside `describe.each(ENGINES)`.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, it } from 'vitest';
import { findChromium } from '../../../../.ci/chromium.mjs';
import { assetsMissing } from '../../src/pages/assets.js';
import type { Listening } from '../../src/server.js';
import type { EngineCase, TestDatabase } from './engines.js';
import { startServerInBrowser, type ServerInBrowser } from './server-in-browser.js';

/** The running pieces; read them inside a test, after `beforeAll` has set them. */
export interface SurveyBrowser {
  readonly browser: Browser;
  readonly server: Listening;
  readonly database: TestDatabase;
}

export function surveyBrowser(engine: EngineCase): { env: SurveyBrowser; test: typeof it | typeof it.skip } {
  const executablePath = findChromium();
  let running: ServerInBrowser | undefined;
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
  function started(): ServerInBrowser {
    if (!running) throw new Error('the survey browser is not running: read it inside a test');
    return running;
  }
  beforeAll(async () => {
    if (!engine.available) return;
    running = await startServerInBrowser(engine, executablePath, assetsMissing());
  });
  afterAll(async () => {
    await running?.close();
  });
  return { env, test: engine.available && executablePath ? it : it.skip };
}
