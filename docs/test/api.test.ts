/**
 * The core API reference in docs/api/core is generated from the TSDoc of @balanse/core by TypeDoc.
 * This test regenerates it into a temporary folder and fails if the committed pages differ, so the
 * reference never drifts from the code. Regenerate with `pnpm docs:api`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = join(root, 'docs', 'api', 'core');
const fresh = mkdtempSync(join(tmpdir(), 'balanse-api-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

// TypeDoc builds core's TypeScript program, which takes seconds on an idle machine and took 209 s
// in a full run at a load average of 21: more than the suite's 120 s test limit, which vitest also
// applies to a test that blocks (spawnSync) and fails it afterwards. This limit only catches a hang.
const TYPEDOC_LIMIT = 1_200_000;

describe('the core API reference', () => {
  it('is up to date with the TSDoc (regenerate with `pnpm docs:api`)', { timeout: TYPEDOC_LIMIT }, () => {
    const result = spawnSync(
      'pnpm',
      ['exec', 'typedoc', '--options', 'typedoc.json', '--out', fresh, '--logLevel', 'Warn'],
      {
        cwd: join(root, 'packages', 'core'),
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(files(committed)).toEqual(files(fresh));
    for (const file of files(fresh)) {
      expect(readFileSync(join(committed, file), 'utf8'), file).toBe(readFileSync(join(fresh, file), 'utf8'));
    }
  });
});
