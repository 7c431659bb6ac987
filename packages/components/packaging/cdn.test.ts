/**
 * The script-tag build in Chromium, as an intranet page loads it: one `<script type="module">`
 * for `balanse.js`, with its chunks beside it in one folder (served here under a deep path, to
 * show they are found relative to the entry). The page loads only what it shows: each element's
 * code and the texts of its language when the element is on the page; other languages when the
 * page switches to them; core's validation (zod) when an element needs it. And the Lit templates
 * the build minifies (build/minify-templates.ts) render exactly what the sources render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';
import { BUILT_IN_ITEMS } from '../../core/src/instrument/items.js';
import { fullReport, sellers, suppressedReport } from '../test/fixtures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the test server hosts dist/cdn: any folder works, the entry finds its chunks beside it. */
const FOLDER = '/static/vendor/balanse/';
const TAGS = ['balanse-survey', 'balanse-zone-map', 'balanse-balance-board', 'balanse-style-advisor', 'balanse-report'];
/** What each element defines: the report draws the zone map and the board. */
const DEFINES: Record<string, string[]> = {
  'balanse-survey': ['balanse-survey'],
  'balanse-zone-map': ['balanse-zone-map'],
  'balanse-balance-board': ['balanse-balance-board'],
  'balanse-style-advisor': ['balanse-style-advisor'],
  'balanse-report': ['balanse-report', 'balanse-zone-map', 'balanse-balance-board'],
};

interface Chunks {
  entry: string;
  elements: Record<string, { js: string[]; texts: Record<string, string[]> }>;
  files: Record<string, { role: string; of?: string; locale?: string }>;
}
const chunks = JSON.parse(readFileSync(`${root}dist/cdn/chunks.json`, 'utf8')) as Chunks;

const files = new Map<string, string>();
let server: Server | undefined;
let origin = '';
let browser: Browser | undefined;

