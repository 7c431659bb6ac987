// Vitest's limits for every project. They catch a hang; they never measure speed. A busy two-core
// machine makes a run several times slower (the slowest test, an axe check of one element in every
// state, takes about 5 s on an idle machine), so each limit sits far above any normal time: a slow
// machine gives a slow run, never a red one. Builds and other heavy preparation run as steps of the
// test command before vitest, not in hooks (see .ci/test.mjs). Speed is measured by benchmarks.

/** Per test and per hook, in ms. */
export const TIMEOUTS = { testTimeout: 120_000, hookTimeout: 300_000 };

/**
 * For browser projects: the time a browser session may wait to connect, in ms (vitest's default is
 * 60 s). A session's clock starts when vitest creates it, which can be while the few workers of a
 * two-core machine are still running other projects' files. Vitest 4.1 reads this from the root
 * config only (vitest.config.ts sets it there); the projects set it too, for runs of one project.
 * As a hang detector it only needs to stay under CI's 90 minutes: 30 minutes.
 */
export const BROWSER_CONNECT_TIMEOUT = 1_800_000;
