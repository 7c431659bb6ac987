/**
 * Projects whose test files share one module graph per worker (`isolate: false` in their vitest
 * config: a file's imports are not loaded afresh for it) stay safe only while no test file changes
 * a module or a global for the files after it. This test keeps it so: none of their test files
 * mocks a module, spies on or stubs an export, a global or the environment, or fakes the clock
 * (each of which would leak into the next file on the same worker).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The projects with `isolate: false`, and the folders of the test files each includes. */
const SHARED = [
  { config: 'packages/core/vitest.config.ts', folders: ['packages/core/src', 'packages/core/golden'] },
  { config: 'packages/server/vitest.config.ts', folders: ['packages/server/test'] },
];

/** The test files and their helpers: every TypeScript file of the folder. */
const testFiles = (folder: string) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));

const LEAKY = /\bvi\s*\.\s*(mock|doMock|hoisted|spyOn|stubGlobal|stubEnv|useFakeTimers|mocked)\b/;

describe('projects that share modules between their test files', () => {
  for (const { config, folders } of SHARED) {
    it(`${config} still says isolate: false`, () => {
      expect(readFileSync(join(root, config), 'utf8')).toMatch(/\bisolate: false\b/);
    });

    it(`no test file or helper of ${config} mocks, spies, stubs or fakes the clock`, () => {
      const files = folders.flatMap(testFiles);
      expect(files.length).toBeGreaterThan(0);
      const leaky = files.filter((file) => LEAKY.test(readFileSync(join(root, file), 'utf8')));
      expect(leaky).toEqual([]);
    });
  }
});
