// The dependencies each browser project's modules import, for Vite to pre-bundle before the first
// test file loads (`optimizeDeps.include`). Vite otherwise finds some of them only when a test
// file imports them mid-run (a lit directive one element uses, the modules the docs' compiled
// Svelte and React examples import), pre-bundles again and reloads the page under the running
// files: the react project's docs examples failed that way once, when `lit/directive.js` was
// found late. Listed here they are bundled once, at the start. The lists are what Vite's own
// optimizer metadata (node_modules/.vite/vitest/<hash>/deps/_metadata.json) recorded in a full
// run; add a package here when a browser module starts importing it.

/** Lit and the directives the elements use (packages/components/src). */
const LIT = [
  'lit',
  'lit/directive.js',
  'lit/directives/keyed.js',
  'lit/directives/live.js',
  'lit/directives/repeat.js',
];

/** The elements and core (zod/mini), which every browser project loads from their sources. */
const ELEMENTS = [...LIT, 'zod/mini'];

/** The components project: the elements and the axe checks of their tests. */
export const ELEMENT_DEPS = [...ELEMENTS, 'axe-core'];

/** The administrators' app: the elements, axe, and the QR code of a survey link (uqr). */
export const ADMIN_DEPS = [...ELEMENT_DEPS, 'uqr'];

/**
 * The React wrappers and the docs' framework examples: React (with the automatic JSX runtime),
 * Vue, and what Svelte's compiled output imports.
 */
export const REACT_DEPS = [
  ...ELEMENTS,
  '@lit/react',
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom/client',
  'vue',
  'svelte',
  'svelte/internal/client',
  'svelte/internal/disclose-version',
];

/**
 * Every story (Storybook's own modules are its addon's business): the elements, axe, and the
 * directives the stories use. Not uqr: the app's own dependency does not resolve from the
 * repository's root, where this project lives (left to the scan Vite makes of the stories at its start).
 */
export const STORY_DEPS = [...ELEMENT_DEPS, 'lit/directives/ref.js', 'lit/directive-helpers.js'];
