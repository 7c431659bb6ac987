import { defineProject } from 'vitest/config';

// What `pnpm test:mutation` runs for each mutant of src/anonymity: the folder's own tests, with
// the property tests at a tenth of their runs (BALANSE_PROPERTY_RUNS), so a run takes minutes,
// not an hour. The full suite still runs every test at full strength in `pnpm test`.
export default defineProject({
  test: {
    name: 'core-mutation',
    environment: 'node',
    include: ['src/anonymity/**/*.test.ts'],
    env: { BALANSE_PROPERTY_RUNS: '0.1' },
    testTimeout: 120_000,
  },
});
