/**
 * Every story of every element (src/<folder>/<folder>.stories.ts) under the strict Content Security Policy an
 * enterprise intranet runs, with the elements from the script-tag build as such a page loads
 * them: no inline style or script, Trusted Types required for every script sink. A story is
 * rendered as Storybook renders it (its `render` with its args, its `beforeEach`), then its `play`
 * function runs its own checks with Storybook's `expect`; any `securitypolicyviolation` event, page
 * error or console error fails the story. The policy is the one docs/getting-started/intranet.md
 * gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';
import { SOURCE_ALIASES } from '../../../.ci/source-aliases.mjs';
import { elementFolders } from '../scripts/elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** The policy of docs/getting-started/intranet.md, as a page's response header sends it. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  // The stories bring a second copy of Lit, and with it a second `lit-html` policy.
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

// The elements' stories (title `Elements/…`): the script-tag build is theirs. The administrators'
// app and the leader's page are served under their own strict policy by the server, whose
// Chromium tests collect every violation (packages/server/test/admin-app*.test.ts).
// Each element folder holds its stories, src/<folder>/<folder>.stories.ts (paths from the repository root).
const STORY_FILES = elementFolders()
  .map(({ folder }) => `packages/components/src/${folder}/${folder}.stories.ts`)
  .filter((file) => /^\s*title: 'Elements\//m.test(readFileSync(`${repo}${file}`, 'utf8')));
const storyName = (file: string) => file.replace(/^.*\//, '').replace(/\.stories\.ts$/, '');

/** Story exports of each file, read from the source (every `export const X: Story`). */
const STORIES = Object.fromEntries(
  STORY_FILES.map((file) => [
    storyName(file),
    [...readFileSync(`${repo}${file}`, 'utf8').matchAll(/^export const (\w+)\b/gm)].map((m) => m[1]!),
  ]),
);

const files = new Map<string, [string, string]>();
let server: Server | undefined;
let origin = '';
let browser: Browser | undefined;
let context: BrowserContext;

