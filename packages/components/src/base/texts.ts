import type { Locale } from '@balanse/core';

/**
 * Texts that arrive one language at a time.
 *
 * In the npm build every text of the four languages is in the module graph, nothing registers
 * here, and `loadTexts` answers `undefined` at once: nothing changes for apps. The script-tag
 * build (build/texts-per-language.ts) takes each record of the four languages (`{ nb, nn, sv,
 * en }`) out of the modules that hold texts, leaves an empty object in its place (a slot), and
 * registers each export's slots here with one loader per language. Loading a language fills every
 * slot of that module with its text in that language, so `STRINGS[locale]` and
 * `item.text[locale]` read as before. Elements wait for the texts of their language before they
 * render (base/texts-gate.ts).
 */

type Load = () => Promise<{ default: readonly unknown[] }>;

interface TextModule {
  readonly slots: readonly Record<string, unknown>[];
  readonly load: Readonly<Partial<Record<Locale, Load>>>;
  /** Per language: loaded (`true`) or on its way. */
  readonly state: Map<Locale, true | Promise<void>>;
}

const modules: TextModule[] = [];

/**
 * Called by each export the script-tag build splits: makes its `count` slots, registers how to
 * fill them per language, and returns the export's value, `build(slots)`.
 */
export function registerTexts<T>(
  count: number,
  load: Partial<Record<Locale, Load>>,
  build: (slots: readonly Record<string, unknown>[]) => T,
): T {
  const slots = Array.from({ length: count }, () => ({}));
  modules.push({ slots, load, state: new Map() });
  return build(slots);
}

/**
 * Loads the texts of `locales` that have not arrived yet, into every registered module. Returns
 * `undefined` when they are all here already (always, in the npm build), else a promise that
 * settles when they are (rejected when a chunk could not be loaded; a later call tries again). A
 * language no module has (an unknown tag) has nothing to load.
 */
export function loadTexts(locales: Iterable<Locale>): Promise<void> | undefined {
  let pending: Promise<void>[] | undefined;
  for (const module of modules) {
    for (const locale of locales) {
      let state = module.state.get(locale);
      if (state === true) continue;
      if (!state) {
        const load = module.load[locale];
        if (!load) continue;
        state = load().then(
          ({ default: values }) => {
            // The build writes one value per slot, in the slots' order.
            module.slots.forEach((slot, i) => {
              slot[locale] = values[i];
            });
            module.state.set(locale, true);
          },
          (error: unknown) => {
            module.state.delete(locale);
            throw error;
          },
        );
        module.state.set(locale, state);
      }
      (pending ??= []).push(state);
    }
  }
  return pending && Promise.all(pending).then(() => undefined);
}
