/**
 * `pnpm bench:render`: how long until a respondent sees the first page of the survey.
 *
 * Serves the pages of pages.ts on 127.0.0.1 (server.ts): <balanse-survey> from the script-tag
 * bundle with every element and from the survey's own script-tag bundle, SurveyJS with its
 * default theme, and a hand-written page without any framework (the floor). In one headless
 * Chromium, interleaved (every round loads each page once, in a rotating order), it cold-loads
 * each page in a new browser context (empty cache) and reads the time from navigation start
 * until the first page's 8 items are in the DOM and laid out, the processor time the page's main
 * thread spent until then (Chromium's TaskDuration), the first contentful paint, and when an
 * answer is taken. One warm-up round is discarded. Prints the medians and the ratios to the floor.
 *
 *   pnpm bench:render              # 21 rounds
 *   ROUNDS=41 pnpm bench:render    # more
 *   ALONE=1 pnpm bench:render      # also the survey's define entry, built by Vite as an app ships it
 *   COMPARE=old.js pnpm bench:render   # also the survey from another build of the script-tag bundle
 *   BASELINE=../main/packages/components pnpm bench:render   # also both Balanse pages of another built checkout
 *   BASELINE_PRELOADS=own …        # whose server preloaded hydration's own chunk only (its chunks.json has no `lazy`)
 *   PAGES=balanse-ssr,floor …      # only these pages (more rounds in the same time)
 *
 * `node --import tsx packages/components/bench/render/profile.ts` shows where the time goes.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../../.ci/chromium.mjs';
import type { PageName } from './pages.js';
import { serve } from './server.js';

const ROUNDS = Number(process.env.ROUNDS ?? 21);
const served = await serve({
  alone: Boolean(process.env.ALONE),
  compare: process.env.COMPARE,
  baseline: process.env.BASELINE,
  baselinePreloads: process.env.BASELINE_PRELOADS === 'own' ? 'own' : 'closure',
  ...(process.env.PAGES ? { only: process.env.PAGES.split(',') as PageName[] } : {}),
});
if (!served.pages.includes('floor')) throw new Error('PAGES must include floor: every ratio is to it');
const { origin, pages } = served;
const oneMinuteLoad = () => loadavg()[0] ?? 0;
const loadBefore = oneMinuteLoad();

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium was not found; set CHROMIUM_PATH.');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** What one cold load measured, in ms from navigation start (`cpu`: ms of main-thread tasks). */
interface Measured {
  ms: number;
  answerable: number;
  radios: number;
  cpu: number;
  paint: number;
}

/**
 * One cold load: a new context (empty cache and storage), the page, the detected times: the first
 * page laid out (`ms`), an answer taken (`answerable`: the survey element's first update
 * complete; on pages without it, when the radios are shown), the processor time of the page's
 * main thread until the first page was laid out (`cpu`, read as soon as it was), and the first
 * contentful paint (`paint`).
 */
async function load(page: PageName): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(`${origin}/${page}`);
    await tab.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN);
    const handle = await tab.waitForFunction(() => {
      const w = window as unknown as { __rendered?: number; __answerable?: number; __radios?: number };
      const element = document.querySelector('balanse-survey') !== null;
      const [paint] = performance.getEntriesByName('first-contentful-paint');
      if (w.__rendered === undefined || (element && w.__answerable === undefined) || !paint) return false;
      return {
        ms: w.__rendered,
        answerable: Math.max(w.__answerable ?? 0, w.__rendered),
        radios: w.__radios ?? 0,
        paint: paint.startTime,
      };
    });
    return { ...((await handle.jsonValue()) as Omit<Measured, 'cpu'>), cpu };
  } finally {
    await context.close();
  }
}

