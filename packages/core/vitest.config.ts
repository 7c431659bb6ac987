import { defineProject } from 'vitest/config';
import { TIMEOUTS } from '../../.ci/timeouts.mjs';

export default defineProject({
  test: {
    name: 'core',
    environment: 'node',
    ...TIMEOUTS,
    include: ['src/**/*.test.ts', 'golden/**/*.test.ts'],
  },
});
