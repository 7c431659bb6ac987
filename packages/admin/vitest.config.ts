import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../../.ci/chromium.mjs';
import { SOURCE_ALIASES } from '../../.ci/source-aliases.mjs';
import { ADMIN_DEPS } from '../../.ci/browser-deps.mjs';
import { BROWSER_CONNECT_TIMEOUT, TIMEOUTS } from '../../.ci/timeouts.mjs';

const chromium = findChromium();
if (!chromium) {
  throw new Error(
    'Chromium was not found. Run the tests with `pnpm test` (it finds or installs it) or set CHROMIUM_PATH.',
  );
}

// The app's elements in real Chromium, against a fake API (test/fake-api.ts); the whole round
// against a real server is packages/server/test/admin-app.test.ts.
export default defineProject({
  resolve: { alias: SOURCE_ALIASES },
  // Pre-bundled before the first file loads, never mid-run (.ci/browser-deps.mjs).
  optimizeDeps: { include: ADMIN_DEPS },
  test: {
    name: 'admin',
    include: ['src/**/*.test.ts'],
    ...TIMEOUTS,
    browser: {
      enabled: true,
      connectTimeout: BROWSER_CONNECT_TIMEOUT,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
