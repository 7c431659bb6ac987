/**
 * The three pages of the render benchmark, all showing the same first page: the built-in
 * instrument's items 1–8 in bokmål, each a radio group with the same five labelled options.
 *
 * - `balanse`: `<balanse-survey>` from the script-tag entry (dist/cdn/balanse.js, which loads the
 *   survey's chunks and its language's texts from its folder) and the default theme, as an
 *   intranet page would load it.
 * - `balanse-ssr`: the survey as the server's survey page sends it (packages/server): the element
 *   rendered by @lit-labs/ssr with its first page as declarative shadow DOM, its chunks preloaded,
 *   then the same script-tag entry, which hydrates it.
 * - `balanse-alone` (with ALONE=1): the same page with the survey's define entry built by Vite as
 *   an app ships it (packaging/measure.ts): its entry chunk; the lazy chunk is not loaded.
 * - `base-balanse`, `base-balanse-ssr` (with BASELINE=<components folder of another checkout,
 *   built>): the two pages above from that build, under `/base/`: a baseline in the same run.
 * - `surveyjs`: SurveyJS (survey-core + survey-js-ui, UMD builds as its docs load them) with its
 *   default theme, given all 40 items in 5 pages of 8.
 * - `floor`: hand-written HTML without any framework or script: the first page's 8 items as
 *   radio groups. Nothing that renders these items can be faster than the browser parsing them.
 * - `script-floor`: the floor's markup written by a tiny module script: the floor of any widget
 *   that arrives by script tag.
 *
 * Every page starts with the same detection script (`DETECT`), so the figures mean the same.
 */
import { instrument, localize } from '@balanse/core';

export const PAGES = ['balanse', 'balanse-ssr', 'surveyjs', 'script-floor', 'floor'] as const;
/**
 * With ALONE=1: the survey from its own define entry, bundled as an app's bundler would. With
 * COMPARE=<file>: the survey from another build of a script-tag bundle (before and after a change).
 */
export type PageName = (typeof PAGES)[number] | 'balanse-alone' | 'compare' | BaselinePage;
/** With BASELINE=<folder>: the two Balanse pages from another build (main's, say), served under `/base/`. */
export const BASELINE_PAGES = ['base-balanse', 'base-balanse-ssr'] as const;
export type BaselinePage = (typeof BASELINE_PAGES)[number];

/**
 * Records `window.__rendered = performance.now()` (ms since navigation start) the first time 8
 * elements with role="radiogroup" exist with their 40 radios and all 8 have a non-zero box. It
 * checks after every DOM mutation (a MutationObserver on the document and, through a wrapped
 * `attachShadow`, on every shadow root) and on every animation frame, and reads boxes with
 * getBoundingClientRect, so layout is part of what is measured. Declarative shadow roots (the server-rendered page) are
 * found by looking for elements that have one.
 *
 * Also records `window.__answerable`: when a respondent's answer is taken. For `<balanse-survey>`
 * that is when its first update is complete (rendered, or the server's DOM hydrated: its change
 * listener is attached); on the other pages the radios work as soon as they are shown (the
 * benchmark then uses `__rendered`).
 */
const DETECT = `(() => {
  const roots = [document];
  const observer = new MutationObserver(check);
  customElements.whenDefined('balanse-survey')
    .then(() => document.querySelector('balanse-survey').updateComplete)
    .then(() => { window.__answerable = performance.now(); });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  observer.observe(document, { childList: true, subtree: true });
  function check() {
    if (window.__rendered !== undefined) return;
    for (const host of document.querySelectorAll('*')) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) {
        roots.push(host.shadowRoot);
        observer.observe(host.shadowRoot, { childList: true, subtree: true });
      }
    }
    const groups = roots.flatMap((root) => [...root.querySelectorAll('[role="radiogroup"]')]).slice(0, 8);
    if (groups.length < 8) return;
    for (const group of groups) {
      const box = group.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
    }
    // All their options too: the parser may have inserted the 8th group and not yet its radios.
    const radios = groups.reduce((n, group) => n + group.querySelectorAll('input[type="radio"]').length, 0);
    if (radios < 40) return;
    window.__rendered = performance.now();
    window.__radios = radios;
    observer.disconnect();
  }
  (function frame() {
    check();
    if (window.__rendered === undefined) requestAnimationFrame(frame);
  })();
})();`;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const head = (title: string, extra: string) => `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>${DETECT}</script>
${extra}
</head>`;

// The built-in instrument has its pages and its bokmål labels; their types leave them optional. A
// missing one shows as fewer radios than 40, which the benchmark refuses to time.
const labels = instrument.responseLabels.nb ?? [];
const instrumentPages = instrument.pages ?? [];
const title = localize(instrument.title, 'nb');
const instructions = localize(instrument.instructions.team, 'nb');
const items = instrument.items.map((item) => ({ id: item.id, text: localize(item.text, 'nb') }));
const textOf = new Map(items.map((item) => [item.id, item.text]));

