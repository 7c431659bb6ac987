// A vitest reporter that counts every failure of the run, not only failed tests. Vitest's JSON
// report counts tests: a suite whose `beforeAll` timed out reports its tests as skipped, a file
// that failed to import reports none, and an unhandled error or a failed `afterAll` appears in
// no test at all, so a run can exit 1 with "0 failed" in its report. This reporter writes the
// tests' counts and, separately, every error that belongs to no test (`problems`), each with
// where it happened, for the closing line of `pnpm test` (see summary.mjs). The file it writes is
// named by the BALANSE_TEST_COUNTS environment variable (vitest's CLI takes no reporter options).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @typedef {import('./summary.mjs').RunCounts} RunCounts */
/** @typedef {import('./summary.mjs').Problem} Problem */
/** @typedef {import('vitest/node').TestModule} TestModule */
/** @typedef {import('vitest/node').TestSuite} TestSuite */
/** @typedef {import('vitest/node').Reporter} Reporter */
/** @typedef {import('vitest/node').TestRunEndReason} TestRunEndReason */

/** @param {{ message?: string; name?: string }} error */
const firstLine = (error) => `${error.name ?? 'Error'}: ${String(error.message ?? '').split('\n')[0]}`;

/**
 * Counts a finished run: tests by state, and every error outside a test (a module that failed to
 * load, a failed or timed-out hook of a file or suite, an unhandled error, an interrupted run).
 *
 * @param {readonly TestModule[]} modules
 * @param {readonly { message?: string; name?: string }[]} unhandledErrors
 * @param {TestRunEndReason} reason
 * @returns {RunCounts}
 */
export function countRun(modules, unhandledErrors, reason) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  /** @type {Problem[]} */
  const problems = [];
  for (const module of modules) {
    const where = module.project.name ? `${module.project.name}: ${module.relativeModuleId}` : module.relativeModuleId;
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') {
        failed++;
        failedHere++;
      } else skipped++;
    }
    /** @type {{ label: string; errors: { message?: string; name?: string }[] }[]} */
    const holders = [{ label: where, errors: module.errors() }];
    for (const suite of module.children.allSuites()) {
      holders.push({ label: `${where} › ${suite.fullName}`, errors: suite.errors() });
    }
    let explained = failedHere > 0;
    for (const { label, errors } of holders) {
      for (const error of errors) {
        problems.push({ where: label, message: firstLine(error) });
        explained = true;
      }
    }
    // A module vitest marks failed with no failed test and no error of its own still failed.
    if (module.state() === 'failed' && !explained) {
      problems.push({ where, message: 'the file failed without a failing test or an error (see the log above)' });
    }
  }
  for (const error of unhandledErrors) problems.push({ where: 'unhandled error', message: firstLine(error) });
  if (reason === 'interrupted') problems.push({ where: 'vitest', message: 'the run was interrupted' });
  return { passed, failed, skipped, problems };
}

/** @implements {Reporter} */
export default class CountReporter {
  /** @param {{ outputFile?: string }} [options] */
  constructor(options = {}) {
    const outputFile = options.outputFile ?? process.env.BALANSE_TEST_COUNTS;
    if (!outputFile) throw new Error('count-reporter needs BALANSE_TEST_COUNTS (or an outputFile option)');
    /** @type {string} */
    this.outputFile = outputFile;
  }

  /**
   * @param {readonly TestModule[]} modules
   * @param {readonly { message?: string; name?: string }[]} unhandledErrors
   * @param {TestRunEndReason} reason
   */
  onTestRunEnd(modules, unhandledErrors, reason) {
    mkdirSync(dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, `${JSON.stringify(countRun(modules, unhandledErrors, reason), null, 2)}\n`);
  }
}
