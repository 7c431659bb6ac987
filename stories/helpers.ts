/**
 * What the stories share: a Playground render driven by the manifest's controls, the Theming
 * story's values, and a fake `fetch` for the survey's delivery states (the stories never touch
 * the network).
 */
import type { ArgTypes, Args, StoryContext } from '@storybook/web-components-vite';
import manifest from '@balanse/components/custom-elements.json';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import { TIMEOUTS } from '../.ci/timeouts.mjs';

interface CemMember {
  kind: string;
  name: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
}
interface CemElement {
  tagName?: string;
  members?: CemMember[];
  events?: { name: string }[];
  cssProperties?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
}

/** The element's declaration in custom-elements.json. */
export function declarationOf(tag: string): CemElement {
  for (const mod of (manifest as { modules: { declarations?: CemElement[] }[] }).modules) {
    for (const declaration of mod.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  throw new Error(`<${tag}> is not in custom-elements.json; run pnpm build.`);
}

/** The element's public custom properties (its `--balanse-<element>-*` hooks), from the manifest. */
export const cssPropertiesOf = (tag: string): string[] => (declarationOf(tag).cssProperties ?? []).map((p) => p.name);

/**
 * Argument types the manifest cannot express: read-only members get no control, custom
 * properties a text control, and the `as const` tuples of core become option lists.
 */
export function playgroundArgTypes(tag: string, options: Record<string, readonly unknown[]> = {}): Partial<ArgTypes> {
  const declaration = declarationOf(tag);
  const argTypes: Partial<ArgTypes> = {};
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && member.readonly) argTypes[member.name] = { control: false };
  }
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = { control: 'text' };
  // Parts and events are documented in the table but have nothing to set.
  for (const part of declaration.cssParts ?? []) argTypes[part.name] = { control: false };
  for (const event of declaration.events ?? []) argTypes[event.name] = { control: false };
  for (const [name, list] of Object.entries(options)) argTypes[name] = { control: 'inline-radio', options: [...list] };
  return argTypes;
}

/**
 * Renders `tag` from the Playground's args: writable properties are set, custom properties go to
 * the element's style, and each `on<Event>` action listens for its event. The element is kept
 * between renders (as a page keeps it), so changing a control changes the live element.
 */
export function renderFromArgs(tag: string) {
  const declaration = declarationOf(tag);
  const writable = new Set(
    (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.readonly).map((m) => m.name),
  );
  const cssProperties = new Set((declaration.cssProperties ?? []).map((p) => p.name));
  const events = (declaration.events ?? []).map((e) => e.name);
  // One element per canvas: a docs page shows the same story in more than one canvas.
  const elements = new WeakMap<HTMLElement, HTMLElement>();
  return (args: Args, context: StoryContext): HTMLElement => {
    let element = elements.get(context.canvasElement);
    if (!element) {
      element = document.createElement(tag);
      for (const name of events) element.addEventListener(name, action(name));
      elements.set(context.canvasElement, element);
    }
    for (const [name, value] of Object.entries(args)) {
      if (cssProperties.has(name)) {
        if (value) element.style.setProperty(name, String(value));
        else element.style.removeProperty(name);
      } else if (writable.has(name) && value !== undefined) {
        (element as unknown as Record<string, unknown>)[name] = value;
      }
    }
    return element;
  };
}

/**
 * Values for every public hook of an element in the Theming story: a client's palette that keeps
 * the contrast of the default theme (dark text on light surfaces, white on the accent).
 */
export const THEMING_PALETTE = {
  background: '#fbf8f3',
  surface: '#fffdf9',
  raised: '#f4ede2',
  text: '#2a1e12',
  muted: '#5a4632',
  border: '#8a6f55',
  accent: '#7a3b12',
  accentContrast: '#ffffff',
  relation: '#1f5f8b',
  system: '#7b3f8c',
  foundation: '#6b4f1d',
  danger: '#9f1d12',
  success: '#1b5e2f',
  warning: '#7a4a00',
};

