/**
 * The closing line of `pnpm test` must count every failure. These tests run vitest on fixture
 * files that fail in each way a file can (a failed test, a beforeAll that times out, a failed
 * afterAll, a module that cannot load, an unhandled rejection) with the reporter `pnpm test` uses,
 * and check that each failure is counted and that the line and the exit status agree.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSteps, minutes, readCounts, summaryLine, tally, type RunCounts } from '../summary.mjs';

const ci = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'balanse-counts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('count-reporter on files that fail in every way', () => {
  let counts: RunCounts | undefined;
  let status: number | null = null;

  // A whole vitest run that blocks this worker (spawnSync): 113 s at a load average of 21, so its
  // limit is a hang detector far above the suite's 300 s hook limit.
  beforeAll(() => {
    const countsPath = join(out, 'counts.json');
    const run = spawnSync(
      'pnpm',
      [
        'exec',
        'vitest',
        'run',
        '--config',
        join(ci, 'test', 'fixtures', 'vitest.config.mjs'),
        `--reporter=${join(ci, 'count-reporter.mjs')}`,
      ],
      { cwd: join(ci, '..'), encoding: 'utf8', env: { ...process.env, BALANSE_TEST_COUNTS: countsPath } },
    );
    status = run.status;
    counts = readCounts(countsPath);
  }, 1_200_000);

  it('counts the tests by state', () => {
    expect(counts).toMatchObject({ passed: 5, failed: 1, skipped: 3 });
  });

  it('reports each error outside a test with where it happened', () => {
    const problems = counts?.problems.map((p) => `${p.where} | ${p.message}`) ?? [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^hook-timeout\.fixture\.ts › a suite whose beforeAll never finishes \| .*timed out/),
        expect.stringMatching(/^after-all\.fixture\.ts \| .*cleanup failed/),
        expect.stringMatching(/^import-error\.fixture\.ts \| .*cannot load/),
        expect.stringMatching(/^unhandled error \| .*nobody awaited me/),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('makes the closing line count them all, in agreement with the exit status', () => {
    expect(status).toBe(1);
    const result = tally({ counts, vitestStatus: status, steps: [] });
    expect(summaryLine(result)).toBe('5 passed, 5 failed, 3 skipped');
    expect(result.exitCode).toBe(1);
  });
});

describe('tally', () => {
  const clean: RunCounts = { passed: 3, failed: 0, skipped: 1, problems: [] };

  it('passes a clean run with every step green', () => {
    const result = tally({ counts: clean, vitestStatus: 0, steps: [{ name: 'build', ok: true }] });
    expect([summaryLine(result), result.exitCode]).toEqual(['3 passed, 0 failed, 1 skipped', 0]);
  });

  it('counts each failed step as a failure', () => {
    const steps = [
      { name: 'build', ok: false },
      { name: 'lint', ok: false },
      { name: 'typecheck', ok: true },
    ];
    const result = tally({ counts: clean, vitestStatus: 0, steps });
    expect(result.failed).toBe(2);
    expect(result.problems.map((p) => p.where)).toEqual(['build', 'lint']);
  });

  it('counts a vitest run that wrote no counts', () => {
    expect(tally({ counts: undefined, vitestStatus: 1, steps: [] }).failed).toBe(1);
  });

  it('counts a vitest run that exited non-zero with nothing failed in its counts', () => {
    const result = tally({ counts: clean, vitestStatus: 1, steps: [] });
    expect(result.failed).toBe(1);
    expect(result.problems[0]?.message).toMatch(/exited with status 1/);
  });

  it('never lets the line and the exit status disagree', () => {
    const problem = fc.record({ where: fc.string(), message: fc.string() });
    const counts = fc.option(
      fc.record({
        passed: fc.nat(50),
        failed: fc.nat(3),
        skipped: fc.nat(5),
        problems: fc.array(problem, { maxLength: 3 }),
      }),
      { nil: undefined },
    );
    const steps = fc.array(fc.record({ name: fc.string(), ok: fc.boolean() }), { maxLength: 4 });
    const vitestStatus = fc.constantFrom(0, 1, 2, null);
    fc.assert(
      fc.property(counts, vitestStatus, steps, (c, s, st) => {
        const result = tally({ counts: c, vitestStatus: s, steps: st });
        const saysGreen = summaryLine(result).includes(' 0 failed');
        expect(result.exitCode === 0).toBe(saysGreen);
        // Green only when vitest succeeded and counted, and every step passed.
        if (saysGreen) expect(s === 0 && c !== undefined && st.every((x) => x.ok)).toBe(true);
      }),
    );
  });
});

describe('checkSteps (one process, several checks: the type check and ESLint)', () => {
  const step = { name: 'types and lint', ok: true, status: 0, seconds: 9, cpu: 8 };

  it('makes one step per check, so two failed checks count as two failures', () => {
    const steps = checkSteps({ ...step, ok: false, status: 1 }, [
      { name: 'types', ok: false, seconds: 4, cpu: 4 },
      { name: 'eslint', ok: false, seconds: 5, cpu: 4 },
    ]);
    expect(steps.map((s) => [s.name, s.ok, s.seconds])).toEqual([
      ['types', false, 4],
      ['eslint', false, 5],
    ]);
    expect(tally({ counts: { passed: 1, failed: 0, skipped: 0, problems: [] }, vitestStatus: 0, steps }).failed).toBe(
      2,
    );
  });

  it('fails a process that exited 0 without writing its results', () => {
    for (const written of [undefined, [], [{ name: 'types' }], 'nonsense', [null]]) {
      expect(checkSteps(step, written)).toEqual([{ ...step, ok: false, name: 'types and lint: wrote no results' }]);
    }
  });

  it('keeps the failed step of a process that wrote nothing', () => {
    const failed = { ...step, ok: false, status: 2 };
    expect(checkSteps(failed, undefined)).toEqual([failed]);
  });

  it('adds a failure when the process failed after writing only passing results', () => {
    const steps = checkSteps({ ...step, ok: false, status: 1 }, [{ name: 'types', ok: true }]);
    expect(steps.map((s) => s.ok)).toEqual([true, false]);
  });

  it('passes when every check passed and the process exited 0', () => {
    const steps = checkSteps(step, [
      { name: 'types', ok: true },
      { name: 'eslint', ok: true },
    ]);
    expect(steps.every((s) => s.ok)).toBe(true);
  });
});

describe('minutes', () => {
  it('rounds to the second before splitting, so the seconds never read 60', () => {
    expect(minutes(719.6)).toBe('12 min 0 s');
    expect(minutes(568.4)).toBe('9 min 28 s');
    expect(minutes(59.5)).toBe('1 min 0 s');
    expect(minutes(0)).toBe('0 min 0 s');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 86_400, noNaN: true }), (seconds) => {
        const [, m, s] = /^(\d+) min (\d+) s$/.exec(minutes(seconds)) ?? [];
        expect(Number(s)).toBeLessThan(60);
        expect(Number(m) * 60 + Number(s)).toBe(Math.round(seconds));
      }),
    );
  });
});
