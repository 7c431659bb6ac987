/**
 * The elements of this package, found by their folders: every folder of src/ except the shared
 * ones (base/, themes/) is one element's folder, all of one shape (CONTRIBUTING.md, "An element's
 * folder"; test/element-folders.test.ts checks it). Its `define.ts` registers `balanse-<folder>`,
 * published as `@balanse/components/define/balanse-<folder>`. One list for the npm build
 * (tsup.config.ts), the script-tag build, the packaging tests, the docs and `pnpm new:element`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/components/src. */
export const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Folders of src/ that hold what every element shares, not an element. */
export const SHARED_FOLDERS: readonly string[] = ['base', 'themes'];

/** The prefix of every tag; the folder is the tag without it. */
export const TAG_PREFIX = 'balanse-';

export interface ElementFolder {
  /** The folder's name under src/: `zone-map`. */
  readonly folder: string;
  /** The tag its define file registers: `balanse-zone-map`. */
  readonly tag: string;
  /** The define file's path. */
  readonly define: string;
}

/** Every element folder of `src`, by name. */
export function elementFolders(src: string = SRC): ElementFolder[] {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SHARED_FOLDERS.includes(entry.name))
    .map((entry) => ({
      folder: entry.name,
      tag: `${TAG_PREFIX}${entry.name}`,
      define: join(src, entry.name, 'define.ts'),
    }))
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The element folders whose define file exists (a folder without one fails the shape test). */
export const definedElements = (src: string = SRC): ElementFolder[] =>
  elementFolders(src).filter((element) => existsSync(element.define));
