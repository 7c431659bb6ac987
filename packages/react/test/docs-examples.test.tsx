/**
 * The framework pages' examples (docs/frameworks/*.md), compiled by docs-examples-setup.ts and
 * mounted in Chromium the way each framework mounts an app: React 19's createRoot, Vue's
 * createApp, Svelte's mount. Each must render without an error; every Balanse element in it must
 * upgrade and render; data it binds (`report`, `zone`, `balance`, `sellers`, `instrument`) must
 * reach the element as an object property, never as an attribute; and each event it listens to,
 * fired by the element as the element's own event class, must have an effect (a change on the
 * page, a request, or a cancelled event). A `.json` fetch returns a real report.
 */
import { buildReport, summarizeTeam, type TeamSummaryOk } from '@balanse/core';
import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
import {
  BalanseDeliveredEvent,
  BalanseDownloadEvent,
  BalanseFailedEvent,
  BalanseQueuedEvent,
  BalanseSellersChangeEvent,
  BalanseSubmitEvent,
} from '@balanse/components';
import { act, createElement, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { mount as mountSvelte, unmount as unmountSvelte, type Component } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, type Component as VueComponent } from 'vue';
import type { ExampleEntry } from './docs-examples-setup.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const modules = import.meta.glob<Record<string, unknown>>('./generated-docs-examples/*.{tsx,ts,js}');
const indexes = import.meta.glob<Record<string, ExampleEntry>>('./generated-docs-examples/index.json', {
  eager: true,
  import: 'default',
});
const index = Object.values(indexes)[0] ?? {};

const team = summarizeTeam(syntheticTeam(11, 8, PROFILES.comfort)) as TeamSummaryOk;
const report = buildReport({ team }, { locale: 'en', teamName: 'Sales North', invited: 9 });

/** Each event an element may fire, made with the element's own class and a realistic detail. */
const EVENTS: Record<string, () => Event> = {
  'balanse-submit': () =>
    new BalanseSubmitEvent({
      response: {
        id: 'docs-example-submission',
        instrument: { id: 'balanse', version: '1.1.0' },
        form: 'team',
        answers: { q01: 4, q02: 5 },
        locale: 'en',
        pageTimes: [12_000],
      },
      submittedAt: new Date(0).toISOString(),
      endpoint: null,
    }),
  'balanse-queued': () =>
    new BalanseQueuedEvent({ submissionId: 'docs-example-submission', reason: 'offline', status: null }),
  'balanse-delivered': () => new BalanseDeliveredEvent({ submissionId: 'docs-example-submission', status: 201 }),
  'balanse-failed': () => new BalanseFailedEvent({ submissionId: 'docs-example-submission', status: 422 }),
  'balanse-sellers-change': () =>
    new BalanseSellersChangeEvent({
      sellers: [
        {
          id: 's1',
          name: 'Kari',
          competence: [2, 2],
          commitment: [2, 3],
          newInRole: true,
          comfortZone: false,
          lowEnergy: false,
        },
      ],
    }),
  'balanse-download': () =>
    new BalanseDownloadEvent({ filename: 'balanse-report.csv', type: 'text/csv', content: 'a' }),
};
const DATA_PROPS = ['report', 'zone', 'balance', 'sellers', 'instrument'];

type BalanseNode = HTMLElement & { updateComplete: Promise<unknown> };

/** The page's text and markup, shadow trees included: what a change of the page changes. */
function snapshot(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return '';
  const inner = [...node.childNodes].map(snapshot).join('');
  if (!(node instanceof Element)) return inner;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  return `<${node.localName}${attributes}>${node.shadowRoot ? snapshot(node.shadowRoot) : ''}${inner}</${node.localName}>`;
}

/** Event names the example listens to: `@balanse-x`, `onbalanse-x`, `on:balanse-x`, `onBalanseX`. */
function listenedEvents(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/(?:@|\bon:?)(balanse-[a-z-]+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/\bon(Balanse[A-Z]\w*)/g))
    names.add(m[1]!.replace(/[A-Z]/g, (c, i: number) => `${i > 0 ? '-' : ''}${c.toLowerCase()}`));
  return [...names];
}

