/** The element suite's own probes must see what they are there to catch. */
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { documentedParts, leftoversOf, usedParts } from './element-suite.js';

class Leaky extends LitElement {
  static override properties = { clean: { type: Boolean } };
  declare clean: boolean;
  #observer = new ResizeObserver(() => undefined);
  #interval: ReturnType<typeof setInterval> | undefined;
  #onResize = () => undefined;
  constructor() {
    super();
    this.clean = false;
  }
  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('resize', this.#onResize);
    document.addEventListener('keydown', this.#onResize, { capture: true });
    this.#observer.observe(this);
    this.#interval = setInterval(() => undefined, 60_000);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.clean) return;
    removeEventListener('resize', this.#onResize);
    document.removeEventListener('keydown', this.#onResize, { capture: true });
    this.#observer.disconnect();
    clearInterval(this.#interval);
  }
  override render() {
    return html`<p part="base text">x</p>`;
  }
}
customElements.define('test-leaky-element', Leaky);

afterEach(() => document.body.replaceChildren());

async function mountAndRemove(clean: boolean) {
  return leftoversOf(async () => {
    const el = Object.assign(new Leaky(), { clean });
    document.body.append(el);
    await el.updateComplete;
    el.remove();
  });
}

describe('the element suite’s probes', () => {
  it('find the listeners, observers and intervals an element leaves behind', async () => {
    expect(await mountAndRemove(false)).toEqual({
      listeners: ['window resize ×1', 'document keydown (capture) ×1'],
      observers: ['ResizeObserver on 1 node(s)'],
      intervals: 1,
    });
  });

  it('find nothing when the element takes everything back', async () => {
    expect(await mountAndRemove(true)).toEqual({ listeners: [], observers: [], intervals: 0 });
  });

  it('read the parts an element uses and those the manifest documents', async () => {
    const el = new Leaky();
    document.body.append(el);
    await el.updateComplete;
    expect(usedParts(el)).toEqual(new Set(['base', 'text']));
    expect(await documentedParts('balanse-zone-map')).toContain('chart');
    await expect(documentedParts('test-leaky-element')).rejects.toThrow('not in custom-elements.json');
  });
});
