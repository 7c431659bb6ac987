import { defineProject } from 'vitest/config';
import { TIMEOUTS } from '../../.ci/timeouts.mjs';

export default defineProject({
  test: {
    name: 'core',
    environment: 'node',
    ...TIMEOUTS,
    include: ['src/**/*.test.ts', 'golden/**/*.test.ts'],
    // Core's tests are pure computation that cannot hang; property tests take seconds, and more on a
    // busy machine. A slow machine must give a slow run, never a red one.
    testTimeout: 120_000,
  },
});