/** Data the example binds on a Balanse element: `report={…}`, `:report.prop="…"`, `{sellers}`. */
const boundData = (source: string) =>
  DATA_PROPS.filter((name) => new RegExp(`(?:[\\s:.]${name}(?:\\.prop)?=|\\{${name}\\})`).test(source));

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('the framework examples of the docs', () => {
  const entries = Object.entries(index);

  it('are found: React, Vue and Svelte', () => {
    expect(new Set(entries.map(([, e]) => e.kind))).toEqual(new Set(['react', 'vue', 'svelte']));
  });

  it.each(entries.map(([file, entry]) => [`${entry.where} (${entry.kind})`, file, entry] as const))(
    '%s mounts, binds its data as properties and handles its events',
    async (_, file, entry) => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      cleanups.push(() => window.removeEventListener('error', onError));
      vi.spyOn(console, 'error').mockImplementation(
        (...args: unknown[]) => void errors.push(args.map(String).join(' ')),
      );
      const fetches: string[] = [];
      const replies: Promise<unknown>[] = [];
      vi.spyOn(window, 'fetch').mockImplementation((input) => {
        fetches.push(String(input));
        const reply = String(input).endsWith('.json') ? Response.json(report) : new Response(null, { status: 201 });
        replies.push(Promise.resolve());
        return Promise.resolve(reply);
      });

      const target = document.createElement('div');
      document.body.append(target);
      const module = await modules[`./generated-docs-examples/${file}`]!();
      const balanse = () =>
        [...target.querySelectorAll<BalanseNode>('*')].filter((el) => el.localName.startsWith('balanse-'));
      /** Lets requests, the framework and the elements finish what they started (in act for React). */
      const settle = async () => {
        const rounds = async () => {
          for (let round = 0; round < 3; round++) {
            await Promise.all(replies);
            await new Promise((resolve) => setTimeout(resolve, 0));
            await Promise.all(balanse().map((el) => el.updateComplete));
          }
        };
        if (entry.kind === 'react') await act(rounds);
        else await rounds();
      };

      if (entry.kind === 'react') {
        globalThis.IS_REACT_ACT_ENVIRONMENT = true;
        const App = Object.values(module).find((value) => typeof value === 'function') as ComponentType;
        const reactRoot = createRoot(target);
        act(() => reactRoot.render(createElement(App)));
        cleanups.push(() => act(() => reactRoot.unmount()));
      } else if (entry.kind === 'vue') {
        const app = createApp(module.default as VueComponent);
        app.mount(target);
        cleanups.push(() => app.unmount());
      } else {
        const component = mountSvelte(module.default as Component, { target });
        cleanups.push(() => unmountSvelte(component));
      }
      await settle();

      const elements = balanse();
      expect(elements.length, 'Balanse elements in the example').toBeGreaterThan(0);
      for (const el of elements) {
        expect(customElements.get(el.localName), `<${el.localName}> is registered`).toBeDefined();
        expect(el.shadowRoot?.children.length, `<${el.localName}> rendered`).toBeGreaterThan(0);
        for (const attribute of el.attributes)
          expect(attribute.value, `<${el.localName} ${attribute.name}>`).not.toContain('[object Object]');
      }
      for (const name of boundData(entry.source)) {
        const holders = elements.filter((el) => name in el);
        expect(holders.length, `an element that takes ${name}`).toBeGreaterThan(0);
        for (const el of holders) {
          expect(typeof (el as unknown as Record<string, unknown>)[name], `<${el.localName}>.${name}`).toBe('object');
          expect((el as unknown as Record<string, unknown>)[name], `<${el.localName}>.${name}`).not.toBeNull();
          expect(el.hasAttribute(name), `<${el.localName}> has no ${name} attribute`).toBe(false);
        }
      }

      const listened = listenedEvents(entry.source);
      for (const name of listened) {
        const make = EVENTS[name];
        expect(make, `a fixture for ${name}`).toBeDefined();
        const before = snapshot(target);
        const requests = fetches.length;
        let prevented = false;
        for (const el of elements) {
          const event = make!();
          const fire = () => el.dispatchEvent(event);
          if (entry.kind === 'react') act(() => void fire());
          else fire();
          prevented ||= event.defaultPrevented;
        }
        await settle();
        const changed = snapshot(target) !== before || fetches.length > requests || prevented;
        expect(changed, `the example's ${name} handler had an effect`).toBe(true);
      }
      expect(errors).toEqual([]);
    },
  );
});
