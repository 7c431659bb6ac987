import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CDN_BUDGETS, ENTRY_BUDGETS, KB, type Budget } from './budgets.js';
import { appChunks, gzipSize, type AppChunks } from './measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/** `define/balanse-survey: 22.9 kB (ceiling 23.5 kB; target 25.0 kB, met)`. */
function report(name: string, size: number, { ceiling, target }: Budget): void {
  const goal =
    target === undefined ? '' : `; target ${kB(target)}, ${size <= target ? 'met' : `${kB(size - target)} over`}`;
  console.log(`${name}: ${kB(size)} (ceiling ${kB(ceiling)}${goal})`);
}

describe('size budgets (min+gzip)', () => {
  it('has a build to measure', () => {
    expect(existsSync(`${root}dist/index.js`), 'run `pnpm build` first').toBe(true);
  });

  describe('define entries, built by Vite as an app ships them', () => {
    const measured = new Map<string, AppChunks>();
    beforeAll(async () => {
      for (const entry of Object.keys(ENTRY_BUDGETS))
        measured.set(entry, await appChunks(root, `${root}dist/${entry}.js`));
    });

    for (const [entry, { initial, lazy }] of Object.entries(ENTRY_BUDGETS)) {
      it(`keeps ${entry} within ${kB(initial.ceiling)}`, () => {
        const size = measured.get(entry)!.initial;
        report(`${entry} (initial)`, size, initial);
        expect(size).toBeLessThanOrEqual(initial.ceiling);
      });

      for (const [name, budget] of Object.entries(lazy)) {
        it(`keeps ${entry}'s lazy ${name} chunk within ${kB(budget.ceiling)}`, () => {
          const size = measured.get(entry)!.lazy[name];
          expect(size, `no chunk for ${name}: is it still loaded with import()?`).toBeDefined();
          report(`${entry} (lazy ${name})`, size!, budget);
          expect(size).toBeLessThanOrEqual(budget.ceiling);
        });
      }

      it(`budgets every chunk ${entry} loads lazily`, () => {
        expect(Object.keys(measured.get(entry)!.lazy).sort()).toEqual(Object.keys(lazy).sort());
      });
    }
  });

  describe('script-tag bundles, as served', () => {
    it('budgets every bundle in dist/cdn', () => {
      const built = readdirSync(`${root}dist/cdn`)
        .filter((file) => file.endsWith('.js'))
        .map((file) => `cdn/${file.replace(/\.js$/, '')}`);
      expect(built.sort()).toEqual(Object.keys(CDN_BUDGETS).sort());
    });

    for (const [bundle, budget] of Object.entries(CDN_BUDGETS)) {
      const name = bundle === 'cdn/balanse' ? 'the script-tag bundle' : bundle;
      it(`keeps ${name} within ${kB(budget.ceiling)}`, () => {
        const size = gzipSize(readFileSync(`${root}dist/${bundle}.js`));
        report(bundle, size, budget);
        expect(size).toBeLessThanOrEqual(budget.ceiling);
      });
    }
  });
});
