import { defineConfig } from 'vitest/config';

// One run covers every package: core in Node, components in real Chromium.
export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/components'],
  },
});
