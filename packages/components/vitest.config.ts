import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../../.ci/chromium.mjs';
import { deliveryServerCommands } from './test/delivery-server-commands.js';
import { printCommands } from './test/print-commands.js';

const chromium = findChromium();
if (!chromium) {
  throw new Error('Chromium was not found. Run the tests with `pnpm test` (it finds or installs it) or set CHROMIUM_PATH.');
}

export default defineProject({
  resolve: {
    // Tests run against the sources of core, not a stale dist/.
    alias: [
      { find: /^@balanse\/core$/, replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
      { find: /^@balanse\/core\/synthetic$/, replacement: fileURLToPath(new URL('../core/src/synthetic/index.ts', import.meta.url)) },
      // The docs' examples import the package by name, as users do.
      { find: /^@balanse\/components$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^@balanse\/components\/define\/(.*)$/, replacement: fileURLToPath(new URL('./src/define/$1.ts', import.meta.url)) },
      { find: /^@balanse\/components\/themes\/(.*)$/, replacement: fileURLToPath(new URL('./src/themes/$1', import.meta.url)) },
    ],
  },
  test: {
    name: 'components',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts', './test/docs-examples-setup.ts'],
    testTimeout: 15_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
      commands: { ...deliveryServerCommands, ...printCommands },
    },
  },
});
