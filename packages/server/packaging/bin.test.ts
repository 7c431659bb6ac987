/**
 * The packed @balanse/server runs as `balanse-server`: its bin starts with a shebang, and the
 * migrations it reads at run time are in the package. (publint and are-the-types-wrong run on it
 * in packages/core/packaging/publish.test.ts.) Needs `pnpm build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../src/db/migrate.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'balanse-server-pack-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('the packed @balanse/server', () => {
  it('has its bin with a shebang, every migration, and no sources or tests', () => {
    execFileSync('pnpm', ['pack', '--pack-destination', outDir], { cwd: pkgDir, stdio: 'pipe' });
    const tarball = join(
      outDir,
      readdirSync(outDir).find((f) => f.endsWith('.tgz'))!,
    );
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin['balanse-server']).toBe('./dist/cli.js');
    expect(files).toContain('package/dist/cli.js');
    for (const m of loadMigrations()) expect(files).toContain(`package/dist/migrations/${m.name}.sql`);
    expect(files.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(false);
    expect(readFileSync(join(pkgDir, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });
});