beforeAll(async () => {
  for (const file of readdirSync(`${root}dist/cdn`).filter((f) => f.endsWith('.js'))) {
    files.set(`${FOLDER}${file}`, readFileSync(`${root}dist/cdn/${file}`, 'utf8'));
  }
  // The same elements from the sources, templates as written: what the minified build must match.
  const source = await build({
    stdin: {
      contents: TAGS.map((tag) => `import './src/${tag.replace(/^balanse-/, '')}/define.ts';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: `${root}tsconfig.build.json`,
    write: false,
    logLevel: 'silent',
  });
  files.set('/source.js', source.outputFiles[0]!.text);
  files.set(
    '/',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body></body></html>',
  );
  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': path === '/' ? 'text/html' : 'text/javascript' }).end(body);
  });
  server = http;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run the tests with `pnpm test` or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Opened {
  page: Page;
  /** The file names (in the folder) of every script the page fetched, in order. */
  requests: string[];
  problems: string[];
}

/** A fresh page with `body` (HTML) that has loaded `script` as a module. */
async function open(script: string, body = '', setup?: (page: Page) => Promise<void>): Promise<Opened> {
  if (!browser) throw new Error('no browser: beforeAll did not launch one');
  const page = await (await browser.newContext()).newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requests.push(new URL(request.url()).pathname.replace(FOLDER, ''));
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await setup?.(page);
  await page.goto(origin);
  await page.evaluate((html) => (document.body.innerHTML = html), body);
  await page.addScriptTag({ type: 'module', url: script });
  return { page, requests, problems };
}

const entry = `${FOLDER}${chunks.entry}`;
const defined = (page: Page) =>
  page.evaluate((tags) => tags.filter((tag) => customElements.get(tag) !== undefined), TAGS);
const zodBuilt = (page: Page) => page.evaluate(() => '__zod_globalConfig' in globalThis);
/** Waits until `tag` is defined and its first element has rendered. */
const ready = (page: Page, tag: string) =>
  page.evaluate(async (t) => {
    await customElements.whenDefined(t);
    await (document.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }, tag);
const shadowText = (page: Page, tag: string) =>
  page.evaluate((t) => document.querySelector(t)!.shadowRoot!.textContent, tag);
/** What `tag` alone needs in `locale`: the entry, its code and its texts. */
const needs = (tag: string, locale: string) =>
  [chunks.entry, ...chunks.elements[tag]!.js, ...(chunks.elements[tag]!.texts[locale] ?? [])].sort();

describe('the script-tag entry', () => {
  it('loads nothing but itself on a page without Balanse elements', async () => {
    const { page, requests, problems } = await open(entry);
    expect(await defined(page)).toEqual([]);
    expect(requests).toEqual([chunks.entry]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(Object.entries(DEFINES))(
    'loads %s from the folder with the texts of its language only',
    async (tag, tags) => {
      const { page, requests, problems } = await open(entry, `<${tag} lang="sv"></${tag}>`);
      await ready(page, tag);
      expect((await defined(page)).sort()).toEqual([...tags].sort());
      // Every file once, and nothing else: no other element, no other language, no validation
      // (the advisor alone recommends as soon as it is connected: its lazy part loads at once).
      const lazy = requests.filter((file) => chunks.files[file]?.role === 'lazy');
      expect(lazy.length > 0, 'lazy chunks loaded').toBe(tag === 'balanse-style-advisor');
      expect(requests.filter((file) => !lazy.includes(file)).sort()).toEqual(needs(tag, 'sv'));
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('shows the survey in the page language and loads another when the page switches', async () => {
    const { page, requests, problems } = await open(entry, '<balanse-survey></balanse-survey>');
    await ready(page, 'balanse-survey');
    expect(await shadowText(page, 'balanse-survey')).toContain(BUILT_IN_ITEMS[0].text.en);
    const before = requests.length;
    await page.evaluate(async () => {
      document.documentElement.lang = 'sv';
      const survey = document.querySelector('balanse-survey')!;
      // The lang observer runs as a microtask; the texts then arrive as a chunk.
      await new Promise((resolve) => setTimeout(resolve));
      await survey.updateComplete;
    });
    expect(await shadowText(page, 'balanse-survey')).toContain(BUILT_IN_ITEMS[0].text.sv);
    const loaded = requests.slice(before);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((file) => chunks.files[file]?.role === 'texts' && chunks.files[file].locale === 'sv')).toBe(
      true,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('defines elements added after it ran, and renders once a text chunk that failed arrives', async () => {
    let failures = 0;
    const { page, problems } = await open(entry, '', async (p) => {
      await p.route('**/*.js', async (route) => {
        const file = new URL(route.request().url()).pathname.replace(FOLDER, '');
        if (chunks.files[file]?.role === 'texts' && failures++ === 0) await route.abort('connectionreset');
        else await route.continue();
      });
    });
    await page.evaluate(() => document.body.append(document.createElement('balanse-zone-map')));
    await ready(page, 'balanse-zone-map');
    expect(failures).toBeGreaterThan(1);
    expect(await shadowText(page, 'balanse-zone-map')).not.toBe('');
    // The one failure is reported once; nothing else went wrong.
    expect(problems.filter((p) => !p.includes('could not be loaded') && !p.includes('ERR_CONNECTION_RESET'))).toEqual(
      [],
    );
    await page.context().close();
  });

  it('builds no zod schema until an element needs one', async () => {
    const { page, problems } = await open(entry, '<balanse-survey></balanse-survey>');
    await ready(page, 'balanse-survey');
    // zod sets this global when its core module is evaluated: the positive checks below show it.
    expect(
      await page.evaluate(
        () => document.querySelector('balanse-survey')!.shadowRoot!.querySelectorAll('[role="radiogroup"]').length,
      ),
    ).toBe(8);
    expect(await zodBuilt(page)).toBe(false);

    // A custom instrument is validated by core: now zod is built, and the survey shows it.
    await page.evaluate(async () => {
      const survey = document.querySelector('balanse-survey')!;
      survey.instrument = { ...survey.instrument, id: 'custom' };
      await survey.updateComplete;
    });
    expect(await zodBuilt(page)).toBe(true);
    expect(
      await page.evaluate(
        () => document.querySelector('balanse-survey')!.shadowRoot!.querySelectorAll('[role="radiogroup"]').length,
      ),
    ).toBe(8);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('builds zod for the style advisor when it is connected, and recommends', async () => {
    const { page, problems } = await open(entry);
    expect(await zodBuilt(page)).toBe(false);
    const style = await page.evaluate(async (given) => {
      const advisor = document.createElement('balanse-style-advisor');
      advisor.sellers = given.map((s, i) => ({
        id: `s${i}`,
        comfortZone: false,
        newInRole: false,
        lowEnergy: false,
        ...s,
      })) as never;
      document.body.append(advisor);
      await customElements.whenDefined('balanse-style-advisor');
      await advisor.updateComplete;
      return advisor.shadowRoot!.querySelector('[part~="style"]')?.textContent;
    }, sellers);
    expect(style).toContain('Instructing');
    expect(await zodBuilt(page)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/**
 * Every element in the states that use its templates, from `script`: the shadow trees (nested
 * ones included) with whitespace runs collapsed to one space, and the rules of their styles as
 * the browser parsed them.
 */
async function rendered(script: string): Promise<Record<string, string>> {
  const { page, problems } = await open(script, TAGS.map((tag) => `<${tag}></${tag}>`).join(''));
  const out = await page.evaluate(
    async ({ reports, given, tags }) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const tree = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
        if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return ''; // Lit's marker comments
        const children = [...node.childNodes].map(tree).join('');
        if (node instanceof ShadowRoot) {
          const rules = node.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
          return `#shadow{${rules.join('\n')}}${children}`;
        }
        const attributes = [...node.attributes]
          .map((a) => ` ${a.name}="${a.value.replace(/\s+/g, ' ')}"`)
          .sort()
          .join('');
        return `<${node.localName}${attributes}>${node.shadowRoot ? tree(node.shadowRoot) : ''}${children}</${node.localName}>`;
      };
      const show = async (
        tag: string,
        props: Record<string, unknown>,
        then?: (el: HTMLElement & Record<string, unknown>) => void,
      ) => {
        document.body.replaceChildren();
        const el = Object.assign(document.createElement(tag), props) as HTMLElement &
          Record<string, unknown> & { updateComplete: Promise<unknown> };
        document.body.append(el);
        await el.updateComplete;
        if (then) {
          then(el);
          await el.updateComplete;
        }
        return tree(el);
      };
      const advisorSellers = given.map((s, i) => ({
        id: `s${i}`,
        comfortZone: false,
        newInRole: false,
        lowEnergy: false,
        ...s,
      }));
      return {
        survey: await show('balanse-survey', { surveyId: 'page', cannotAnswer: true }),
        'survey review': await show('balanse-survey', { surveyId: 'review', required: true }, (el) => (el.page = 5)),
        'survey invalid instrument': await show('balanse-survey', { instrument: { id: 'broken' } }),
        'style advisor': await show('balanse-style-advisor', { sellers: advisorSellers }),
        'style advisor empty': await show('balanse-style-advisor', {}),
        report: await show('balanse-report', { report: reports.full }),
        'report suppressed': await show('balanse-report', { report: reports.suppressed }),
        'report empty': await show('balanse-report', {}),
      };
    },
    {
      reports: { full: fullReport('en', { sellers: true, department: true }), suppressed: suppressedReport('en') },
      given: sellers,
      tags: TAGS,
    },
  );
  expect(problems).toEqual([]);
  await page.context().close();
  return out;
}

describe('minified templates', () => {
  it('render the same shadow trees and style rules as the sources', async () => {
    const [built, source] = await Promise.all([rendered(entry), rendered('/source.js')]);
    expect(Object.keys(built)).toEqual(Object.keys(source));
    for (const state of Object.keys(source)) {
      expect(source[state]!.length, state).toBeGreaterThan(500);
      expect(built[state], state).toBe(source[state]);
    }
  });
});
