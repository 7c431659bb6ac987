// `pnpm test`: every check of the project in one run, ending with "N passed, N failed, N skipped"
// and an exit status that agrees with it (summary.mjs). Steps: find (or install) Chromium and
// PostgreSQL, and start a throwaway PostgreSQL cluster for the server's tests (stopped at the end,
// even on failure: postgres.mjs stops it when the process exits); build the packages (the size,
// packaging and Storybook checks read dist/ and custom-elements.json); then every vitest project,
// and beside it the type check, the static Storybook build and the lint (ESLint and Prettier). Each
// step prints how long it took, and the run ends with a table of the steps, the machine's load and
// the processor time the run used (its own measure of cost, whatever else the machine is doing).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { startPostgres } from './postgres.mjs';
import { readCounts, summaryLine, tally } from './summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = join(root, '.vitest-reports');
const countsPath = join(reportDir, 'counts.json');

/** @typedef {{ name: string; ok: boolean; status: number | null; seconds: number }} Step */

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
const loadAtStart = loadavg()[0] ?? 0;
/** @type {Step[]} */
const steps = [];

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
      const result = { name, ok: status === 0, status, seconds: (performance.now() - start) / 1000 };
      if (quiet) process.stdout.write(`\n▶ ${name}\n${Buffer.concat(output).toString()}`);
      console.log(
        `${result.ok ? '✔' : '✘'} ${name}: ${result.seconds.toFixed(1)} s${result.ok ? '' : ` (exit status ${status})`}`,
      );
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

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);
// Every server test runs on the embedded database and on this PostgreSQL. fsync is off: the
// tests kill the server, never the database; the benchmark (pnpm bench:server) keeps it on.
const postgres = await startPostgres({ settings: { fsync: 'off' } });
console.log(`PostgreSQL: ${postgres.bin} (a throwaway cluster on ${postgres.url})`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
const env = { CHROMIUM_PATH: chromium, STORYBOOK_DISABLE_TELEMETRY: '1', BALANSE_TEST_DATABASE_URL: postgres.url };

rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

await step('Build the packages', 'pnpm', ['run', 'build'], { env });

// Vitest keeps both cores busy only part of the time, and the other checks are single-threaded, so
// they run beside it, their output held until each ends. Their failures count like any other.
const [vitest] = await Promise.all([
  step(
    'Run every test project (vitest)',
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', `--reporter=${join(root, '.ci', 'count-reporter.mjs')}`],
    { env: { ...env, BALANSE_TEST_COUNTS: countsPath } },
  ),
  (async () => {
    // Vitest strips types without checking them; strict TypeScript is checked here, tests included.
    await step('Type-check the whole repository (tsc --strict, one program)', 'pnpm', ['run', 'typecheck'], {
      env,
      quiet: true,
    });
    // The static Storybook must build for every release (vitest renders and checks each story).
    await step('Build the static Storybook (storybook-static/)', 'pnpm', ['run', 'build-storybook'], {
      env,
      quiet: true,
    });
  })(),
  // ESLint with type information, then `prettier --check` over the whole repository.
  step('Lint the whole repository (pnpm lint: ESLint and Prettier)', 'pnpm', ['run', 'lint'], { env, quiet: true }),
]);

postgres.stop();

const result = tally({
  counts: readCounts(countsPath),
  vitestStatus: vitest.status,
  steps: steps.filter((s) => s !== vitest),
});

const minutes = (seconds = 0) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? '✔' : '✘'} ${s.name}: ${s.seconds.toFixed(1)} s`);
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
