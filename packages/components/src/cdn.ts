/**
 * The script-tag entry, `dist/cdn/balanse.js`: the one module a page loads with
 * `<script type="module">`. It holds Lit and the base every element shares, finds the Balanse
 * elements of the page and, for each kind it finds, loads that element's code and the texts of
 * its language from the chunks in the same folder (imported relative to this module's own URL, so
 * the folder can live anywhere). Elements added later are found when they are added. Nothing is
 * loaded for an element the page does not show; core's validation, the other languages and each
 * element's lazy parts load later still, when an element needs them. Built by build/cdn.ts.
 */
import type { Locale } from '@balanse/core';
import { resolveLang, toLocale } from './base/locale.js';
import { waitForTexts } from './base/texts-gate.js';

/**
 * The base class of every element, for pages that build on it. Exported from here so that Lit and
 * the base arrive with this module, and each element's chunk holds only that element.
 */
export { BalanseElement } from './base/balanse-element.js';

// Texts arrive per language in this build: elements wait for theirs (before any element is defined).
waitForTexts();

/** Tag → its define module. build/cdn.ts fails when a define module is missing here. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'balanse-survey': () => import('./survey/define.js'),
  'balanse-zone-map': () => import('./zone-map/define.js'),
  'balanse-balance-board': () => import('./balance-board/define.js'),
  'balanse-style-advisor': () => import('./style-advisor/define.js'),
  'balanse-report': () => import('./report/define.js'),
};

/**
 * The build writes a table in place of this mark (build/cdn.ts): per tag, every file the element
 * loads (its chunk, the chunks it imports, its texts in each language), space-separated and
 * without `.js`; a text file's name starts with `texts-<language>-`. Without it (the sources run
 * as they are) the elements still load, one import after another instead of all at once.
 */
const TABLE = ((json: string): Readonly<Record<string, string>> =>
  json.startsWith('{') ? (JSON.parse(json) as Record<string, string>) : {})('__BALANSE_CHUNKS__');
const TAGS = Object.keys(ELEMENTS);
/** Every tag this build can load that is not defined yet. */
const UNDEFINED = TAGS.map((tag) => `${tag}:not(:defined)`).join(',');

const requested = new Set<string>();
const loading = new Map<string, Promise<void>>();

/**
 * Starts fetching `file` (once) beside the element's own import, so that the element's chunk, the
 * chunks it imports and its texts travel together rather than one round trip after another. A
 * failure here is the element's to report: it imports the same files itself.
 */
function prefetch(file: string): void {
  const url = new URL(file, import.meta.url).href;
  if (requested.has(url)) return;
  requested.add(url);
  import(/* @vite-ignore */ url).catch(() => requested.delete(url));
}

/**
 * Lit's hydration (src/hydrate.ts), loaded once a server-rendered element is found: it must run
 * before such an element is defined. Pages with no server-rendered element never load it.
 */
let hydration: Promise<unknown> | undefined;

/**
 * Loads the element `tag` and, in parallel, its texts in `locales`; after Lit's hydration when
 * `rendered` (the server sent an element's shadow DOM), since defining it is what starts its
 * hydration. A server that renders elements preloads their chunks (`<link rel="modulepreload">`).
 */
function load(tag: string, locales: Iterable<Locale>, rendered: boolean): Promise<void> {
  const texts = [...locales].map((locale) => `texts-${locale}-`);
  const files = TABLE[tag]?.split(' ') ?? [];
  for (const file of files) if (texts.some((prefix) => file.startsWith(prefix))) prefetch(`${file}.js`);
  const define = ELEMENTS[tag];
  // Only the tags of UNDEFINED are looked up: every one has its loader.
  if (!define) return Promise.resolve();
  const ready = rendered ? (hydration ??= import('./hydrate.js')) : Promise.resolve();
  let done = loading.get(tag);
  if (!done) {
    done = ready
      .then(() => {
        for (const file of files) if (!file.startsWith('texts-')) prefetch(`${file}.js`);
        return define();
      })
      .then(() => undefined);
    // A failed load (the network) may be tried again by the next discovery.
    done.catch(() => loading.delete(tag));
    loading.set(tag, done);
  }
  return done;
}

/** The elements of `root` (itself included) that this build can load and that are not defined yet. */
const undefinedIn = (root: ParentNode): Element[] => [
  ...(root instanceof Element && root.matches(UNDEFINED) ? [root] : []),
  ...root.querySelectorAll(UNDEFINED),
];

/**
 * Loads every Balanse element in `root` (itself included) that is not defined yet; the entry does
 * this for the document when it runs and for whatever is added to it later. Call it for elements
 * inside a shadow root of your own, which the page's search cannot see. Resolves when their code
 * has run.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const byTag = new Map<string, Set<Locale>>();
  /** Tags of which an element arrived with its shadow DOM: a declarative shadow root from the server. */
  const rendered = new Set<string>();
  for (const element of undefinedIn(root)) {
    const locales = byTag.get(element.localName) ?? new Set<Locale>();
    locales.add(toLocale(resolveLang(element)));
    byTag.set(element.localName, locales);
    if (element.shadowRoot) rendered.add(element.localName);
  }
  return Promise.all([...byTag].map(([tag, locales]) => load(tag, locales, rendered.has(tag)))).then(() => undefined);
}

if (typeof document !== 'undefined') {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node).catch(() => undefined);
    // Once every element is loaded there is nothing left to look for.
    if (TAGS.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  void discover().catch((error: unknown) => console.error('Balanse: an element could not be loaded', error));
}
