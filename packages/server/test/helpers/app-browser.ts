/**
 * What the browser tests of the administrators' app share: axe on a whole page (shadow roots
 * included), keyboard-only input, and the checks every screen must pass (no `style` attribute in
 * the app's own elements, no inline handler anywhere, 320 px reflow).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright';
import { expect } from 'vitest';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A hang detector for one step in a browser on a busy machine, never a speed test. */
export const WAIT = { timeout: 120_000 };

/** The app's own elements: none of them may carry a style attribute (a strict style-src blocks it). */
export const OWN = [
  'balanse-admin-app',
  'balanse-admin-sign-in',
  'balanse-admin-tenants',
  'balanse-admin-units',
  'balanse-admin-rounds',
  'balanse-admin-round',
  'balanse-admin-theme',
  'balanse-qr-code',
  'balanse-leader-page',
  'balanse-action-plan',
];

/** axe on the whole page, shadow roots included, with the page-level rules on. */
export async function axe(page: Page, screen: string): Promise<void> {
  if (process.env.BALANSE_TEST_STEPS) console.log(`${new Date().toISOString()} axe: ${screen}`);
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    type AxeViolation = { id: string; help: string; nodes: { target: unknown[] }[] };
    return result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
  expect(found, `axe on ${screen}`).toEqual([]);
}

/** Keyboard only: focus the control and press Enter (buttons, links) or Space (checkboxes, radios). */
export async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

export async function typeInto(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.press('ControlOrMeta+a');
  await target.press('Delete');
  await target.pressSequentially(text);
}

/** The app's own elements carry no style attribute anywhere in their shadow roots. */
export async function noStyleAttributes(page: Page): Promise<void> {
  const styled = await page.evaluate((own) => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot, inOwn: boolean) => {
      for (const el of root.querySelectorAll('*')) {
        if (inOwn && el.hasAttribute('style')) out.push(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot, own.includes(el.localName));
      }
    };
    walk(document, false);
    return out;
  }, OWN);
  expect(styled).toEqual([]);
}

/**
 * No element anywhere on the page (shadow roots included) carries an inline event handler
 * (`onerror`, `onload` …) or is a `script` inside a shadow root: Lit never writes either, so one
 * found is text that was turned into markup.
 */
export async function noInjectedMarkup(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const handlers = el.getAttributeNames().filter((name) => name.startsWith('on'));
        if (handlers.length > 0) out.push(`<${el.localName} ${handlers.join(' ')}>`);
        if (root !== document && el.localName === 'script') out.push('<script> in a shadow root');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return { out, pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null };
  });
  expect(found, where).toEqual({ out: [], pwned: null });
}

/** Nothing sticks out sideways at 320 px (WCAG 1.4.10); tables scroll in their own box. */
export async function reflows(page: Page, screen: string): Promise<void> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize(before);
  expect(width, `${screen} at 320 px`).toBeLessThanOrEqual(321);
}
