import { defineProject } from 'vitest/config';
import { SOURCE_ALIASES } from '../../.ci/source-aliases.mjs';
import { TIMEOUTS } from '../../.ci/timeouts.mjs';

// Every test runs on the embedded database and, when `pnpm test` started one, on PostgreSQL.
export default defineProject({
  resolve: { alias: SOURCE_ALIASES },
  test: {
    name: 'server',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    ...TIMEOUTS,
  },
});