beforeAll(async () => {
  for (const file of readdirSync(`${root}dist/cdn`).filter((f) => f.endsWith('.js')))
    files.set(`/cdn/${file}`, [readFileSync(`${root}dist/cdn/${file}`, 'utf8'), 'text/javascript']);
  for (const theme of ['default', 'fjord', 'ember'])
    files.set(`/${theme}.css`, [readFileSync(`${root}dist/themes/${theme}.css`, 'utf8'), 'text/css']);
  // The stories as one module of this origin (script-src 'self'); the elements are not in it:
  // the page gets them from the script-tag build, as an intranet page does.
  const stories = await build({
    stdin: {
      contents: [
        ...STORY_FILES.map((file, i) => `import * as s${i} from './${file}';`),
        `export const modules = { ${STORY_FILES.map((file, i) => `${JSON.stringify(storyName(file))}: s${i}`).join(', ')} };`,
        "export { render } from 'lit';",
      ].join('\n'),
      resolveDir: repo,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        // The workspace packages from their sources, as Storybook resolves them.
        name: 'workspace-sources',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^@balanse\// }, ({ path }) => {
            if (path === '@balanse/components/custom-elements.json') return { path: `${root}custom-elements.json` };
            const alias = SOURCE_ALIASES.find(({ find }) => find.test(path));
            return alias ? { path: path.replace(alias.find, alias.replacement) } : undefined;
          });
        },
      },
    ],
  });
  files.set('/stories.js', [stories.outputFiles[0]!.text, 'text/javascript']);
  files.set('/load-stories.js', [
    "import * as stories from './stories.js'; window.__stories = stories; document.dispatchEvent(new Event('stories'));",
    'text/javascript',
  ]);
  files.set('/', [
    [
      '<!doctype html><html lang="nb"><head><meta charset="utf-8">',
      '<link rel="stylesheet" href="/default.css">',
      '<script type="module" src="/cdn/balanse.js"></script>',
      '<script type="module" src="/load-stories.js"></script>',
      '</head><body><div id="canvas"></div></body></html>',
    ].join(''),
    'text/html',
  ]);
  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    // The browser asks for a favicon on its own; a 404 would be a console error.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const found = files.get(path);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': found[1],
        'content-security-policy': STRICT_CSP,
        // The page itself is fetched anew for each story; the scripts come from the cache.
        'cache-control': path === '/' ? 'no-store' : 'max-age=3600',
      })
      .end(found[0]);
  });
  server = http;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run the tests with `pnpm test` or set CHROMIUM_PATH.');
  const launched = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  browser = launched;
  context = await launched.newContext();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('every story under a strict CSP with Trusted Types', () => {
  it('finds the stories', () => {
    expect(Object.keys(STORIES).sort()).toEqual(
      ['balance-board', 'report', 'style-advisor', 'survey', 'zone-map'].sort(),
    );
    for (const names of Object.values(STORIES)) expect(names.length).toBeGreaterThan(2);
  });

  /**
   * One page per story file, its stories run one after another in a fresh canvas, as Storybook
   * runs them in one preview page (a page per story spent seconds compiling the bundle anew).
   * Violations, page errors and console errors are counted per story.
   */
  const pages = new Map<string, Promise<{ page: Page; problems: string[] }>>();
  const pageFor = (file: string) => {
    let opened = pages.get(file);
    if (!opened) {
      opened = (async () => {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
        // Injected by the browser's tooling, so the policy does not apply to the listener itself.
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __violations: string[] }).__violations = seen;
          document.addEventListener('securitypolicyviolation', (event) =>
            seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`),
          );
        });
        await page.goto(origin);
        return { page, problems };
      })();
      pages.set(file, opened);
    }
    return opened;
  };
  afterAll(async () => {
    for (const opened of pages.values()) await (await opened).page.close();
  });

  const cases = Object.entries(STORIES).flatMap(([file, names]) => names.map((name) => [file, name] as const));
  it.each(cases)('%s: %s renders, plays and reports no violation', async (file, name) => {
    const { page, problems } = await pageFor(file);
    problems.length = 0;
    const outcome = await page.evaluate(
      async ({ file, name }) => {
        type Story = {
          render?: (args: unknown, context: unknown) => unknown;
          args?: Record<string, unknown>;
          globals?: Record<string, unknown>;
          /** Storybook's beforeEach: may return (or resolve to) its cleanup. */
          beforeEach?: () => unknown;
          play?: (context: unknown) => Promise<void>;
        };
        type Stories = { modules: Record<string, Record<string, Story>>; render: (v: unknown, c: HTMLElement) => void };
        const w = window as unknown as { __stories?: Stories; __violations: string[] };
        if (!w.__stories) await new Promise((resolve) => document.addEventListener('stories', resolve, { once: true }));
        w.__violations.length = 0;
        const { modules, render } = w.__stories!;
        const meta = modules[file]!.default as Story & { component?: string };
        const story = modules[file]![name]!;
        // A fresh canvas for each story; the previous story's elements leave the page.
        const canvasElement = document.createElement('div');
        canvasElement.id = 'canvas';
        document.getElementById('canvas')!.replaceWith(canvasElement);
        for (const link of document.querySelectorAll('link[data-client-theme]')) link.remove();
        const args = { ...meta.args, ...story.args };
        const globals = { locale: 'nb', theme: 'default', ...story.globals };
        const storyContext = {
          args,
          globals,
          canvasElement,
          name,
          id: `${file}--${name}`,
          parameters: {},
          argTypes: {},
        };
        // What the preview's decorator does (stories/.storybook/preview.ts), with the client
        // themes as a <link> (the preview's <style> element is inline style, which the policy blocks).
        const theme = globals.theme;
        document.documentElement.lang = globals.locale;
        document.documentElement.classList.toggle('balanse-dark', theme === 'dark');
        document.documentElement.classList.toggle('balanse-light', theme !== 'dark');
        if (theme === 'fjord' || theme === 'ember') {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/${theme}.css` });
          link.dataset.clientTheme = '';
          document.head.append(link);
        }
        const cleanup = await story.beforeEach?.();
        try {
          if (!story.render) throw new Error(`${name} has no render`);
          const result = story.render(args, storyContext);
          if (result instanceof Node) canvasElement.append(result);
          else render(result, canvasElement);
          // The script-tag entry defines each element it finds on the page.
          const tags = [...new Set([...canvasElement.querySelectorAll('*')].map((el) => el.localName))].filter((tag) =>
            tag.startsWith('balanse-'),
          );
          for (const tag of tags) await customElements.whenDefined(tag);
          const all = () =>
            [...canvasElement.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((el) =>
              el.localName.startsWith('balanse-'),
            );
          const rendered = async () => {
            for (const el of all()) await el.updateComplete;
          };
          await rendered();
          await story.play?.(storyContext);
          await rendered();
          // Violation events are queued as tasks: let them arrive.
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await new Promise((resolve) => setTimeout(resolve, 0));
          const shown = all().map((el) => (el.shadowRoot?.textContent ?? '').trim().length);
          return { tags, shown, violations: [...w.__violations] };
        } finally {
          if (typeof cleanup === 'function') (cleanup as () => void)();
        }
      },
      { file, name },
    );
    expect(outcome.tags.length, 'the story shows a Balanse element').toBeGreaterThan(0);
    expect(
      outcome.shown.every((length) => length > 0),
      'every element rendered text',
    ).toBe(true);
    expect(outcome.violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
