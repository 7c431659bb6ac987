/**
 * The render benchmark's pages and files, served from memory on 127.0.0.1 (so disk reads never
 * land in a measurement), for run.ts (timings) and profile.ts (where the time goes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appBuild } from '../../packaging/measure.js';
import {
  BASELINE_PAGES,
  html,
  PAGES,
  scriptFloorModule,
  type PageInputs,
  type PageName,
  type Rendered,
} from './pages.js';

const components = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

/** The folder of an installed package (its main file's folder: these two export no package.json). */
function packageDir(name: string): string | undefined {
  try {
    return dirname(require.resolve(name));
  } catch {
    return undefined;
  }
}

export interface Served {
  origin: string;
  pages: PageName[];
  /** Uncompressed bytes served for a route. */
  bytes(route: string): number;
  close(): void;
}

export interface ServeOptions {
  /** Also the survey's define entry built by Vite as an app ships it (page `balanse-alone`). */
  alone?: boolean;
  /** Also this script-tag bundle, another build to compare with (page `compare`). */
  compare?: string;
  /**
   * Also the Balanse pages from another build: the `packages/components` folder of another
   * checkout (main's, say), built; its files are served under `/base/` (pages `base-balanse`,
   * `base-balanse-ssr`).
   */
  baseline?: string;
  /**
   * What the baseline's server preloads: `closure` (the default: hydration's chunk with what it
   * imports and the texts that registers, read from its chunks.json's `lazy`, as the server does
   * now) or `own` (only hydration's own chunk, as a server built before that record did).
   */
  baselinePreloads?: 'closure' | 'own';
  /** Only these pages. */
  only?: readonly PageName[];
}

