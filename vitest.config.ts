import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { STORY_DEPS } from './.ci/browser-deps.mjs';
import { SOURCE_ALIASES } from './.ci/source-aliases.mjs';
import { CHROMIUM_ARGS, findChromium } from './.ci/chromium.mjs';
import { BROWSER_CONNECT_TIMEOUT, TIMEOUTS } from './.ci/timeouts.mjs';

// Storybook's test plugin must not call home: our machines reach the npm registry only.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

// One run covers every package: core in Node, components in real Chromium, and the packaging
// checks (size budgets, publint, are-the-types-wrong) in Node against the built dist/, every
// code example of the docs, and every story of stories/ rendered in Chromium and checked with axe.
export default defineConfig({
  test: {
    // Vitest reads the browser connect timeout from this root config, whatever a project sets
    // (`project.vitest.config.browser.connectTimeout` in vitest 4.1): without it every browser
    // project has the 60 s default, which a session waiting behind other projects runs out of.
    browser: { connectTimeout: BROWSER_CONNECT_TIMEOUT },
    // One test file per core. Vitest's default leaves one core for its own process, which on a
    // two-core machine runs every file one after another; its main process is mostly idle, and the
    // files spend much of their time waiting on Chromium, server processes and databases.
    maxWorkers: availableParallelism(),
    projects: [
      'packages/core',
      'packages/components',
      'packages/admin',
      'packages/server',
      'packages/react',
      {
        resolve: {
          alias: SOURCE_ALIASES,
        },
        test: {
          name: 'docs',
          environment: 'node',
          ...TIMEOUTS,
          include: ['docs/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'demo',
          environment: 'node',
          include: ['packages/demo/test/**/*.test.ts'],
          ...TIMEOUTS,
        },
      },
      {
        // Every story renders and passes axe (preview.ts sets `a11y: { test: 'error' }`). The
        // controls read packages/components/custom-elements.json, which `pnpm build` makes.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('stories/.storybook', import.meta.url)) })],
        // Pre-bundled before the first story loads, never mid-run (.ci/browser-deps.mjs).
        optimizeDeps: { include: STORY_DEPS },
        test: {
          name: 'storybook',
          ...TIMEOUTS,
          browser: {
            connectTimeout: BROWSER_CONNECT_TIMEOUT,
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The test command's own machinery: the closing line counts every failure (.ci/summary.mjs).
        test: {
          name: 'ci',
          environment: 'node',
          ...TIMEOUTS,
          include: ['.ci/test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'packaging',
          environment: 'node',
          include: ['packages/*/packaging/**/*.test.ts'],
          ...TIMEOUTS,
        },
      },
    ],
  },
});
