/**
 * `pnpm bench:render`: how long until a respondent sees the first page of the survey.
 *
 * Serves three pages on 127.0.0.1 (see pages.ts): <balanse-survey> from the script-tag bundle,
 * SurveyJS with its default theme, and a hand-written page without any framework (the floor).
 * In one headless Chromium, interleaved (every round loads each page once, in a rotating order),
 * it cold-loads each page in a new browser context (empty cache) and reads the time from
 * navigation start until the first page's 8 items are in the DOM and laid out. One warm-up round
 * is discarded. Prints the medians and the ratios to the floor.
 *
 *   pnpm bench:render              # 21 rounds
 *   ROUNDS=41 pnpm bench:render    # more
 *   ALONE=1 pnpm bench:render      # also the survey from its define entry alone, bundled as an app would
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../../.ci/chromium.mjs';
import { html, PAGES, type PageName } from './pages.js';

const ROUNDS = Number(process.env.ROUNDS ?? 21);
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

const bundle = join(components, 'dist/cdn/balanse.js');
if (!existsSync(bundle)) {
  console.error('dist/cdn/balanse.js is missing: build the packages first (pnpm bench:render does).');
  process.exit(1);
}
const surveyCore = packageDir('survey-core');
const surveyUi = packageDir('survey-js-ui');
const pages: PageName[] = surveyCore && surveyUi ? [...PAGES] : PAGES.filter((page) => page !== 'surveyjs');
if (process.env.ALONE) pages.unshift('balanse-alone');
if (!pages.includes('surveyjs')) console.warn('survey-core and survey-js-ui are not installed: measuring without SurveyJS.');

const files: Record<string, [path: string, type: string]> = {
  '/balanse.js': [bundle, 'text/javascript'],
  '/default.css': [join(components, 'src/themes/default.css'), 'text/css'],
  ...(surveyCore && surveyUi
    ? {
        '/survey.core.min.js': [join(surveyCore, 'survey.core.min.js'), 'text/javascript'],
        '/survey-core.min.css': [join(surveyCore, 'survey-core.min.css'), 'text/css'],
        '/survey-js-ui.min.js': [join(surveyUi, 'survey-js-ui.min.js'), 'text/javascript'],
      }
    : {}),
};
// Read once: the server answers from memory, so disk reads never land in a measurement.
const bodies = new Map<string, [Buffer, string]>();
for (const [route, [path, type]] of Object.entries(files)) bodies.set(route, [readFileSync(path), type]);
for (const page of pages) bodies.set(`/${page}`, [Buffer.from(html[page]()), 'text/html; charset=utf-8']);
if (process.env.ALONE) {
  // The define entry with Lit and core, minified in one file; the chunk that validates custom
  // instruments stays behind its import(), as a bundler splits it (the built-in one never loads it).
  const alone = await build({
    entryPoints: [join(components, 'dist/define/balanse-survey.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [{ name: 'lazy', setup: (b) => void b.onResolve({ filter: /validate-instrument/ }, (a) => ({ path: a.path, external: true })) }],
  });
  bodies.set('/balanse-alone.js', [Buffer.from(alone.outputFiles[0]!.contents), 'text/javascript']);
}

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
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium was not found; set CHROMIUM_PATH.');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** One cold load: a new context (empty cache and storage), the page, the detected time. */
async function load(page: PageName): Promise<{ ms: number; radios: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/${page}`);
    const handle = await tab.waitForFunction(() => {
      const w = window as unknown as { __rendered?: number; __radios?: number };
      return w.__rendered !== undefined && { ms: w.__rendered, radios: w.__radios ?? 0 };
    });
    return (await handle.jsonValue()) as { ms: number; radios: number };
  } finally {
    await context.close();
  }
}

const times: Record<string, number[]> = Object.fromEntries(pages.map((page) => [page, []]));
for (let round = -1; round < ROUNDS; round++) {
  const order = pages.map((_, i) => pages[(i + Math.max(round, 0)) % pages.length]!);
  for (const page of order) {
    const { ms, radios } = await load(page);
    // The same first page everywhere: 8 groups of 5 radios. Anything else would compare unlike pages.
    if (radios !== 40) throw new Error(`${page} showed ${radios} radios in its first 8 groups, not 40`);
    if (round >= 0) times[page]!.push(ms);
  }
}
const version = browser.version();
await browser.close();
server.close();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)]! + (sorted[Math.ceil(at)]! - sorted[Math.floor(at)]!) * (at - Math.floor(at));
};
const floor = quantile(times.floor!, 0.5);
const kb = (route: string) => `${((bodies.get(route)?.[0].length ?? 0) / 1024).toFixed(0)} kB`;

console.log(`\nRender benchmark: navigation start → the first page's 8 items in the DOM and laid out`);
console.log(`${ROUNDS} cold loads per page, interleaved, after one warm-up round; Chromium ${version}`);
console.log(`${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log('page            median     p25     p75     min    ratio to floor');
for (const page of pages) {
  const values = times[page]!;
  const median = quantile(values, 0.5);
  const cells = [median, quantile(values, 0.25), quantile(values, 0.75), Math.min(...values)].map((v) => `${v.toFixed(1)}`.padStart(7));
  console.log(`${page.padEnd(14)}${cells.join(' ')} ms   ${(median / floor).toFixed(2)}×`);
}
console.log(`\nDownloaded uncompressed: balanse.js ${kb('/balanse.js')} + default.css ${kb('/default.css')}` +
  (pages.includes('balanse-alone') ? `; alone ${kb('/balanse-alone.js')}` : '') +
  (pages.includes('surveyjs') ? `; SurveyJS ${kb('/survey.core.min.js')} + ${kb('/survey-js-ui.min.js')} + ${kb('/survey-core.min.css')} CSS` : ''));