export async function serve({
  alone = false,
  compare,
  baseline,
  baselinePreloads = 'closure',
  only,
}: ServeOptions = {}): Promise<Served> {
  if (!existsSync(join(components, 'dist/cdn/chunks.json'))) {
    throw new Error('dist/cdn is missing: build the packages first (pnpm bench:render does).');
  }
  const base = baseline === undefined ? undefined : resolve(baseline);
  if (base && !existsSync(join(base, 'dist/cdn/chunks.json')))
    throw new Error(`BASELINE: ${base} is not a built packages/components folder (no dist/cdn/chunks.json)`);
  const surveyCore = packageDir('survey-core');
  const surveyUi = packageDir('survey-js-ui');
  let pages: PageName[] = surveyCore && surveyUi ? [...PAGES] : PAGES.filter((page) => page !== 'surveyjs');
  if (!pages.includes('surveyjs'))
    console.warn('survey-core and survey-js-ui are not installed: measuring without SurveyJS.');
  if (alone) pages.unshift('balanse-alone');
  if (compare) pages.unshift('compare');
  if (base) pages.unshift(...BASELINE_PAGES);
  if (only) pages = pages.filter((page) => only.includes(page));

  const bodies = new Map<string, [Buffer, string]>();
  const file = (route: string, path: string, type: string) => bodies.set(route, [readFileSync(path), type]);
  // The script-tag folder as a host serves it: the entry and its chunks side by side.
  const folder = (prefix: string, dir: string) => {
    for (const name of readdirSync(join(dir, 'dist/cdn')).filter((f) => f.endsWith('.js')))
      file(`${prefix}/${name}`, join(dir, 'dist/cdn', name), 'text/javascript');
    file(`${prefix}/default.css`, join(dir, 'src/themes/default.css'), 'text/css');
  };
  folder('', components);
  if (base) folder('/base', base);
  if (compare) file('/compare.js', compare, 'text/javascript');
  bodies.set('/script-floor.js', [Buffer.from(scriptFloorModule()), 'text/javascript']);
  if (surveyCore && surveyUi) {
    file('/survey.core.min.js', join(surveyCore, 'survey.core.min.js'), 'text/javascript');
    file('/survey-core.min.css', join(surveyCore, 'survey-core.min.css'), 'text/css');
    file('/survey-js-ui.min.js', join(surveyUi, 'survey-js-ui.min.js'), 'text/javascript');
  }
  let aloneEntry: string | undefined;
  if (pages.includes('balanse-alone')) {
    // Every chunk at its place in the app's output; the page loads the entry chunk, and the lazy
    // chunk (custom-instrument validation) stays unloaded, as on a page with the built-in instrument.
    for (const chunk of (await appBuild(components, join(components, 'dist/define/balanse-survey.js'))).values()) {
      bodies.set(`/${chunk.fileName}`, [Buffer.from(chunk.code), 'text/javascript']);
      if (chunk.isEntry) aloneEntry = `/${chunk.fileName}`;
    }
  }
  const inputs: PageInputs = aloneEntry ? { aloneEntry } : {};
  if (pages.includes('balanse-ssr')) Object.assign(inputs, serverRendered(components, '', true));
  if (base && pages.includes('base-balanse-ssr'))
    inputs.base = serverRendered(base, '/base', baselinePreloads !== 'own');
  for (const page of pages) bodies.set(`/${page}`, [Buffer.from(html[page](inputs)), 'text/html; charset=utf-8']);

  const server = createServer((req, res) => {
    const found = bodies.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': found[1], 'content-length': found[0].length, 'cache-control': 'no-store' });
    res.end(found[0]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    bytes: (route) => bodies.get(route === '/alone.js' && aloneEntry ? aloneEntry : route)?.[0].length ?? 0,
    close: () => server.close(),
  };
}

/**
 * `<balanse-survey>` rendered as the server renders it (packages/server/src/pages/survey-ssr.ts):
 * @lit-labs/ssr over the built element of the components folder `dir`, in bokmål; and the chunks
 * the server preloads for it (Lit's hydration, the survey's code, its texts), from chunks.json and
 * the files, under `prefix`. In a process of its own, with that folder's own Lit and @lit-labs/ssr, so that
 * two builds of the element never meet in one registry.
 */
function serverRendered(dir: string, prefix: string, closure: boolean): Rendered {
  const script = `
    const [{ render }, { collectResultSync }, { html }] = await Promise.all([
      import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('lit'),
    ]);
    await import(${JSON.stringify(pathToFileURL(join(dir, 'dist/define/balanse-survey.js')).href)});
    process.stdout.write(collectResultSync(render(html\`<balanse-survey lang="nb" survey-id="bench"></balanse-survey>\`)));
  `;
  // Bare imports of an evaluated module resolve from the working folder: the components' own packages.
  const rendered = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  type Chunks = { js: string[]; texts: Record<string, string[] | undefined> };
  const record = JSON.parse(readFileSync(join(dir, 'dist/cdn/chunks.json'), 'utf8')) as {
    files: Record<string, { of?: string }>;
    elements: Record<string, Chunks | undefined>;
    lazy?: Record<string, Chunks | undefined>;
  };
  const survey = record.elements['balanse-survey'];
  // As the server does (cdnPreloads in packages/server/src/pages/assets.ts): hydration with what it
  // imports and the texts that registers (chunks.json's `lazy`); without `closure`, as builds before
  // that record did, hydration's own chunk alone.
  const hydrate = closure ? record.lazy?.hydrate : undefined;
  if (closure && !hydrate) throw new Error(`${dir}: chunks.json has no lazy.hydrate; use BASELINE_PRELOADS=own`);
  const files = new Set([
    ...(hydrate
      ? [...hydrate.js, ...(hydrate.texts.nb ?? [])]
      : Object.keys(record.files).filter((name) => record.files[name]?.of === 'hydrate')),
    ...(survey?.js ?? []),
    ...(survey?.texts.nb ?? []),
  ]);
  return { rendered, preloads: [...files].map((name) => `${prefix}/${name}`) };
}
