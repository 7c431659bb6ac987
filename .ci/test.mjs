// `pnpm test`: every test of the project in one run, ending with "N passed, N failed, N skipped".
// Steps: find (or install) Chromium and PostgreSQL, start a throwaway PostgreSQL cluster for the
// server's tests (stopped at the end, even on failure), build the packages (size budgets and packaging tests read
// dist/), type-check, run every vitest project with a JSON report, build the static Storybook, then print the
// closing line from the report, with each failed step counted as one more failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { startPostgres } from './postgres.mjs';
import { countsFrom, summaryLine } from './summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = join(root, '.vitest-reports');
const reportPath = join(reportDir, 'report.json');

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return result.status === 0;
}

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);
// Every server test runs on the embedded database and on this PostgreSQL. fsync is off: the
// tests kill the server, never the database, and the benchmark (pnpm bench:server) keeps it on.
const postgres = await startPostgres({ settings: { fsync: 'off' } });
console.log(`PostgreSQL: ${postgres.bin} (a throwaway cluster on ${postgres.url})`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
const env = { CHROMIUM_PATH: chromium, BALANSE_TEST_DATABASE_URL: postgres.url };

rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const extraFailures = [];
if (!run('Build the packages', 'pnpm', ['run', 'build'], env)) extraFailures.push('build');
// Vitest strips types without checking them; strict TypeScript is checked here, tests included.
if (!run('Type-check every package, the docs and the stories (tsc --strict)', 'pnpm', ['run', 'typecheck'], env)) {
  extraFailures.push('typecheck');
}

const vitestOk = run(
  'Run every test project (vitest)',
  'pnpm',
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`],
  env,
);

// The static Storybook must build for every release (its stories were rendered and checked with
// axe by the vitest run above). Telemetry off: CI reaches no network but the npm registry.
if (
  !run('Build the static Storybook (storybook-static/)', 'pnpm', ['run', 'build-storybook'], {
    ...env,
    STORYBOOK_DISABLE_TELEMETRY: '1',
  })
) {
  extraFailures.push('storybook build');
}

postgres.stop();

const counts = countsFrom(reportPath);
if (!counts) extraFailures.push('vitest (no JSON report was written)');
const total = counts ?? { passed: 0, failed: 0, skipped: 0 };
total.failed += extraFailures.length;
if (extraFailures.length > 0) console.error(`\nFailed steps: ${extraFailures.join(', ')}`);
console.log(`\n${summaryLine(total)}`);
process.exit(vitestOk && total.failed === 0 ? 0 : 1);
