import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CDN_BUDGET, ENTRY_BUDGETS } from './budgets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/** Bundles a built entry with everything it imports (Lit, core, zod), minified, as a bundler would. */
async function bundledSize(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [`${root}dist/${entry}.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return gzip(result.outputFiles[0]!.contents);
}

describe('size budgets (min+gzip)', () => {
  it('has a build to measure', () => {
    expect(existsSync(`${root}dist/index.js`), 'run `pnpm build` first').toBe(true);
  });

  for (const [entry, { budget }] of Object.entries(ENTRY_BUDGETS)) {
    it(`keeps ${entry} within ${(budget / 1024).toFixed(0)} kB`, async () => {
      const size = await bundledSize(entry);
      console.log(`${entry}: ${(size / 1024).toFixed(1)} kB of ${(budget / 1024).toFixed(0)} kB`);
      expect(size).toBeLessThanOrEqual(budget);
    });
  }

  it(`keeps the script-tag bundle within ${(CDN_BUDGET.budget / 1024).toFixed(0)} kB`, () => {
    const size = gzip(readFileSync(`${root}dist/cdn/balanse.js`));
    console.log(`cdn/balanse.js: ${(size / 1024).toFixed(1)} kB of ${(CDN_BUDGET.budget / 1024).toFixed(0)} kB`);
    expect(size).toBeLessThanOrEqual(CDN_BUDGET.budget);
  });
});
