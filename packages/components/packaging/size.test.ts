import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@balanse/core';
import { CDN_BUDGETS, CDN_LAZY_BUDGETS, ENTRY_BUDGETS, KB, type Budget } from './budgets.js';
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

  describe('the script-tag build, as served', () => {
    const dir = `${root}dist/cdn/`;
    const built = JSON.parse(readFileSync(`${dir}chunks.json`, 'utf8')) as CdnChunks;
    const size = (files: Iterable<string>) =>
      [...new Set(files)].reduce((sum, file) => sum + gzipSize(readFileSync(`${dir}${file}`)), 0);
    /** What loads before `tags` can render, in the language that weighs most. */
    const before = (tags: readonly string[]) =>
      Math.max(
        ...LOCALES.map((locale) =>
          size([
            built.entry,
            ...tags.flatMap((tag) => [...built.elements[tag]!.js, ...(built.elements[tag]!.texts[locale] ?? [])]),
          ]),
        ),
      );
    const tags = Object.keys(built.elements);
    const measured: Record<keyof typeof CDN_BUDGETS, number> = {
      survey: before(['balanse-survey']),
      every: before(tags),
      'balanse-zone-map': before(['balanse-zone-map']),
      'balanse-balance-board': before(['balanse-balance-board']),
      'balanse-style-advisor': before(['balanse-style-advisor']),
      'balanse-report': before(['balanse-report']),
    };

    it('records every file it built, and budgets every element', () => {
      const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
      expect(files.sort()).toEqual(Object.keys(built.files).sort());
      expect(tags.sort()).toEqual(
        Object.keys(CDN_BUDGETS)
          .filter((name) => name.startsWith('balanse-'))
          .concat('balanse-survey')
          .sort(),
      );
    });

    for (const [name, budget] of Object.entries(CDN_BUDGETS) as [keyof typeof CDN_BUDGETS, Budget][]) {
      const label = name === 'survey' ? 'the survey page' : name === 'every' ? 'a page with every element' : name;
      it(`keeps what loads before ${label} can render within ${kB(budget.ceiling)}`, () => {
        report(`cdn: before ${label} renders`, measured[name], budget);
        expect(measured[name]).toBeLessThanOrEqual(budget.ceiling);
      });
      if (budget.target !== undefined) {
        it(`holds ${label} at its target once it is met`, () => {
          // A met target is the ceiling: no room to grow back above it unnoticed.
          if (measured[name] <= budget.target!) expect(budget.ceiling).toBe(budget.target);
          else expect(budget.ceiling).toBeGreaterThan(budget.target!);
        });
      }
    }

    it('budgets every lazy chunk', () => {
      const lazy = Object.values(built.files).filter((file) => file.role === 'lazy');
      expect(lazy.map((file) => file.of).sort()).toEqual(Object.keys(CDN_LAZY_BUDGETS).sort());
    });

    for (const [name, budget] of Object.entries(CDN_LAZY_BUDGETS)) {
      it(`keeps the lazy ${name} chunk within ${kB(budget.ceiling)}`, () => {
        const file = Object.entries(built.files).find(([, f]) => f.role === 'lazy' && f.of === name)?.[0];
        expect(file, `no lazy chunk for ${name}`).toBeDefined();
        const bytes = size([file!]);
        report(`cdn: lazy ${name}`, bytes, budget);
        expect(bytes).toBeLessThanOrEqual(budget.ceiling);
      });
    }
  });
});

interface CdnChunks {
  entry: string;
  elements: Record<string, { js: string[]; texts: Partial<Record<Locale, string[]>> }>;
  files: Record<string, { role: string; of?: string; locale?: Locale }>;
}
