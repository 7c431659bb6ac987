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
    // The files share one module graph per worker instead of importing Hono, PGlite, Lit's SSR,
    // zod and core afresh for each of them: 158 s → 101 s of processor time for the project
    // (measured on the embedded database alone). Safe because no test file mocks, spies on, stubs
    // or fakes anything (.ci/test/shared-modules.test.ts keeps it so), every file opens and closes
    // its own servers, databases and browsers, and the server's module state is read-only: caches
    // of built files, and the DOM shim that Lit's SSR installs, which a server process keeps for its
    // whole life too.
    isolate: false,
    ...TIMEOUTS,
  },
});
