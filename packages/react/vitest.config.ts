import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../../.ci/chromium.mjs';
import { SOURCE_ALIASES } from '../../.ci/source-aliases.mjs';
import { REACT_DEPS } from '../../.ci/browser-deps.mjs';
import { BROWSER_CONNECT_TIMEOUT, TIMEOUTS } from '../../.ci/timeouts.mjs';

const chromium = findChromium();
if (!chromium) {
  throw new Error(
    'Chromium was not found. Run the tests with `pnpm test` (it finds or installs it) or set CHROMIUM_PATH.',
  );
}

export default defineProject({
  // The wrappers and the elements from their sources, as the other browser projects run them.
  resolve: { alias: SOURCE_ALIASES },
  // Pre-bundled before the first file loads, never mid-run (.ci/browser-deps.mjs): the docs'
  // examples once failed when Vite found `lit/directive.js` late and reloaded the page.
  optimizeDeps: { include: REACT_DEPS },
  esbuild: { jsx: 'automatic' },
  // Vue's bundler build asks the bundler for its feature flags (the docs' Vue examples run here).
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  test: {
    name: 'react',
    include: ['test/**/*.test.{ts,tsx}'],
    globalSetup: ['./test/docs-examples-setup.ts'],
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
