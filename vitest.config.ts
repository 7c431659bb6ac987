import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One run covers every package: core in Node, components in real Chromium, and the packaging
// checks (size budgets, publint, are-the-types-wrong) in Node against the built dist/, and every
// code example of the docs.
export default defineConfig({
  test: {
    projects: [
      'packages/core',
      'packages/components',
      {
        resolve: {
          alias: [
            { find: /^@balanse\/core$/, replacement: fileURLToPath(new URL('packages/core/src/index.ts', import.meta.url)) },
            { find: /^@balanse\/core\/synthetic$/, replacement: fileURLToPath(new URL('packages/core/src/synthetic/index.ts', import.meta.url)) },
          ],
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
        test: {
          name: 'packaging',
          environment: 'node',
          include: ['packages/*/packaging/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
