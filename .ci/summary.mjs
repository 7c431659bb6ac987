// The closing line of `pnpm test`, "N passed, N failed, N skipped", and the exit status, computed
// together from everything the run did, so the two always agree: the line says "0 failed" exactly
// when the status is 0. A failure is a failed test, an error outside any test (count-reporter.mjs),
// a failed step (build, type check, lint, Storybook build…), a vitest run that wrote no counts, or
// one that exited non-zero although its counts show no failure.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {object} Problem
 * @property {string} where The project and file (and suite), or the step, that failed.
 * @property {string} message What went wrong, in one line.
 */

/**
 * @typedef {object} RunCounts
 * @property {number} passed
 * @property {number} failed Failed tests.
 * @property {number} skipped
 * @property {Problem[]} problems Errors that belong to no test.
 */

/**
 * @typedef {object} StepResult
 * @property {string} name
 * @property {boolean} ok
 */

/**
 * The counts count-reporter.mjs wrote, or undefined when the file is missing or not such counts.
 *
 * @param {string} path
 * @returns {RunCounts | undefined}
 */
export function readCounts(path) {
  if (!existsSync(path)) return undefined;
  try {
    /** @type {unknown} */
    const data = JSON.parse(readFileSync(path, 'utf8'));
    if (!data || typeof data !== 'object') return undefined;
    const { passed, failed, skipped, problems } = /** @type {Record<string, unknown>} */ (data);
    const count = (/** @type {unknown} */ n) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!count(passed) || !count(failed) || !count(skipped) || !Array.isArray(problems)) return undefined;
    return /** @type {RunCounts} */ (data);
  } catch {
    return undefined;
  }
}

/**
 * The steps that stand for one process that ran several checks and wrote one result per check
 * (`written`: [{ name, ok, seconds?, cpu? }], as .ci/types-and-lint.mjs writes it), so that each
 * failed check counts as one failure. Without valid results the process's step stands alone, and
 * fails if the process exited 0 without writing them; a process that failed after writing only
 * passing results adds a failed step of its own.
 *
 * @template {StepResult & { status: number | null; seconds: number; cpu?: number | undefined }} S
 * @param {S} step The process's step.
 * @param {unknown} written What it wrote, parsed; undefined when it wrote nothing readable.
 * @returns {S[]}
 */
export function checkSteps(step, written) {
  /** @param {unknown} c */
  const isResult = (c) =>
    typeof c === 'object' &&
    c !== null &&
    typeof (/** @type {{ name?: unknown }} */ (c).name) === 'string' &&
    typeof (/** @type {{ ok?: unknown }} */ (c).ok) === 'boolean';
  const valid = Array.isArray(written) && written.length > 0 && /** @type {unknown[]} */ (written).every(isResult);
  if (!valid) return [step.ok ? { ...step, ok: false, name: `${step.name}: wrote no results` } : step];
  const parts = /** @type {{ name: string; ok: boolean; seconds?: unknown; cpu?: unknown }[]} */ (written);
  const number = (/** @type {unknown} */ n) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
  /** @type {S[]} */
  const steps = parts.map((c) => ({
    ...step,
    name: c.name,
    ok: c.ok,
    seconds: number(c.seconds) ?? step.seconds,
    cpu: number(c.cpu) ?? step.cpu,
  }));
  if (!step.ok && parts.every((c) => c.ok)) steps.push({ ...step, name: `${step.name}: exited ${step.status}` });
  return steps;
}

/**
 * Adds up the run.
 *
 * @param {object} run
 * @param {RunCounts | undefined} run.counts What the vitest run counted; undefined when it wrote nothing.
 * @param {number | null} run.vitestStatus The exit status of vitest (null: killed by a signal).
 * @param {readonly StepResult[]} run.steps Every other step, in order.
 * @returns {{ passed: number; failed: number; skipped: number; problems: Problem[]; exitCode: 0 | 1 }}
 */
export function tally({ counts, vitestStatus, steps }) {
  /** @type {Problem[]} */
  const problems = [];
  for (const step of steps)
    if (!step.ok) problems.push({ where: step.name, message: 'the step failed (see its output above)' });
  if (!counts) {
    problems.push({ where: 'vitest', message: `wrote no counts (exit status ${vitestStatus ?? 'signal'})` });
  } else {
    problems.push(...counts.problems);
    if (vitestStatus !== 0 && counts.failed === 0 && counts.problems.length === 0) {
      problems.push({
        where: 'vitest',
        message: `exited with status ${vitestStatus ?? 'signal'} although no test failed (see its output above)`,
      });
    }
  }
  const failed = (counts?.failed ?? 0) + problems.length;
  return {
    passed: counts?.passed ?? 0,
    failed,
    skipped: counts?.skipped ?? 0,
    problems,
    exitCode: failed === 0 ? 0 : 1,
  };
}

/**
 * @param {{ passed: number; failed: number; skipped: number }} counts
 * @returns {string}
 */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/**
 * A duration for the run's step table: `9 min 28 s`. Rounded to the second before it is split, so
 * 719.6 s reads `12 min 0 s`, never `11 min 60 s`.
 *
 * @param {number} [seconds]
 * @returns {string}
 */
export function minutes(seconds = 0) {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