/** A `style` attribute that sets each hook of `tag` to its value in `values`; a hook missing there fails loudly. */
export function hookStyle(tag: string, values: Record<string, string>): string {
  const hooks = cssPropertiesOf(tag);
  const missing = hooks.filter((name) => !(name in values));
  const unknown = Object.keys(values).filter((name) => !hooks.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `The Theming story of <${tag}> must set exactly its hooks. Missing: ${missing.join(', ') || 'none'}; not hooks: ${unknown.join(', ') || 'none'}.`,
    );
  }
  return Object.entries(values)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

/**
 * The Theming story's hooks on the element, set through the CSSOM: a `style` attribute would be
 * blocked by a strict Content Security Policy (docs/getting-started/intranet.md), and a story is
 * what pages copy.
 */
export function hookStyles(tag: string, values: Record<string, string>) {
  const css = hookStyle(tag, values);
  return ref((element) => {
    if (element instanceof HTMLElement) element.style.cssText = css;
  });
}

// ── A fake network for the survey ───────────────────────────────────────────────────────────────

export type FakeNetwork = 'offline' | 'accept' | 'refuse';

/**
 * Replaces `fetch` for one story: `offline` fails as a dead network does, `accept` answers 201,
 * `refuse` answers 400. Returns the cleanup that puts the real `fetch` back (a story's
 * `beforeEach` returns it).
 */
export function fakeNetwork(mode: FakeNetwork): () => void {
  const real = globalThis.fetch;
  globalThis.fetch = () => {
    if (mode === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      new Response(mode === 'accept' ? '{"ok":true}' : '{"error":"invalid"}', {
        status: mode === 'accept' ? 201 : 400,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return () => {
    globalThis.fetch = real;
  };
}

/**
 * Waits until `check` holds, polling each frame (for states reached through async delivery). The
 * deadline only turns a hang into a named error; it sits just below the test timeout, far above
 * any normal wait, so a busy machine makes a story slower, never red (.ci/timeouts.mjs).
 */
export async function until(check: () => boolean, timeout = TIMEOUTS.testTimeout - 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('The story did not reach its state in time.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The story's `tag` element, failing the play function loudly when it is missing. */
export function elementIn<K extends keyof HTMLElementTagNameMap>(canvas: ParentNode, tag: K): HTMLElementTagNameMap[K] {
  const found = canvas.querySelector(tag);
  if (!found) throw new Error(`<${tag}> is not in the story`);
  return found;
}

/** The element's open shadow root, failing the play function loudly when it has none. */
export function shadowOf(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/** The open shadow root of the story's `tag` element. */
export const shadowIn = (canvas: ParentNode, tag: keyof HTMLElementTagNameMap): ShadowRoot =>
  shadowOf(elementIn(canvas, tag));

/** A `play` function that waits for every Balanse element in the story to finish rendering (async validation included). */
export async function settled({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const elements = [...canvasElement.querySelectorAll('*')].filter(
    (el): el is Element & { updateComplete: Promise<unknown> } =>
      el.localName.startsWith('balanse-') && 'updateComplete' in el,
  );
  await Promise.all(elements.map((el) => el.updateComplete));
  // Nested elements (the report's map and board) render in the next frame.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Notes for an Accessibility story, shown above the element: what assistive technology gets and
 * the honest caveats (from the element folder's README.md).
 */
export function a11yNotes(notes: readonly string[]): HTMLElement {
  const aside = document.createElement('aside');
  aside.setAttribute('aria-label', 'Accessibility notes');
  aside.style.cssText = 'margin-block-end: 1rem; max-inline-size: 60rem; font: inherit;';
  const list = document.createElement('ul');
  for (const note of notes) list.append(Object.assign(document.createElement('li'), { textContent: note }));
  aside.append(list);
  return aside;
}

/** Makes Web Storage refuse access for one story, as a browser with storage blocked does; returns the cleanup. */
export function blockLocalStorage(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The storage is blocked in this story.', 'SecurityError');
    },
  });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}
