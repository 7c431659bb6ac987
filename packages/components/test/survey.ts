/**
 * Helpers for the `<balanse-survey>` tests: mounting, shadow-root queries, waiting, a private
 * channel on the delivery server per test, and same-origin frames that load the element the way a
 * host page does (for real reloads and for "two tabs"). Test files run in parallel and share
 * localStorage and the server, so every test names its survey and its channel uniquely.
 */
import { afterEach, expect, inject } from 'vitest';
import { TIMEOUTS } from '../../../.ci/timeouts.mjs';
import type { DeliveryState, ScriptedReply } from './delivery-server.js';
import { instrument, type Instrument } from '@balanse/core';
import type { BalanseSurvey } from '../src/survey/survey.js';
import '../src/define/balanse-survey.js';

const server = inject('deliveryServer');

/** The served URL of the define module, for frames. */
export const DEFINE_URL = new URL('../src/define/balanse-survey.ts', import.meta.url).href;

const mine = new Set<string>();
let counter = 0;

/** A name no other test (in any file running at the same time) uses. */
export function unique(prefix = 's'): string {
  const name = `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  mine.add(name);
  return name;
}

/** A private channel on the delivery server: its endpoint, its script and what it received. */
export interface Channel {
  endpoint: string;
  script(replies: ScriptedReply[]): Promise<void>;
  state(): Promise<DeliveryState>;
  /** Requests that carried a body (every POST), in order. */
  requests(): Promise<DeliveryState['requests']>;
}

export function channel(): Channel {
  const name = unique('c');
  const control = (route: string) => `${server}/__control/${route}?channel=${name}`;
  const state = async () => (await (await fetch(control('state'))).json()) as DeliveryState;
  return {
    endpoint: `${server}/submit/${name}`,
    script: async (replies) => {
      await fetch(control('script'), { method: 'POST', body: JSON.stringify(replies) });
    },
    state,
    requests: async () => (await state()).requests,
  };
}

export const serverOrigin = server;

/** Creates `<balanse-survey>` with attributes and properties, appends it and waits for its first render. */
export async function mount(
  attributes: Record<string, string | boolean> = {},
  properties: Partial<BalanseSurvey> = {},
  parent: Element = document.body,
): Promise<BalanseSurvey> {
  const el = document.createElement('balanse-survey');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  Object.assign(el, properties);
  parent.append(el);
  await settle(el);
  return el;
}

/** Waits until Lit has rendered every pending change (and a custom instrument has been validated). */
export async function settle(el: BalanseSurvey): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export function $<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** The radio for `value` (1–5, or null for "cannot answer") of item `id`. */
export function radio(el: Element, id: string, value: number | null): HTMLInputElement {
  return $<HTMLInputElement>(el, `input[name="${id}"][value="${value ?? ''}"]`);
}

/** The visible text of the shadow root, whitespace collapsed. */
export function text(el: Element): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
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

/**
 * A same-origin frame holding `body` (with `<balanse-survey>` elements) and the define module, as
 * a host page would: a separate document, window and module graph, sharing this origin's storage.
 * `setup` runs as a classic script before the element loads (e.g. to break storage).
 */
export async function frame(body: string, setup = ''): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  iframe.srcdoc = `<!doctype html><html lang="nb"><body>${body}<script>${setup}</script><script type="module" src="${DEFINE_URL}"></script></body></html>`;
  document.body.append(iframe);
  await frameReady(iframe);
  return iframe;
}

/** Waits until the frame's surveys have rendered. */
export async function frameReady(iframe: HTMLIFrameElement): Promise<BalanseSurvey[]> {
  return waitFor(() => {
    const surveys = [...(iframe.contentDocument?.querySelectorAll('balanse-survey') ?? [])];
    return (
      surveys.length > 0 &&
      surveys.every((s) => s.shadowRoot?.querySelector('[part~="page"], [part~="status"]')) &&
      surveys
    );
  }, 'the frame to render');
}

/** Reloads the frame for real (a new document) and waits for its surveys. */
export async function reload(iframe: HTMLIFrameElement): Promise<BalanseSurvey[]> {
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.contentWindow!.location.reload();
  await loaded;
  return frameReady(iframe);
}

/**
 * A valid custom instrument: the built-in items q01–q10 (two per scale, the schema's minimum) in
 * two pages of five, with `changes` applied on top.
 */
export function smallInstrument(changes: Partial<Instrument> = {}): Instrument {
  const items = instrument.items.slice(0, 10);
  return {
    ...instrument,
    id: 'small',
    version: '2.0.0',
    items,
    pages: [items.slice(0, 5).map((item) => item.id), items.slice(5).map((item) => item.id)],
    ...changes,
  };
}

/** Removes everything a test left: elements, frames, and the storage keys of its own surveys. */
export function cleanup(): void {
  for (const node of document.body.querySelectorAll('balanse-survey, iframe, form')) node.remove();
  for (const area of [localStorage, sessionStorage]) {
    for (let i = area.length - 1; i >= 0; i--) {
      const key = area.key(i) ?? '';
      const value = area.getItem(key) ?? '';
      if ([...mine].some((name) => key.includes(name) || value.includes(name))) area.removeItem(key);
    }
  }
}

afterEach(() => {
  cleanup();
});

/** Asserts that the survey shows the given status in text (never by colour alone). */
export function expectStatusText(el: Element, pattern: RegExp): void {
  expect($(el, '[part~="status"]').textContent ?? '').toMatch(pattern);
}
