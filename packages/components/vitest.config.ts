import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../../.ci/chromium.mjs';
import { SOURCE_ALIASES } from '../../.ci/source-aliases.mjs';
import { ELEMENT_DEPS } from '../../.ci/browser-deps.mjs';
import { BROWSER_CONNECT_TIMEOUT, TIMEOUTS } from '../../.ci/timeouts.mjs';
import { deliveryServerCommands } from './test/delivery-server-commands.js';
import { printCommands } from './test/print-commands.js';

const chromium = findChromium();
if (!chromium) {
  throw new Error(
    'Chromium was not found. Run the tests with `pnpm test` (it finds or installs it) or set CHROMIUM_PATH.',
  );
}

export default defineProject({
  resolve: {
    // Tests (and the docs' examples, which import by package name) run against the sources.
    alias: SOURCE_ALIASES,
  },
  // Pre-bundled before the first file loads, never mid-run (.ci/browser-deps.mjs).
  optimizeDeps: { include: ELEMENT_DEPS },
  test: {
    name: 'components',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts', './test/docs-examples-setup.ts'],
    ...TIMEOUTS,
    browser: {
      enabled: true,
      connectTimeout: BROWSER_CONNECT_TIMEOUT,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
      commands: { ...deliveryServerCommands, ...printCommands },
    },
  },
});
