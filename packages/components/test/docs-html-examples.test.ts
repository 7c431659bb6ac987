/**
 * Every HTML example in the docs, rendered in Chromium with the real elements: it must run
 * without an error, and every Balanse element in it must upgrade and render. As on a real page:
 * the script tag of the bundle and the theme link are served by this test (the elements are
 * already defined), `fetch` of a `.json` report returns a real report, and the globals `report`
 * and `summary` that examples mention hold a real Report and team summary. Examples that cannot
 * run anywhere without a server say `no-run` and are skipped.
 */
import { buildReport, summarizeTeam } from '@balanse/core';
import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fencedBlocks } from '../../../docs/test/fenced.js';

// Every element, from each element folder's define file.
import.meta.glob('../src/*/define.ts', { eager: true });

const pages = {
  ...import.meta.glob<string>('../../../docs/**/*.md', { query: '?raw', import: 'default', eager: true }),
  // The element pages, in each element's folder (as ../../../ paths, like the others).
  ...Object.fromEntries(
    Object.entries(
      import.meta.glob<string>('../src/*/README.md', { query: '?raw', import: 'default', eager: true }),
    ).map(([path, text]) => [path.replace(/^\.\.\//, '../../../packages/components/'), text]),
  ),
};

const examples = Object.entries(pages).flatMap(([path, text]) =>
  path.includes('/docs/api/')
    ? []
    : fencedBlocks(text)
        .filter((b) => b.lang === 'html' && !b.info.includes('no-run'))
        .map((b) => ({ where: `${path.replace(/^(\.\.\/)+/, '')}:${b.line}`, code: b.code })),
);

const summary = summarizeTeam(syntheticTeam(2, 8, PROFILES.comfort));
const report = buildReport({ team: summary }, { locale: 'en', teamName: 'Sales North', invited: 9 });

beforeAll(() => {
  Object.assign(window, { report, summary });
});

/** The bundle's script tag and the theme link stand for what this test already loaded. */
function withoutAssetTags(html: string): string {
  return html
    .replace(/<script\b[^>]*\bsrc="[^"]*balanse[^"]*\.js"[^>]*>\s*<\/script>/g, '')
    .replace(/<link\b[^>]*\bhref="[^"]*\.css"[^>]*>/g, '');
}

const stylesheets = Object.entries(pages).flatMap(([path, text]) =>
  path.includes('/docs/api/')
    ? []
    : fencedBlocks(text)
        .filter((b) => b.lang === 'css' && !b.info.includes('no-run'))
        .map((b) => ({ where: `${path.replace(/^(\.\.\/)+/, '')}:${b.line}`, code: b.code })),
);

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the HTML examples of the docs', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(3);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s renders without errors', async (_, example) => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    const realFetch = window.fetch.bind(window);
    const fetches: Promise<unknown>[] = [];
    vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const reply = url.endsWith('.json') ? Promise.resolve(Response.json(report)) : realFetch(input, init);
      fetches.push(reply.then((response) => response.clone().arrayBuffer()).catch(() => undefined));
      return reply;
    });
    container = document.createElement('div');
    document.body.append(container);
    const template = document.createElement('template');
    template.innerHTML = withoutAssetTags(example.code);
    // Scripts from innerHTML do not run; recreate them so inline examples execute as on a page.
    for (const old of template.content.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const attr of old.attributes) script.setAttribute(attr.name, attr.value);
      script.textContent = old.textContent;
      old.replaceWith(script);
    }
    container.append(template.content);
    // What an example's script fetched has arrived; then a moment for what it does with it.
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(fetches);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const elements = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('balanse-'));
    for (const el of elements) {
      expect(customElements.get(el.localName), `<${el.localName}> is defined`).toBeDefined();
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot?.childNodes.length, `<${el.localName}> rendered`).toBeGreaterThan(0);
    }
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it.each(stylesheets.map((e) => [e.where, e] as const))('%s is CSS the browser takes whole', (_, example) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(example.code);
    // The browser drops what it cannot parse; every rule written must survive.
    const source = example.code.replace(/\/\*[\s\S]*?\*\//g, '');
    // Every block is a rule, and so is every statement at-rule (`@layer a, b;`).
    const written =
      (source.match(/\{/g)?.length ?? 0) + (source.match(/@(layer|import|namespace)[^{;]*;/g)?.length ?? 0);
    const parsed = [...sheet.cssRules].reduce(
      (n, rule) => n + 1 + ('cssRules' in rule ? (rule as CSSGroupingRule).cssRules.length : 0),
      0,
    );
    expect(parsed).toBe(written);
  });
});
