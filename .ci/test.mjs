// `pnpm test`: every check of the project in one run, ending with "N passed, N failed, N skipped"
// and an exit status that agrees with it (summary.mjs). Steps: find (or install) Chromium and
// PostgreSQL, and start a throwaway PostgreSQL cluster for the server's tests (stopped at the end,
// even on failure: postgres.mjs stops it when the process exits), beside the build of the packages
// and `prettier --check`; then every vitest project, and beside it the type check and ESLint over
// one TypeScript program (types-and-lint.mjs) and the static Storybook build (the size, packaging
// and Storybook checks read dist/ and custom-elements.json, which the build makes). Each step
// prints how long it took and the processor time it used, and the run ends with a table of the
// steps, the machine's load and the processor time of the whole run (its own measure of cost,
// whatever else the machine is doing).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { startPostgres } from './postgres.mjs';
import { checkSteps, minutes, readCounts, summaryLine, tally } from './summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = join(root, '.vitest-reports');
const countsPath = join(reportDir, 'counts.json');
const checksPath = join(reportDir, 'checks.json');

/** @typedef {{ name: string; ok: boolean; status: number | null; seconds: number; cpu?: number | undefined }} Step */

/**
 * Seconds of processor time used by the processes this run started and waited for (Linux's
 * cutime + cstime of this process), or undefined where /proc is missing.
 *
 * @returns {number | undefined}
 */
function childCpuSeconds() {
  try {
    // The fields after the command name, which sits in parentheses and may contain spaces.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[13]) + Number(fields[14]); // fields 16 and 17 of proc(5)
    return Number.isFinite(ticks) ? ticks / 100 : undefined; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

const started = performance.now();
let cpuSeen = childCpuSeconds();
const loadAtStart = loadavg()[0] ?? 0;
/** @type {Step[]} */
const steps = [];

/** @param {Step} s */
const describe = (s) =>
  `${s.ok ? '✔' : '✘'} ${s.name}: ${s.seconds.toFixed(1)} s` +
  (s.cpu === undefined ? '' : ` (processor ${s.cpu.toFixed(1)} s)`);

/**
 * Runs `command` as the step `name`. With `quiet`, its output is held and printed in one block
 * when it ends, so a step that runs beside another does not interleave its lines with it.
 *
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string>; quiet?: boolean }} [options]
 * @returns {Promise<Step>}
 */
function step(name, command, args, { env = {}, quiet = false } = {}) {
  const start = performance.now();
  if (!quiet) console.log(`\n▶ ${name}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    /** @type {Buffer[]} */
    const output = [];
    /** @param {Buffer} chunk */
    const hold = (chunk) => output.push(chunk);
    child.stdout?.on('data', hold);
    child.stderr?.on('data', hold);
    /** @param {number | null} status */
    const finish = (status) => {
      // This process's children's processor time grows when a child is reaped, by that child's
      // time and its waited-for descendants', so the growth at this moment is this step's.
      const cpuNow = childCpuSeconds();
      const cpu = cpuNow === undefined || cpuSeen === undefined ? undefined : cpuNow - cpuSeen;
      cpuSeen = cpuNow;
      const result = { name, ok: status === 0, status, seconds: (performance.now() - start) / 1000, cpu };
      if (quiet) process.stdout.write(`\n▶ ${name}\n${Buffer.concat(output).toString()}`);
      console.log(`${describe(result)}${result.ok ? '' : ` (exit status ${status})`}`);
      steps.push(result);
      resolve(result);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(null);
    });
    child.on('close', finish);
  });
}

/**
 * Replaces the step that ran types-and-lint.mjs by one step per check it wrote (checkSteps).
 *
 * @param {Step} checks
 */
function splitChecks(checks) {
  /** @type {unknown} */
  let written;
  try {
    written = JSON.parse(readFileSync(checksPath, 'utf8'));
  } catch {
    written = undefined;
  }
  steps.splice(steps.indexOf(checks), 1, ...checkSteps(checks, written));
}

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

// The build and the Prettier check need nothing else, and start first; PostgreSQL starts while
// they run (initdb blocks this process, not theirs).
const baseEnv = { CHROMIUM_PATH: chromium, STORYBOOK_DISABLE_TELEMETRY: '1' };
const build = step('Build the packages', 'pnpm', ['run', 'build'], { env: baseEnv });
// Formatting of every file (`pnpm format:check`), the second half of `pnpm lint`.
const prettier = step('Check the formatting (prettier --check)', 'pnpm', ['run', 'format:check'], {
  env: baseEnv,
  quiet: true,
});
// Every server test runs on the embedded database and on this PostgreSQL. fsync is off: the
// tests kill the server, never the database; the benchmark (pnpm bench:server) keeps it on.
const postgres = await startPostgres({ settings: { fsync: 'off' } });
console.log(`PostgreSQL: ${postgres.bin} (a throwaway cluster on ${postgres.url})`);
// Tests that can run a built package instead of its sources (the server's fault tests start the
// built CLI) do so when this run's build succeeded: BALANSE_TEST_BUILT says dist/ is fresh.
const built = (await build).ok;
const env = { ...baseEnv, BALANSE_TEST_DATABASE_URL: postgres.url, BALANSE_TEST_BUILT: built ? '1' : '' };

// Vitest's workers and the single-threaded checks beside it share the cores; the checks' output is
// held until each ends. Their failures count like any other.
const [vitest] = await Promise.all([
  step(
    'Run every test project (vitest)',
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', `--reporter=${join(root, '.ci', 'count-reporter.mjs')}`],
    { env: { ...env, BALANSE_TEST_COUNTS: countsPath } },
  ),
  (async () => {
    // Vitest strips types without checking them; strict TypeScript is checked here, tests
    // included, and ESLint (`pnpm lint`'s first half) reads its types from the same program.
    const checks = await step(
      'Type-check and ESLint over one program (pnpm typecheck + eslint .)',
      'node',
      [join(root, '.ci', 'types-and-lint.mjs')],
      { env: { ...env, BALANSE_CHECKS: checksPath }, quiet: true },
    );
    splitChecks(checks);
    // The static Storybook must build for every release (vitest renders and checks each story).
    // The build step made custom-elements.json, which `pnpm build-storybook` would make again.
    await step(
      'Build the static Storybook (storybook-static/)',
      'pnpm',
      ['exec', 'storybook', 'build', '-c', 'stories/.storybook', '-o', 'storybook-static', '--quiet'],
      { env, quiet: true },
    );
  })(),
  prettier,
]);

postgres.stop();

const result = tally({
  counts: readCounts(countsPath),
  vitestStatus: vitest.status,
  steps: steps.filter((s) => s !== vitest),
});

console.log('\nSteps:');
for (const s of steps) console.log(`  ${describe(s)}`);
const cpu = childCpuSeconds();
console.log(
  `  total ${minutes((performance.now() - started) / 1000)}` +
    (cpu === undefined ? '' : `, processor time ${minutes(cpu)}`) +
    `; load average ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end`,
);
if (result.problems.length > 0) {
  console.error('\nFailures outside the tests (each counts as one failure):');
  for (const problem of result.problems) console.error(`  ✘ ${problem.where}: ${problem.message}`);
}
console.log(`\n${summaryLine(result)}`);
process.exit(result.exitCode);
