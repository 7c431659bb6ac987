import { defineConfig } from 'vitest/config';

// One run covers every package: core in Node, components in real Chromium, and the packaging
// checks (size budgets, publint, are-the-types-wrong) in Node against the built dist/.
export default defineConfig({
  test: {
    projects: [
      'packages/core',
      'packages/components',
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
