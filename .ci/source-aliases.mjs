// Vite aliases that resolve the workspace packages to their sources, for everything that runs
// from source: the tests, the demo and Storybook. Without them, Vite would load each package from
// its dist/ build, which may be stale or missing. One list, so no tool resolves differently.
import { fileURLToPath } from 'node:url';

const source = (path) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

/** `@balanse/core`, `@balanse/core/synthetic`, `@balanse/components` with its subpaths and `@balanse/react`. */
export const SOURCE_ALIASES = [
  { find: /^@balanse\/core$/, replacement: source('core/src/index.ts') },
  { find: /^@balanse\/core\/synthetic$/, replacement: source('core/src/synthetic/index.ts') },
  { find: /^@balanse\/components$/, replacement: source('components/src/index.ts') },
  { find: /^@balanse\/components\/define\/(.*)$/, replacement: source('components/src/define/$1.ts') },
  { find: /^@balanse\/components\/themes\/(.*)$/, replacement: source('components/src/themes/$1') },
  { find: /^@balanse\/react$/, replacement: source('react/src/index.ts') },
];
