// Mutation testing of the anonymity rules (`pnpm test:mutation`): Stryker changes the code of
// src/anonymity one small edit at a time (a `<` for a `<=`, a removed condition, a constant) and
// runs the tests that cover it. A change no test notices is a rule that is not tested. The run
// fails below 90 %; docs/model/anonymity.md says how it is run.
export default {
  // Named by path: under pnpm, Stryker cannot find its plugins from its own folder.
  plugins: [new URL(import.meta.resolve('@stryker-mutator/vitest-runner')).pathname],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/anonymity/**/*.ts', '!src/anonymity/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  // Results are kept between runs (reports/mutation/incremental.json), so a second run tests only
  // what changed; `pnpm test:mutation -- --force` tests everything again.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  // A mutant that loops forever (a `<` for a `<=` in a loop bound, a loop condition set to true)
  // is stopped after 1.5 × the tests' own time plus 10 s, and counts as detected ("timeout").
  timeoutMS: 10000,
  timeoutFactor: 1.5,
};