/**
 * The server's survey page (packages/server/src/pages/html.ts) as far as rendering goes: the
 * theme, the chunks the entry will load preloaded, the entry, and the server-rendered element.
 */
function balanseSsr(rendered = '', preloads: readonly string[] = [], prefix = ''): string {
  const links = preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('\n');
  return `${head('balanse-survey, server-rendered', `<link rel="stylesheet" href="${prefix}/default.css">\n${links}\n<script type="module" src="${prefix}/balanse.js"></script>`)}
<body>
${rendered}
</body>
</html>`;
}

function balanse(script = '/balanse.js', prefix = ''): string {
  return `${head('balanse-survey', `<link rel="stylesheet" href="${prefix}/default.css">\n<script type="module" src="${script}"></script>`)}
<body>
<balanse-survey survey-id="bench"></balanse-survey>
</body>
</html>`;
}

function surveyjs(): string {
  const json = {
    title,
    description: instructions,
    pages: instrumentPages.map((ids, p) => ({
      name: `page${p + 1}`,
      elements: ids.map((id) => ({
        type: 'radiogroup',
        name: id,
        title: textOf.get(id) ?? id,
        choices: labels.map((text, i) => ({ value: i + 1, text })),
      })),
    })),
  };
  return `${head(
    'SurveyJS',
    '<link rel="stylesheet" href="/survey-core.min.css">\n<script src="/survey.core.min.js"></script>\n<script src="/survey-js-ui.min.js"></script>',
  )}
<body>
<div id="survey"></div>
<script>
new Survey.Model(${JSON.stringify(json)}).render(document.getElementById('survey'));
</script>
</body>
</html>`;
}

const FLOOR_STYLE =
  '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto}fieldset{display:grid;grid-template-columns:repeat(5,1fr);gap:4px;margin:0 0 1rem}legend{font-weight:600}label{min-height:44px;border:1px solid #737d8c;border-radius:4px;padding:4px}</style>';

/** The floor's content: the first page's 8 items as radio groups, and the Next button. */
function floorBody(): string {
  const group = (
    item: { id: string; text: string },
    n: number,
  ) => `<fieldset role="radiogroup" aria-labelledby="t-${item.id}">
<legend id="t-${item.id}">${n}. ${escape(item.text)}</legend>
${labels.map((label, i) => `<label><input type="radio" name="${item.id}" value="${i + 1}"> ${escape(label)}</label>`).join('\n')}
</fieldset>`;
  return `<h2>${escape(title)}</h2>
<p>${escape(instructions)}</p>
<h3>Side 1 av 5</h3>
${(instrumentPages[0] ?? []).map((id, n) => group({ id, text: textOf.get(id) ?? id }, n + 1)).join('\n')}
<button type="button">Neste</button>`;
}

function floor(): string {
  return `${head('floor', FLOOR_STYLE)}
<body>
${floorBody()}
</body>
</html>`;
}

/**
 * The floor's markup written into the page by a module script of 5 kB (`script-floor.js`): what
 * any script-tag widget pays before its own code runs (a second request, a module to compile).
 */
function scriptFloor(): string {
  return `${head('script floor', `${FLOOR_STYLE}\n<script type="module" src="/script-floor.js"></script>`)}
<body>
</body>
</html>`;
}

/** The module of `script-floor`: the floor's markup, set as the body's HTML. */
export const scriptFloorModule = (): string => `document.body.innerHTML = ${JSON.stringify(floorBody())};\n`;

/** A server rendering of the survey: its HTML and the chunks the server preloads for it. */
export interface Rendered {
  rendered: string;
  preloads: readonly string[];
}

/** What the pages need that the build names: the entry chunk of `balanse-alone`, the server's rendering for `balanse-ssr`. */
export interface PageInputs {
  aloneEntry?: string;
  rendered?: string;
  preloads?: readonly string[];
  /** The baseline build's rendering, its preloads under `/base/`. */
  base?: Rendered;
}

/** The pages. */
export const html: Record<PageName, (inputs: PageInputs) => string> = {
  balanse: () => balanse(),
  'balanse-ssr': ({ rendered, preloads }) => balanseSsr(rendered, preloads),
  'balanse-alone': ({ aloneEntry = '/alone.js' }) => balanse(aloneEntry),
  compare: () => balanse('/compare.js'),
  'base-balanse': () => balanse('/base/balanse.js', '/base'),
  'base-balanse-ssr': ({ base }) => balanseSsr(base?.rendered, base?.preloads, '/base'),
  surveyjs,
  'script-floor': scriptFloor,
  floor,
};
