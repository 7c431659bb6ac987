/**
 * The checks every Balanse element passes, whatever it shows: no axe violation in any theme and
 * any locale, only the parts custom-elements.json documents, 44 × 44 px targets, reflow at 320 px
 * without sideways scrolling, and nothing left behind on the page after it is removed (no
 * listener on window or document, no observer, no interval). Each element's folder runs it from
 * its `<name>.suite.test.ts`, with the properties of a typical, filled render:
 *
 *   elementSuite('balanse-zone-map', { props: (locale) => ({ zone: fullReport(locale).zone }) });
 *
 * Cheap on purpose (the whole suite must stay under four minutes on two cores): the four locales
 * are mounted side by side, so axe runs once per theme; the layout probes reuse those mounts.
 */
import { LOCALES, type Locale } from '@balanse/core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { mount, mountInEveryLocale, overflowingParts, settle, smallTargets } from './helpers.js';
import { THEMES, useTheme } from './themes.js';

type Tag = keyof HTMLElementTagNameMap;

export interface ElementSuiteOptions<K extends Tag> {
  /** The properties of a typical render in `locale`: the data the element shows when in use. */
  props: (locale: Locale) => Partial<HTMLElementTagNameMap[K]>;
  /**
   * Mounts further states beside the four locales for the axe runs (empty, borderline, an error),
   * so one axe run per theme covers them too.
   */
  states?: () => Promise<unknown>;
}

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

let manifest: Promise<{ modules: { declarations?: ManifestDeclaration[] }[] }> | undefined;

