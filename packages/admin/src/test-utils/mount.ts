/** Mounting an element in a `lang` wrapper, a fake API, and queries through shadow roots. */
import type { Locale } from '@balanse/core';
import { afterEach, vi } from 'vitest';
import '../define/admin-elements.js';
import '../define/leader-elements.js';

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  lang: Locale = 'en',
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

export type Route = (request: { method: string; url: string; body: string }) => {
  status?: number;
  json?: unknown;
  text?: string;
};

/** Answers `fetch` from `routes` ("GET /v1/..." → answer); records every request. */
export function fakeApi(routes: Record<string, Route | { status?: number; json?: unknown; text?: string }>) {
  const calls: { method: string; url: string; body: string }[] = [];
  const respond = (input: RequestInfo | URL, init: RequestInit | undefined): Response => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? init.body : '';
    calls.push({ method, url, body });
    const key = Object.keys(routes).find((k) => {
      const [m, path] = k.split(' ');
      return m === method && url.split('?')[0] === path;
    });
    if (!key)
      return new Response(JSON.stringify({ error: { code: 'not_found', message: `${method} ${url}` } }), {
        status: 404,
      });
    const route = routes[key]!;
    const answer = typeof route === 'function' ? route({ method, url, body }) : route;
    const text = answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
    return new Response(text, {
      status: answer.status ?? 200,
      headers: { 'content-type': answer.text !== undefined ? 'text/csv' : 'application/json' },
    });
  };
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => Promise.resolve(respond(input, init)));
  return calls;
}

/** Waits until `check` passes (each element loads from the fake API in microtasks and timers). */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never happened: ${what}`);
}

/** `querySelector` through nested shadow roots: `deep(el, 'balanse-x', 'button')`. */
export function deep(root: Element, ...selectors: string[]): HTMLElement | null {
  let node: Element = root;
  for (const selector of selectors) {
    const next = node.shadowRoot?.querySelector(selector);
    if (!next) return null;
    node = next;
  }
  return node instanceof HTMLElement ? node : null;
}

export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
