import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { SOURCE_ALIASES } from './.ci/source-aliases.mjs';
import { CHROMIUM_ARGS, findChromium } from './.ci/chromium.mjs';

// Storybook's test plugin must not call home: our machines reach the npm registry only.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

// One run covers every package: core in Node, components in real Chromium, and the packaging
// checks (size budgets, publint, are-the-types-wrong) in Node against the built dist/, every
// code example of the docs, and every story of stories/ rendered in Chromium and checked with axe.
export default defineConfig({
  test: {
    projects: [
      'packages/core',
      'packages/components',
      {
        resolve: {
          alias: SOURCE_ALIASES,
        },
        test: {
          name: 'docs',
          environment: 'node',
          include: ['docs/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'demo',
          environment: 'node',
          include: ['packages/demo/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Every story renders and passes axe (preview.ts sets `a11y: { test: 'error' }`). The
        // controls read packages/components/custom-elements.json, which `pnpm build` makes.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('stories/.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          // After the other projects, not beside them: a second browser on our two cores slows the
          // components project's timing tests (page times in the survey) enough to flake.
          sequence: { groupOrder: 1 },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'packaging',
          environment: 'node',
          include: ['packages/*/packaging/**/*.test.ts'],
          testTimeout: 120_000,
          // The size test builds every define entry with Vite in a hook: slow on a busy machine, never wrong.
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