const times = new Map<string, number[]>(pages.map((page) => [page, []]));
const answerableTimes = new Map<string, number[]>(pages.map((page) => [page, []]));
const cpuTimes = new Map<string, number[]>(pages.map((page) => [page, []]));
const paintTimes = new Map<string, number[]>(pages.map((page) => [page, []]));
/** The times measured for `page`. */
function timesOf(page: string): number[] {
  const found = times.get(page);
  if (!found) throw new Error(`no times for ${page}`);
  return found;
}
for (let round = -1; round < ROUNDS; round++) {
  // Each round starts at another page, so no page always loads first (or last).
  const first = Math.max(round, 0) % pages.length;
  const order = [...pages.slice(first), ...pages.slice(0, first)];
  for (const page of order) {
    const { ms, answerable, radios, cpu, paint } = await load(page);
    // The same first page everywhere: 8 groups of 5 radios. Anything else would compare unlike pages.
    if (radios !== 40) throw new Error(`${page} showed ${radios} radios in its first 8 groups, not 40`);
    if (round >= 0) {
      timesOf(page).push(ms);
      answerableTimes.get(page)?.push(answerable);
      cpuTimes.get(page)?.push(cpu);
      paintTimes.get(page)?.push(paint);
    }
  }
}
const version = browser.version();
await browser.close();
served.close();

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)];
  const above = sorted[Math.ceil(at)];
  if (below === undefined || above === undefined) throw new Error('no values to take a quantile of');
  return below + (above - below) * (at - Math.floor(at));
}
const floorTimes = timesOf('floor');
const floor = quantile(floorTimes, 0.5);
const kb = (route: string) => `${(served.bytes(route) / 1024).toFixed(0)} kB`;

console.log(`\nRender benchmark: navigation start → the first page's 8 items in the DOM and laid out`);
console.log(`${ROUNDS} cold loads per page, interleaved, after one warm-up round; Chromium ${version}`);
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`Load average (1 min) ${loadBefore.toFixed(1)} before, ${oneMinuteLoad().toFixed(1)} after\n`);
// Besides the ratio of the medians, the median of each round's own ratio: loads of one round run
// back to back, so this pairs them under the same machine load (these VMs' load drifts a lot).
console.log('page              median     p25     p75     min    ratio to floor   paired');
for (const page of pages) {
  const values = timesOf(page);
  const median = quantile(values, 0.5);
  const paired = quantile(
    values.map((v, round) => v / (floorTimes[round] ?? Number.NaN)),
    0.5,
  );
  const cells = [median, quantile(values, 0.25), quantile(values, 0.75), Math.min(...values)].map((v) =>
    v.toFixed(1).padStart(7),
  );
  console.log(
    `${page.padEnd(16)}${cells.join(' ')} ms   ${(median / floor).toFixed(2)}×${`${paired.toFixed(2)}×`.padStart(14)}`,
  );
}
/** A table of `values` per page: median, quartiles, and the ratios to the floor's median and paired per round. */
function table(title: string, of: Map<string, number[]>): void {
  const floorValues = of.get('floor') ?? [];
  const floorMedian = quantile(floorValues, 0.5);
  console.log(`\n${title}`);
  console.log('page              median     p25     p75    ratio to floor   paired');
  for (const page of pages) {
    const values = of.get(page) ?? [];
    const median = quantile(values, 0.5);
    const paired = quantile(
      values.map((v, round) => v / (floorValues[round] ?? Number.NaN)),
      0.5,
    );
    const cells = [median, quantile(values, 0.25), quantile(values, 0.75)].map((v) => v.toFixed(1).padStart(7));
    console.log(
      `${page.padEnd(16)}${cells.join(' ')} ms   ${(median / floorMedian).toFixed(2)}×${`${paired.toFixed(2)}×`.padStart(14)}`,
    );
  }
}
// When an answer is taken: a radio works as soon as it is shown on the pages without the element;
// <balanse-survey> takes it once its first update is done (on the server-rendered page, hydrated).
table('Until an answer is taken (the element updated; elsewhere the radios shown):', answerableTimes);
// Processor time: less moved by the other processes on the machine than the wall time (waiting
// for a core is not counted), and what a slower device pays for.
table("Processor time of the page's main thread until the first page was laid out:", cpuTimes);
table('First contentful paint:', paintTimes);
console.log(
  `\nDownloaded uncompressed: balanse.js (the entry) ${kb('/balanse.js')}, default.css ${kb('/default.css')}` +
    (pages.includes('balanse-alone') ? `; alone (entry chunk) ${kb('/alone.js')}` : '') +
    (pages.includes('compare') ? `; compare ${kb('/compare.js')}` : '') +
    (pages.includes('base-balanse') ? `; baseline entry ${kb('/base/balanse.js')}` : '') +
    (pages.includes('surveyjs')
      ? `; SurveyJS ${kb('/survey.core.min.js')} + ${kb('/survey-js-ui.min.js')} + ${kb('/survey-core.min.css')} CSS`
      : ''),
);
