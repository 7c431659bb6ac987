/** Mounting helpers for element tests: an element in a `lang` wrapper, removed after each test. */
import { LOCALES, type Locale } from '@balanse/core';
import { afterEach } from 'vitest';

afterEach(() => {
  document.body.replaceChildren();
});

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
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
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

/** The visible and hidden text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `querySelector` in the element's shadow root, failing loudly when absent. */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

/** `querySelectorAll` in the element's shadow root. */
export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...(el.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
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
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
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
    .map((node) => `${node.localName}: ${node.textContent?.trim()}`);
}
