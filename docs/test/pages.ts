/**
 * The element pages: each element's page is the README.md of its folder
 * (packages/components/src/<folder>/README.md), beside the code it documents. The walkers of
 * docs/ (links, code examples) add these pages to the ones under docs/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { elementFolders, TAG_PREFIX } from '../../packages/components/scripts/elements.js';

/** The page of the element `tag` (`balanse-zone-map`), under the repository root `root`. */
export const elementPage = (root: string, tag: string): string =>
  join(root, 'packages', 'components', 'src', tag.slice(TAG_PREFIX.length), 'README.md');

/** Every element folder's page that exists (a folder without one fails the folder-shape test). */
export const elementPages = (root: string): string[] =>
  elementFolders(join(root, 'packages', 'components', 'src'))
    .map(({ tag }) => elementPage(root, tag))
    .filter((path) => existsSync(path));
