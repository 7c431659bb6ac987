import { LitElement } from 'lit';
import type { Locale } from '@balanse/core';
import { resolveLang, toLocale } from './locale.js';

/**
 * The shared base of every Balanse element: language resolution from the nearest `lang`
 * (updated when any `lang` in the document changes), lazy loading that `updateComplete` waits for
 * (`loadLazily`), typed event dispatch, and a `define` that warns instead of throwing when the tag
 * is already taken. It holds no model logic.
 */
export abstract class BalanseElement extends LitElement {
  static override properties = {
    locale: { state: true },
  };

  /** The language texts are shown in, resolved from the nearest `lang` attribute. */
  declare protected locale: Locale;

  #langObserver: MutationObserver | undefined;
  /** Per slot, the lazy load under way that `updateComplete` waits for (loadLazily). */
  readonly #loads = new Map<string, Promise<void>>();

  constructor() {
    super();
    this.locale = 'nb';
  }

  /**
   * Registers the element under `tagName`. Intranets often load both the npm build and the
   * script-tag bundle; a second registration of the same tag warns instead of breaking the page.
   */
  static define(
    tagName: string,
    constructor: CustomElementConstructor = this as unknown as CustomElementConstructor,
  ): void {
    if (typeof customElements === 'undefined') return;
    const existing = customElements.get(tagName);
    if (existing) {
      if (existing !== constructor) {
        console.warn(
          `<${tagName}> is already defined by another copy of Balanse; this one is not registered. ` +
            'Load the elements once (either the npm build or the script-tag bundle).',
        );
      }
      return;
    }
    try {
      customElements.define(tagName, constructor);
    } catch (error) {
      // The platform lets one class hold one tag: a second tag needs a subclass.
      if (!(error instanceof DOMException) || error.name !== 'NotSupportedError') throw error;
      console.warn(
        `<${tagName}> is not registered: this class already has another tag. ` +
          `For a second tag, register a subclass: class Mine extends ${constructor.name} {}; Mine.define('${tagName}').`,
      );
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLocale();
    // Any lang change in the document may change ours: the page's, an ancestor's or our own.
    this.#langObserver = new MutationObserver(() => this.updateLocale());
    this.#langObserver.observe(this.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    this.#langObserver = undefined;
  }

  /**
   * The languages whose texts a render in `locale` needs: that one. An element that also shows
   * texts in another language (the report, in its report's language) adds it. Read by the
   * script-tag build, whose texts arrive one language at a time (base/texts-gate.ts).
   */
  protected textLocales(locale: Locale): Locale[] {
    return [locale];
  }

  /** Re-reads the language; called on connect and on every `lang` change. */
  protected updateLocale(): void {
    const next = toLocale(resolveLang(this));
    if (next !== this.locale) this.locale = next;
  }

  /**
   * The one way an element loads something lazily (a validator, core's recommendation, a custom
   * instrument's check; base/lazy.ts loads each module once per page). `work` is the result itself,
   * applied at once, or a promise of it: `apply` then runs when it settles, followed by an update,
   * and only if no later load for the same `slot` started meanwhile (the latest report or instrument
   * wins); `failed` runs instead when it rejects (a chunk that could not load: network, CSP).
   * `updateComplete` waits for every load under way and the update it leads to, never rejecting:
   * hosts and tests await one promise whatever an element loads.
   */
  protected loadLazily<T>(
    slot: string,
    work: T | Promise<T>,
    apply: (result: T) => void,
    failed?: (error: unknown) => void,
  ): void {
    // An overtaken load is dropped: never applied, and `updateComplete` no longer waits for it.
    this.#loads.delete(slot);
    if (!(work instanceof Promise)) {
      apply(work);
      return;
    }
    const settled =
      <A>(then?: (arg: A) => void) =>
      (arg: A) => {
        if (this.#loads.get(slot) !== load) return;
        this.#loads.delete(slot);
        then?.(arg);
        this.requestUpdate();
      };
    const load: Promise<void> = work.then(settled(apply), settled(failed)).catch(() => undefined);
    this.#loads.set(slot, load);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#loads.size > 0) {
      await Promise.all(this.#loads.values());
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Dispatches `event` from this element and returns false when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
