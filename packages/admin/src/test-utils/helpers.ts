/**
 * The admin app's test helpers: the elements' own (packages/components/test/helpers.ts and axe.ts,
 * one module for both packages: mounting in a `lang` wrapper, shadow-root queries, waiting, axe)
 * with the app's elements registered and English as the default language, and a fake API.
 */
import type { Locale } from '@balanse/core';
import { afterEach, vi } from 'vitest';
import { mount as mountElement } from '../../../components/test/helpers.js';
import '../define/admin-elements.js';
import '../define/leader-elements.js';

export * from '../../../components/test/helpers.js';
export { expectNoAxeViolations } from '../../../components/test/axe.js';

afterEach(() => {
  // The app keeps its token in sessionStorage, and fakeApi spies on fetch.
  sessionStorage.clear();
  vi.restoreAllMocks();
});

/** The elements' `mount`, in English unless told otherwise: the app's tests read its English texts. */
export const mount = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  lang: Locale = 'en',
): Promise<HTMLElementTagNameMap[K]> => mountElement(tag, props, lang);

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
