/**
 * The helpers every element test uses: mounting an element in a `lang` wrapper, queries in its
 * shadow root, text through nested shadow roots, layout probes (sideways overflow, target sizes),
 * waiting and event recording, and names no other test uses. After each test the page is emptied
 * and the Web Storage entries of the names this file handed out are removed, so test files that
 * run in parallel never see each other's elements or data.
 */
import { LOCALES, type Locale } from '@balanse/core';
import { afterEach } from 'vitest';
import { TIMEOUTS } from '../../../.ci/timeouts.mjs';

/** An element class, for queries that check what they found (`$(el, 'input', HTMLInputElement)`). */
export type ElementClass<E extends Element> = abstract new (...args: never[]) => E;

const mine = new Set<string>();
let counter = 0;

/** A name no other test (in any file running at the same time) uses; its storage is cleared after the test. */
export function unique(prefix = 's'): string {
  const name = `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  mine.add(name);
  return name;
}

afterEach(() => {
  document.body.replaceChildren();
  for (const area of [localStorage, sessionStorage]) {
    for (let i = area.length - 1; i >= 0; i--) {
      const key = area.key(i) ?? '';
      const value = area.getItem(key) ?? '';
      if ([...mine].some((name) => key.includes(name) || value.includes(name))) area.removeItem(key);
    }
  }
});

/** Waits until the element has rendered every pending change, lazily loaded work included. */
export async function settle(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Creates `tag` with `props` inside a wrapper with `lang`, attaches it and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  lang: Locale = 'nb',
): Promise<HTMLElementTagNameMap[K]> {
  const wrap = document.createElement('div');
  wrap.lang = lang;
  const el = document.createElement(tag);
  Object.assign(el, props);
  wrap.append(el);
  document.body.append(wrap);
  await settle(el);
  return el;
}

/** Mounts one element per locale side by side, for an axe run that covers all four languages at once. */
export async function mountInEveryLocale<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: (locale: Locale) => Partial<HTMLElementTagNameMap[K]>,
): Promise<HTMLElementTagNameMap[K][]> {
  const out: HTMLElementTagNameMap[K][] = [];
  for (const locale of LOCALES) out.push(await mount(tag, props(locale), locale));
  return out;
}

/** The element's open shadow root, failing loudly when it has none. */
export function shadowOf(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/** `querySelector` in the element's shadow root, failing loudly when absent or not a `type`. */
export function $(el: Element, selector: string): HTMLElement;
export function $<E extends Element>(el: Element, selector: string, type: ElementClass<E>): E;
export function $(el: Element, selector: string, type: ElementClass<Element> = HTMLElement): Element {
  const found = shadowOf(el).querySelector(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  const what = found.localName;
  if (!(found instanceof type)) throw new Error(`${selector} in <${el.localName}> is a <${what}>`);
  return found;
}

/** `querySelectorAll` in the element's shadow root; every match must be a `type`. */
export function $$(el: Element, selector: string): HTMLElement[];
export function $$<E extends Element>(el: Element, selector: string, type: ElementClass<E>): E[];
export function $$(el: Element, selector: string, type: ElementClass<Element> = HTMLElement): Element[] {
  const found = [...shadowOf(el).querySelectorAll(selector)];
  const other = found.findIndex((node) => !(node instanceof type));
  if (other >= 0) throw new Error(`${selector} in <${el.localName}> matched a <${found[other]?.localName ?? ''}>`);
  return found;
}

/** The text of an element's shadow root (not of nested elements' roots), whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All text under `root`, through every shadow root (nested elements included), whitespace collapsed. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && (node.localName === 'style' || node.localName === 'script')) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element under `root`, through every shadow root. */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

/**
 * Lays `el` out at `width` px and returns the parts that stick out sideways. Visually hidden text
 * is exempt, and so is the inside of a table's own scroll box (`.table-wrap`, keyboard-focusable):
 * WCAG 1.4.10 allows a data table to scroll on its own.
 */
export async function overflowingParts(el: HTMLElement, width: number): Promise<string[]> {
  el.style.display = 'block';
  el.style.width = `${width}px`;
  await settle(el);
  const right = el.getBoundingClientRect().left + width + 0.5;
  return deepElements(el)
    .filter(
      (node) =>
        !node.closest('.visually-hidden') &&
        !node.parentElement?.closest('.table-wrap') &&
        node.getBoundingClientRect().right > right,
    )
    .map(
      (node) =>
        `<${node.localName} part="${node.getAttribute('part') ?? ''}" class="${node.getAttribute('class') ?? ''}">`,
    );
}

/** The controls of `el` (through shadow roots) smaller than `size` px either way. */
export function smallTargets(el: HTMLElement, size = 44): string[] {
  return deepElements(el)
    .filter((node) => node.matches('button, .option, .flag'))
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.width < size || box.height < size);
    })
    .map((node) => `${node.localName}: ${node.textContent.trim()}`);
}

/**
 * Polls `probe` (which may be async) until it returns something truthy. The deadline only turns a
 * hang into an error that names `what`; it sits just below the test timeout, far above any normal
 * wait, so a busy machine makes the wait longer, never the test red (.ci/timeouts.mjs).
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what = 'condition',
  timeout = TIMEOUTS.testTimeout - 10_000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    let value: T | undefined | null | false;
    try {
      value = await probe();
    } catch {
      value = undefined;
    }
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Records the events of `types` that reach `target`. */
export function record(target: EventTarget, ...types: string[]): Event[] {
  const events: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => events.push(event));
  return events;
}
