import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BalanseElement } from './balanse-element.js';

let count = 0;
const tag = () => `balanse-test-${++count}`;

class Probe extends BalanseElement {
  finished = false;
  start(slot: string, work: Promise<unknown>): void {
    this.loadLazily(slot, work, () => (this.finished = true));
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
    el.start('slow', new Promise<void>((resolve) => (finish = resolve)));
    el.start('failing', Promise.reject(new Error('chunk failed')));
    const complete = el.updateComplete;
    setTimeout(finish, 20);
    await complete;
    expect(el.finished).toBe(true);
  });
});

describe('BalanseElement.loadLazily', () => {
  class Loader extends BalanseElement {
    shown: string[] = [];
    errors: unknown[] = [];
    load(work: string | Promise<string>): void {
      this.loadLazily(
        'thing',
        work,
        (value) => this.shown.push(value),
        (error) => this.errors.push(error),
      );
    }
  }
  const name = tag();
  Loader.define(name);

  it('applies a value at once, and a promise once it settles, with updateComplete waiting for it', async () => {
    const el = document.body.appendChild(new Loader());
    el.load('now');
    expect(el.shown).toEqual(['now']);
    let resolve!: (value: string) => void;
    el.load(new Promise<string>((r) => (resolve = r)));
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    resolve('later');
    await complete;
    expect(el.shown).toEqual(['now', 'later']);
  });

  it('drops a load that a later one for the same slot overtook, even when it settles last', async () => {
    const el = document.body.appendChild(new Loader());
    let first!: (value: string) => void;
    el.load(new Promise<string>((r) => (first = r)));
    el.load(Promise.resolve('second'));
    await el.updateComplete;
    first('first');
    await el.updateComplete;
    expect(el.shown).toEqual(['second']);
    // A value overtakes a pending promise too.
    let third!: (value: string) => void;
    el.load(new Promise<string>((r) => (third = r)));
    el.load('fourth');
    third('third');
    await el.updateComplete;
    expect(el.shown).toEqual(['second', 'fourth']);
  });

  it('reports a failed load (a chunk that could not load) without rejecting updateComplete', async () => {
    const el = document.body.appendChild(new Loader());
    const error = new Error('chunk');
    el.load(Promise.reject(error));
    await expect(el.updateComplete).resolves.toBe(true);
    expect(el.errors).toEqual([error]);
    expect(el.shown).toEqual([]);
  });
});
