/**
 * The script-tag bundles in Chromium, as an intranet page loads them: each is one self-contained
 * module that registers its elements; the all-elements bundle builds no zod schema before an
 * element needs one (core's validation is evaluated lazily inside the one file); and the Lit
 * templates the build minifies (build/minify-templates.ts) render exactly what the sources render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';
import { fullReport, sellers, suppressedReport } from '../src/test-utils/fixtures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAGS = ['balanse-survey', 'balanse-zone-map', 'balanse-balance-board', 'balanse-style-advisor', 'balanse-report'];
/** What each per-element bundle registers: the report draws the zone map and the board. */
const REGISTERS: Record<string, string[]> = {
  'balanse-survey': ['balanse-survey'],
  'balanse-zone-map': ['balanse-zone-map'],
  'balanse-balance-board': ['balanse-balance-board'],
  'balanse-style-advisor': ['balanse-style-advisor'],
  'balanse-report': ['balanse-report', 'balanse-zone-map', 'balanse-balance-board'],
};

const files = new Map<string, string>();
let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  for (const file of readdirSync(`${root}dist/cdn`).filter((f) => f.endsWith('.js'))) {
    files.set(`/${file}`, readFileSync(`${root}dist/cdn/${file}`, 'utf8'));
  }
  // The same elements from the sources, templates as written: what the minified build must match.
  const source = await build({
    entryPoints: [`${root}src/cdn.ts`],
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
  server = createServer((req, res) => {
    const body = files.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': req.url === '/' ? 'text/html' : 'text/javascript' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run the tests with `pnpm test` or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page that has loaded `script` as a module; `requests` lists every script it fetched. */
async function open(script: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on(
    'request',
    (request) => request.resourceType() === 'script' && requests.push(new URL(request.url()).pathname),
  );
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(origin);
  await page.addScriptTag({ type: 'module', url: script });
  return { page, requests, problems };
}

const defined = (page: Page) =>
  page.evaluate((tags) => tags.filter((tag) => customElements.get(tag) !== undefined), TAGS);
const zodBuilt = (page: Page) => page.evaluate(() => '__zod_globalConfig' in globalThis);

describe('script-tag bundles', () => {
  it('registers every element from one self-contained module (dist/cdn/balanse.js)', async () => {
    const { page, requests, problems } = await open('/balanse.js');
    expect(await defined(page)).toEqual(TAGS);
    expect(requests).toEqual(['/balanse.js']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(Object.entries(REGISTERS))('registers %s alone from its own self-contained module', async (name, tags) => {
    const { page, requests, problems } = await open(`/${name}.js`);
    expect((await defined(page)).sort()).toEqual([...tags].sort());
    expect(requests).toEqual([`/${name}.js`]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('builds no zod schema until an element needs one', async () => {
    const { page, problems } = await open('/balanse.js');
    // zod sets this global when its core module is evaluated: the positive checks below show it.
    await page.evaluate(async () => {
      const survey = document.createElement('balanse-survey');
      document.body.append(survey);
      await survey.updateComplete;
    });
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
    const { page, problems } = await open('/balanse.js');
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
  const { page, problems } = await open(script);
  const out = await page.evaluate(
    async ({ reports, given }) => {
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
    },
  );
  expect(problems).toEqual([]);
  await page.context().close();
  return out;
}

describe('minified templates', () => {
  it('render the same shadow trees and style rules as the sources', async () => {
    const [built, source] = await Promise.all([rendered('/balanse.js'), rendered('/source.js')]);
    expect(Object.keys(built)).toEqual(Object.keys(source));
    for (const state of Object.keys(source)) {
      expect(source[state]!.length, state).toBeGreaterThan(500);
      expect(built[state], state).toBe(source[state]);
    }
  });
});
