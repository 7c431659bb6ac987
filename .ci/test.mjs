// `pnpm test`: every check of the project in one run, ending with "N passed, N failed, N skipped"
// and an exit status that agrees with it (summary.mjs). Steps: find (or install) Chromium; build
// the packages (the size, packaging and Storybook checks read dist/ and custom-elements.json);
// then type-check, build the static Storybook and run every vitest project. Each step prints how
// long it took, and the run ends with a table of the steps and the machine's load.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { readCounts, summaryLine, tally } from './summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = join(root, '.vitest-reports');
const countsPath = join(reportDir, 'counts.json');

/** @typedef {{ name: string; ok: boolean; status: number | null; seconds: number }} Step */

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
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
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
const env = { CHROMIUM_PATH: chromium, STORYBOOK_DISABLE_TELEMETRY: '1' };

rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

await step('Build the packages', 'pnpm', ['run', 'build'], { env });

// Vitest strips types without checking them; strict TypeScript is checked here, tests included.
await step('Type-check every package, the docs and the stories (tsc --strict)', 'pnpm', ['run', 'typecheck'], { env });

const vitest = await step(
  'Run every test project (vitest)',
  'pnpm',
  ['exec', 'vitest', 'run', '--reporter=default', `--reporter=${join(root, '.ci', 'count-reporter.mjs')}`],
  { env: { ...env, BALANSE_TEST_COUNTS: countsPath } },
);

// The static Storybook must build for every release (its stories were rendered and checked with
// axe by the vitest run above).
await step('Build the static Storybook (storybook-static/)', 'pnpm', ['run', 'build-storybook'], { env });

const result = tally({
  counts: readCounts(countsPath),
  vitestStatus: vitest.status,
  steps: steps.filter((s) => s !== vitest),
});

const minutes = (seconds = 0) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? '✔' : '✘'} ${s.name}: ${s.seconds.toFixed(1)} s`);
console.log(
  `  total ${minutes((performance.now() - started) / 1000)}; load average ${loadAtStart.toFixed(2)} at the start, ` +
    `${(loadavg()[0] ?? 0).toFixed(2)} at the end`,
);
if (result.problems.length > 0) {
  console.error('\nFailures outside the tests (each counts as one failure):');
  for (const problem of result.problems) console.error(`  ✘ ${problem.where}: ${problem.message}`);
}
console.log(`\n${summaryLine(result)}`);
process.exit(result.exitCode);
