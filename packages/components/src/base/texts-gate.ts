import type { Locale } from '@balanse/core';
import { BalanseElement } from './balanse-element.js';
import { resolveLang, toLocale } from './locale.js';
import { loadTexts } from './texts.js';

/**
 * For the script-tag build only (src/cdn.ts calls it before any element is defined): every
 * Balanse element renders once the texts of its languages are here, and keeps showing the
 * previous language until a new one has arrived. The npm build has every text in its module
 * graph and never needs this, so apps do not ship it: it replaces two methods of the base class
 * instead of living in it.
 *
 * - `updateLocale` (connect and every `lang` change): the language is switched only once its
 *   texts are here; until then every text the element shows, and sets (a validation message),
 *   stays in the language it has.
 * - `scheduleUpdate`: a render waits for the texts of `textLocales()` in the wanted language. A chunk of texts that did
 *   not arrive (the network, the server) is reported once and tried again with a growing pause,
 *   so the element renders when the connection is back.
 */
interface Gated {
  locale: Locale;
  readonly localName: string;
  textLocales(locale: Locale): Locale[];
  loadLazily(slot: string, work: Promise<void>, apply: () => void): void;
  // Properties, not methods: two of them are replaced here, and Lit's is called on its own.
  /** Lit's: a promise when the update waits, nothing otherwise. */
  scheduleUpdate: (this: Gated) => unknown;
  updateLocale: (this: Gated & Element) => void;
}

/** The language the page asks for, per element; `locale` follows once its texts are here. */
const wanted = new WeakMap<Gated, Locale>();
/** Failed text loads in a row, per element, for the retry's pause. */
const failures = new WeakMap<Gated, number>();
let installed = false;

export function waitForTexts(): void {
  if (installed) return;
  installed = true;
  const proto = BalanseElement.prototype as unknown as Gated;
  const render = proto.scheduleUpdate;

  proto.updateLocale = function (this: Gated & Element) {
    const next = toLocale(resolveLang(this));
    wanted.set(this, next);
    const pending = loadTexts([next]);
    if (!pending) {
      if (next !== this.locale) this.locale = next;
      return;
    }
    // `updateComplete` waits for the texts; the language still asked for when they arrive wins.
    this.loadLazily('texts', pending, () => {
      if (wanted.get(this) === next && this.locale !== next) this.locale = next;
    });
  };

  proto.scheduleUpdate = function (this: Gated) {
    const target = wanted.get(this);
    const pending = loadTexts(this.textLocales(target ?? this.locale));
    if (!pending) {
      if (target && target !== this.locale) this.locale = target;
      failures.delete(this);
      return render.call(this);
    }
    return pending.then(
      () => this.scheduleUpdate(),
      async (error: unknown) => {
        const count = (failures.get(this) ?? 0) + 1;
        failures.set(this, count);
        if (count === 1) console.error(`<${this.localName}>: its texts could not be loaded`, error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** count)));
        return this.scheduleUpdate();
      },
    );
  };
}