/** The parts custom-elements.json (written by `pnpm build`) documents for `tag`. */
export async function documentedParts(tag: string): Promise<Set<string>> {
  manifest ??= fetch(new URL('../custom-elements.json', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error('custom-elements.json is missing: run `pnpm build` (or `pnpm run cem`) first');
    return response.json() as Promise<{ modules: { declarations?: ManifestDeclaration[] }[] }>;
  });
  const declaration = (await manifest).modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json`);
  return new Set((declaration.cssParts ?? []).map((part) => part.name));
}

/** Every part name used in the element's own shadow root (nested elements document their own). */
export function usedParts(el: Element): Set<string> {
  const names = new Set<string>();
  for (const node of el.shadowRoot?.querySelectorAll('[part]') ?? []) {
    for (const name of node.getAttribute('part')?.split(/\s+/) ?? []) if (name) names.add(name);
  }
  return names;
}

interface ObserverMethods {
  observe: (this: object, target: unknown, ...rest: unknown[]) => void;
  unobserve?: (this: object, target: unknown) => void;
  disconnect: (this: object) => void;
}

/** What a piece of code left running: listeners on window and document, observers, intervals. */
export interface Leftovers {
  listeners: string[];
  observers: string[];
  intervals: number;
}

/**
 * Runs `work` while recording what is added outside the element and never taken away: event
 * listeners on `window`, `document` and its root, observers that observe and are not
 * disconnected, and intervals not cleared. Everything it patches is restored before it returns.
 */
export async function leftoversOf(work: () => Promise<void>): Promise<Leftovers> {
  const outside = (target: EventTarget) =>
    target === window || target === document || target === document.documentElement || target === document.body;
  const listeners = new Map<string, number>();
  const keyOf = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    const where = target === window ? 'window' : target === document ? 'document' : (target as Element).localName;
    return { key: `${where} ${type}${capture ? ' (capture)' : ''}`, id: listener };
  };
  const active = new Map<unknown, Map<string, number>>();
  type Listen = (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) => void;
  const restores: (() => void)[] = [];
  const add = (target: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) => {
    if (!listener || !outside(target)) return;
    const { key, id } = keyOf(target, type, listener, options);
    const forListener = active.get(id) ?? new Map<string, number>();
    if (!forListener.has(key)) {
      forListener.set(key, 1);
      listeners.set(key, (listeners.get(key) ?? 0) + 1);
    }
    active.set(id, forListener);
  };
  const remove = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    if (!listener || !outside(target)) return;
    const { key, id } = keyOf(target, type, listener, options);
    if (active.get(id)?.delete(key)) listeners.set(key, (listeners.get(key) ?? 1) - 1);
  };
  // EventTarget's methods, and the window's own where the test runner wraps them (it does, to
  // watch for errors): a bare `addEventListener(…)` in a module reaches the window's.
  for (const holder of [EventTarget.prototype, window] as object[]) {
    const own = (name: string) => Object.getOwnPropertyDescriptor(holder, name)?.value as Listen | undefined;
    const addOriginal = own('addEventListener');
    const removeOriginal = own('removeEventListener');
    if (!addOriginal || !removeOriginal) continue;
    Object.assign(holder, {
      addEventListener(this: EventTarget | undefined, ...args: Parameters<EventTarget['addEventListener']>) {
        const target = this ?? window;
        add(target, ...args);
        addOriginal.call(target, ...args);
      },
      removeEventListener(this: EventTarget | undefined, ...args: Parameters<EventTarget['removeEventListener']>) {
        const target = this ?? window;
        remove(target, ...args);
        removeOriginal.call(target, ...args);
      },
    });
    restores.push(() => Object.assign(holder, { addEventListener: addOriginal, removeEventListener: removeOriginal }));
  }

  /** Each observer that observes something, with its kind and what it observes. */
  const observing = new Map<object, { kind: string; targets: Set<unknown> }>();
  for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const prototype = (globalThis[kind] as { prototype: ObserverMethods } | undefined)?.prototype;
    if (!prototype) continue;
    const { observe, unobserve, disconnect } = prototype;
    prototype.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      const entry = observing.get(this) ?? { kind, targets: new Set() };
      entry.targets.add(target);
      observing.set(this, entry);
      observe.call(this, target, ...rest);
    };
    if (unobserve) {
      prototype.unobserve = function (this: object, target: unknown) {
        const entry = observing.get(this);
        entry?.targets.delete(target);
        if (entry?.targets.size === 0) observing.delete(this);
        unobserve.call(this, target);
      };
    }
    prototype.disconnect = function (this: object) {
      observing.delete(this);
      disconnect.call(this);
    };
    restores.push(() => Object.assign(prototype, { observe, disconnect }, unobserve ? { unobserve } : {}));
  }

  const intervals = new Set<number>();
  const set = window.setInterval.bind(window);
  const clear = window.clearInterval.bind(window);
  const timers = ['setInterval', 'clearInterval'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const,
  );
  restores.push(() => {
    for (const [name, own] of timers) {
      if (own) Object.defineProperty(window, name, own);
      else Reflect.deleteProperty(window, name);
    }
  });
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = set(handler, timeout, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clear(id);
  }) as typeof window.clearInterval;

  try {
    await work();
  } finally {
    for (const restore of restores) restore();
  }
  return {
    listeners: [...listeners].filter(([, count]) => count > 0).map(([key, count]) => `${key} ×${count}`),
    observers: [...observing.values()].map(({ kind, targets }) => `${kind} on ${targets.size} node(s)`),
    intervals: intervals.size,
  };
}

/** Registers the shared checks for `tag` (see the top of this file). */
export function elementSuite<K extends Tag>(tag: K, { props, states }: ElementSuiteOptions<K>): void {
  describe(`<${tag}>: the checks every element passes`, () => {
    afterEach(() => useTheme('none'));

    it.each(THEMES)('has no axe violations in any locale in the %s theme', async (theme) => {
      useTheme(theme);
      await mountInEveryLocale(tag, props);
      await states?.();
      await expectNoAxeViolations();
    });

    it('uses only the parts custom-elements.json documents', async () => {
      const documented = await documentedParts(tag);
      const elements = await mountInEveryLocale(tag, props);
      const undocumented = elements.flatMap((el) => [...usedParts(el)].filter((name) => !documented.has(name)));
      expect(new Set(undocumented), `parts of <${tag}> missing from its @csspart docs`).toEqual(new Set());
    });

    it('gives every control a 44 × 44 px target and reflows at 320 px', async () => {
      const elements = await mountInEveryLocale(tag, props);
      for (const [i, el] of elements.entries()) {
        const locale = LOCALES[i];
        expect(smallTargets(el), `small targets in ${locale}`).toEqual([]);
        expect(await overflowingParts(el, 320), `sideways overflow at 320 px in ${locale}`).toEqual([]);
      }
    });

    it('leaves no listener, observer or interval behind once removed, also after moving in the page', async () => {
      const left = await leftoversOf(async () => {
        const el = await mount(tag, props('en'), 'en');
        // Moved: disconnected and connected again, as a host page's framework may do.
        const other = document.createElement('div');
        other.lang = 'en';
        document.body.append(other);
        other.append(el);
        await settle(el);
        document.body.replaceChildren();
        await settle(el);
      });
      expect(left).toEqual({ listeners: [], observers: [], intervals: 0 });
    });
  });
}
