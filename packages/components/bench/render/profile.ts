/**
 * Where the render benchmark's time goes, per page: cold loads of the pages of run.ts with a
 * Chromium trace, and the main thread's time from navigation start to the first 8 items laid out,
 * split by what it was spent on (self time of each trace event, so nested events are not counted
 * twice). Tracing slows the page down: compare the parts, not the totals with run.ts.
 *
 *   node --import tsx packages/components/bench/render/profile.ts            # 9 loads per page
 *   LOADS=21 PAGES=balanse,floor node --import tsx packages/components/bench/render/profile.ts
 */
import { chromium, type CDPSession } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../../.ci/chromium.mjs';
import type { PageName } from './pages.js';
import { serve } from './server.js';

const LOADS = Number(process.env.LOADS ?? 9);
const only = process.env.PAGES?.split(',') as PageName[] | undefined;
const served = await serve({
  alone: Boolean(process.env.ALONE) || Boolean(only?.includes('balanse-alone')),
  compare: process.env.COMPARE,
  only,
});

/** Trace event names → what they are spent on. Anything else on the main thread is `other`. */
const KINDS: Record<string, string> = {
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'parse CSS',
  'v8.compile': 'compile script',
  'v8.compileModule': 'compile script',
  'V8.CompileCode': 'compile script',
  'v8.parseOnBackground': 'compile script',
  'V8.ParseFunction': 'compile script',
  EvaluateScript: 'run script',
  'v8.evaluateModule': 'run script',
  'v8.run': 'run script',
  FunctionCall: 'run script',
  RunMicrotasks: 'run script',
  TimerFire: 'run script',
  EventDispatch: 'run script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
};

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { frame?: string } };
}

/** A trace record as Chromium sends it (the protocol types it loosely), when it has a trace event's fields. */
function traceEvent(raw: Record<string, unknown>): TraceEvent | undefined {
  const { name, ph, ts, dur, tid, pid, args } = raw;
  if (typeof name !== 'string' || typeof ph !== 'string' || typeof ts !== 'number') return undefined;
  if (typeof tid !== 'number' || typeof pid !== 'number') return undefined;
  return {
    name,
    ph,
    ts,
    tid,
    pid,
    ...(typeof dur === 'number' ? { dur } : {}),
    ...(typeof args === 'object' && args !== null ? { args: args as NonNullable<TraceEvent['args']> } : {}),
  };
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const raw of value as Record<string, unknown>[]) {
      const event = traceEvent(raw);
      if (event) events.push(event);
    }
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Self time per kind on the renderer's main thread between `start` and `end` (trace µs). */
function breakdown(events: TraceEvent[], start: number, end: number): Record<string, number> {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((n) => n.pid === e.pid && n.name === 'ParseHTML'),
  );
  const spans = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.dur !== undefined &&
        main &&
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ts >= start &&
        e.ts < end,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<TraceEvent, number>(spans.map((e) => [e, Math.min(e.dur!, end - e.ts)]));
  const stack: TraceEvent[] = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, self.get(parent)! - self.get(e)!);
    stack.push(e);
  }
  const out: Record<string, number> = {};
  for (const [e, us] of self) {
    const kind =
      KINDS[e.name] ??
      (/^v8\./i.test(e.name) ? 'run script' : e.name.startsWith('LocalWindowProxy') ? 'JS context' : 'other');
    out[kind] = (out[kind] ?? 0) + us / 1000;
  }
  // Off the main thread but on the critical path: the script's background parse.
  const background = events.filter(
    (e) => e.name === 'v8.parseOnBackground' && e.ph === 'X' && e.ts >= start && e.ts < end,
  );
  out['background parse'] = background.reduce((sum, e) => sum + e.dur! / 1000, 0);
  return out;
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results: Record<string, Record<string, number[]>> = {};
for (let round = 0; round < LOADS; round++) {
  for (const page of served.pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    let rendered = 0;
    let scriptArrived = 0;
    const events = await trace(cdp, async () => {
      await tab.goto(`${served.origin}/${page}`);
      rendered = (await (
        await tab.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered)
      ).jsonValue()) as number;
      scriptArrived = await tab.evaluate(() =>
        Math.max(
          0,
          ...performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js'))
            .map((e) => (e as PerformanceResourceTiming).responseEnd),
        ),
      );
    });
    await context.close();
    const navigation =
      events.find((e) => e.name === 'navigationStart' && e.args?.data?.frame !== undefined) ??
      events.find((e) => e.name === 'navigationStart');
    if (!navigation) throw new Error('no navigationStart in the trace');
    const parts = breakdown(events, navigation.ts, navigation.ts + rendered * 1000);
    const row = (results[page] ??= {});
    for (const [kind, ms] of Object.entries({ ...parts, 'script arrived': scriptArrived, 'first 8 items': rendered }))
      (row[kind] ??= []).push(ms);
  }
}
await browser.close();
served.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const kinds = [
  'first 8 items',
  'script arrived',
  'background parse',
  'JS context',
  'parse HTML',
  'parse CSS',
  'compile script',
  'run script',
  'style',
  'layout',
  'paint',
  'other',
];
console.log(
  `\nMain-thread time from navigation start to the first 8 items laid out, median of ${LOADS} traced cold loads (ms)\n`,
);
console.log(`${'page'.padEnd(16)}${kinds.map((k) => k.padStart(Math.max(8, k.length + 2))).join('')}`);
for (const page of served.pages) {
  const row = results[page]!;
  console.log(
    `${page.padEnd(16)}${kinds.map((k) => (row[k] ? median(row[k]).toFixed(1) : '–').padStart(Math.max(8, k.length + 2))).join('')}`,
  );
}
