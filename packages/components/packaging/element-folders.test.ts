/**
 * Every element folder of src/ has the one shape (scripts/element-shape.ts; CONTRIBUTING.md, "Add
 * an element"): element, styles, strings and their parity test, define file, tests, suite test,
 * stories and docs page, and it is registered in the package's index, the script-tag entry, the
 * size budgets, `sideEffects`, the React wrappers and the docs' index. The checker is also run on a
 * copy of a folder with one part taken away, so that it is known to fail.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PARTS, shapeProblems, type Registrations } from '../scripts/element-shape.js';
import { elementFolders, SRC } from '../scripts/elements.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const REGISTRATIONS: Registrations = {
  index: join(SRC, 'index.ts'),
  cdn: join(SRC, 'cdn.ts'),
  packageJson: join(repo, 'packages/components/package.json'),
  budgets: join(repo, 'packages/components/packaging/budgets.ts'),
  react: join(repo, 'packages/react/src/index.ts'),
  docsIndex: join(repo, 'docs/README.md'),
};

describe('element folders', () => {
  it('are found: every folder of src/ but base/ and themes/', () => {
    // A folder that is not an element (a helper folder) fails the shape below, which is the point:
    // what every element shares belongs in base/.
    expect(elementFolders().length).toBeGreaterThanOrEqual(5);
  });

  it.each(elementFolders().map((e) => e.folder))('%s has the shape and is registered', (folder) => {
    expect(shapeProblems(SRC, folder, REGISTRATIONS)).toEqual([]);
  });

  describe('the checker', () => {
    const copy = mkdtempSync(join(tmpdir(), 'balanse-shape-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(join(SRC, 'zone-map'), join(copy, 'zone-map'), { recursive: true });

    it.each(PARTS.map((part) => part.file.replace('<folder>', 'zone-map')))('names a missing %s', (file) => {
      const dir = join(copy, `without-${file}`);
      cpSync(join(copy, 'zone-map'), join(dir, 'zone-map'), { recursive: true });
      rmSync(join(dir, 'zone-map', file));
      expect(shapeProblems(dir, 'zone-map')).toEqual([expect.stringContaining(`zone-map/${file} is missing`)]);
    });

    it('names a define file that registers another tag', () => {
      const dir = join(copy, 'wrong-define');
      cpSync(join(copy, 'zone-map'), join(dir, 'zone-map'), { recursive: true });
      writeFileSync(
        join(dir, 'zone-map', 'define.ts'),
        "import { BalanseZoneMap } from './zone-map.js';\nBalanseZoneMap.define('balanse-map');\n",
      );
      expect(shapeProblems(dir, 'zone-map')).toEqual([
        expect.stringContaining('lacks a `.define(<tag>)` call'),
        expect.stringContaining('lacks its HTMLElementTagNameMap entry'),
      ]);
    });

    it('names an element left out of the registrations', () => {
      const problems = shapeProblems(copy, 'zone-map', { ...REGISTRATIONS, cdn: join(copy, 'absent.ts') });
      expect(problems).toEqual([expect.stringContaining('src/cdn.ts (ELEMENTS) lacks')]);
    });
  });
});
