/**
 * What the `<balanse-survey>` tests share beyond test/helpers.ts: mounting a survey from attributes,
 * a private channel on the delivery server per test, radios by value, a small custom instrument,
 * and same-origin frames that load the element the way a host page does (for real reloads and for
 * "two tabs"). Test files run in parallel and share localStorage and the server, so every test
 * names its survey and its channel with `unique()`.
 */
import { expect, inject } from 'vitest';
import type { DeliveryState, ScriptedReply } from './delivery-server.js';
import { instrument, type Instrument } from '@balanse/core';
import type { BalanseSurvey } from '../src/survey/survey.js';
import { $, settle, unique, waitFor } from './helpers.js';
import '../src/survey/define.js';

const server = inject('deliveryServer');

/**
 * Vitest's transform hands every `import()` of the sources to its runner, which only its own pages
 * have; a frame gets the pass-through Vitest itself gives workers, so the survey's lazily loaded
 * parts (its sending) load there as they do on a real page.
 */
const RUNNER_SHIM = 'globalThis.__vitest_browser_runner__ ??= { wrapDynamicImport: (load) => load() };';

/** The served URL of the define module, for frames. */
export const DEFINE_URL = new URL('../src/survey/define.ts', import.meta.url).href;

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
export async function mountSurvey(
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

/** The radio for `value` (1–5, or null for "cannot answer") of item `id`. */
export function radio(el: Element, id: string, value: number | null): HTMLInputElement {
  return $(el, `input[name="${id}"][value="${value ?? ''}"]`, HTMLInputElement);
}

/**
 * A same-origin frame holding `body` (with `<balanse-survey>` elements) and the define module, as
 * a host page would: a separate document, window and module graph, sharing this origin's storage.
 * `setup` runs as a classic script before the element loads (e.g. to break storage).
 */
export async function frame(body: string, setup = ''): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  iframe.srcdoc = `<!doctype html><html lang="nb"><body>${body}<script>${RUNNER_SHIM}${setup}</script><script type="module" src="${DEFINE_URL}"></script></body></html>`;
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

/** Asserts that the survey shows the given status in text (never by colour alone). */
export function expectStatusText(el: Element, pattern: RegExp): void {
  expect($(el, '[part~="status"]').textContent).toMatch(pattern);
}
