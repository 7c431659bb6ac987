// Vite aliases that resolve the workspace packages to their sources, for everything that runs
// from source: the tests, the demo and Storybook. Without them, Vite would load each package from
// its dist/ build, which may be stale or missing. One list, so no tool resolves differently.
import { fileURLToPath } from 'node:url';

/** @param {string} path */
const source = (path) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

/**
 * `@balanse/core` and its subpaths, `@balanse/components` with its subpaths and `@balanse/react`.
 *
 * @type {{ find: RegExp; replacement: string }[]}
 */
export const SOURCE_ALIASES = [
  { find: /^@balanse\/core$/, replacement: source('core/src/index.ts') },
  // The subpaths (packages/core/package.json "exports"): each is a folder's index.ts.
  {
    find: /^@balanse\/core\/(schemas|messages|instrument|constants|synthetic)$/,
    replacement: source('core/src/$1/index.ts'),
  },
  { find: /^@balanse\/components$/, replacement: source('components/src/index.ts') },
  // `define/balanse-<folder>` is the element folder's define.ts.
  { find: /^@balanse\/components\/define\/balanse-(.*)$/, replacement: source('components/src/$1/define.ts') },
  { find: /^@balanse\/components\/themes\/(.*)$/, replacement: source('components/src/themes/$1') },
  { find: /^@balanse\/react$/, replacement: source('react/src/index.ts') },
];
