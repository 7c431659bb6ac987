import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BalanseElement } from './balanse-element.js';

let count = 0;
const tag = () => `balanse-test-${++count}`;

class Probe extends BalanseElement {
  finished = false;
  start(work: Promise<unknown>): void {
    this.waitFor(work.then(() => (this.finished = true)));
  }
  get language() {
    return this.locale;
  }
  override render() {
    return html`<p>${this.locale}</p>`;
  }
}

afterEach(() => {
  document.documentElement.lang = 'en';
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('BalanseElement', () => {
  it('defines a tag once and warns, without throwing, when another class already has it', () => {
    const name = tag();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    Probe.define(name);
    Probe.define(name);
    expect(warn).not.toHaveBeenCalled();
    class Other extends Probe {}
    expect(() => Other.define(name)).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`<${name}> is already defined`));
    expect(customElements.get(name)).toBe(Probe);
  });

  it('warns, without throwing, when a class it already registered is given a second tag', () => {
    class Once extends Probe {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    Once.define(tag());
    const second = tag();
    expect(() => Once.define(second)).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('register a subclass'));
    expect(customElements.get(second)).toBeUndefined();
  });

  it('follows the nearest lang, also when it changes', async () => {
    const name = tag();
    const Element = class extends Probe {};
    Element.define(name);
    const el = new Element();
    document.body.append(el);
    await el.updateComplete;
    expect(el.language).toBe('en');
    document.documentElement.lang = 'sv-SE';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('sv');
  });

  it('makes updateComplete wait for lazily loaded work, even work that fails', async () => {
    const name = tag();
    const Element = class extends Probe {};
    Element.define(name);
    const el = new Element();
    document.body.append(el);
    let finish!: () => void;
    el.start(new Promise<void>((resolve) => (finish = resolve)));
    el.start(Promise.reject(new Error('chunk failed')));
    const complete = el.updateComplete;
    setTimeout(finish, 20);
    await complete;
    expect(el.finished).toBe(true);
  });
});
