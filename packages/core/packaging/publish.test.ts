/**
 * What npm users get: each package is packed exactly as `pnpm publish` would pack it, then
 * checked with publint (package.json, exports, files) and are-the-types-wrong (types resolve for
 * every import path under Node 16+ and bundlers). Needs `pnpm build` first (the test command does).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'balanse-pack-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function pack(name: string): string {
  execFileSync('pnpm', ['pack', '--pack-destination', outDir], { cwd: join(packagesDir, name), stdio: 'pipe' });
  const tarball = readdirSync(outDir).find((file) => file.startsWith(`balanse-${name}-`) && file.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`);
  return join(outDir, tarball);
}

describe.each(['core', 'components', 'react', 'server'])('the packed @balanse/%s', (name) => {
  const pkgDir = join(packagesDir, name);
  let tarball = '';
  beforeAll(() => {
    tarball = pack(name);
  });
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };

  it('lists `types` first in every export condition', () => {
    for (const [path, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'object' && target !== null)
        expect(Object.keys(target)[0], `exports["${path}"]`).toBe('types');
    }
    expect(manifest.exports['./package.json']).toBe('./package.json');
  });

  it('passes publint with no errors or warnings', async () => {
    const bytes = readFileSync(tarball);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: 'warning' });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it('passes are-the-types-wrong for ESM consumers', () => {
    const result = spawnSync('pnpm', ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {
      cwd: pkgDir,
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
