import { defineProject } from 'vitest/config';
import { TIMEOUTS } from '../../.ci/timeouts.mjs';

export default defineProject({
  test: {
    name: 'core',
    environment: 'node',
    ...TIMEOUTS,
    include: ['src/**/*.test.ts', 'golden/**/*.test.ts'],
    // The files share one module graph per worker instead of importing core, zod and fast-check
    // afresh for each of them: half the project's processor time (68 s → 34 s measured), and
    // safe here because core is pure functions over frozen data and no test mocks, stubs or
    // patches a module or a global (grep for `vi.mock`, `vi.spyOn`, `vi.stub` finds none).
    isolate: false,
    // Core's tests are pure computation that cannot hang; property tests take seconds, and more on a
    // busy machine. A slow machine must give a slow run, never a red one.
    testTimeout: 120_000,
  },
});
