import { instrument as builtInInstrument, type Instrument } from '@balanse/core';
import { pagesOf } from '@balanse/core/instrument';
import { lazyModule } from '../base/lazy.js';

/** The instrument as the survey shows it: its pages and the key of its answers. */
export interface Prepared {
  instrument: Instrument;
  pages: readonly (readonly string[])[];
  ids: ReadonlySet<string>;
  /** Each item's number as shown, from 1, in the instrument's order. */
  numbers: ReadonlyMap<string, number>;
  /** Each item by id. */
  items: ReadonlyMap<string, Instrument['items'][number]>;
  /** `id@version`. */
  key: string;
}

function prepare(instrument: Instrument, pages: readonly (readonly string[])[]): Prepared {
  return {
    instrument,
    pages,
    ids: new Set(instrument.items.map((item) => item.id)),
    numbers: new Map(instrument.items.map((item, i) => [item.id, i + 1])),
    items: new Map(instrument.items.map((item) => [item.id, item])),
    key: `${instrument.id}@${instrument.version}`,
  };
}

/** Core's instrument check (zod), loaded when a custom instrument is set; a failed load is tried again. */
const validator = lazyModule(() => import('./validate-instrument.js'));

/** The built-in instrument is valid by construction (core's tests): it is never re-validated. */
let builtIn: Prepared | undefined;

/**
 * The instrument ready to show: at once for the built-in one; for a custom one, a promise of it
 * after core's validation (loaded on demand, see validate-instrument.ts), or of the message naming
 * the invalid field, or of why the validator could not load (network, CSP).
 */
export function prepareInstrument(instrument: Instrument): Prepared | Promise<Prepared | string> {
  if (instrument === builtInInstrument) {
    // The built-in instrument always has its pages (core builds them).
    return (builtIn ??= prepare(instrument, instrument.pages ?? pagesOf(instrument.items.map((i) => i.id))));
  }
  return validator
    .load()
    .then(({ validateInstrument }) => validateInstrument(instrument))
    .catch((error: unknown) => String(error)) // the chunk failed to load (network, CSP)
    .then((compiled) => (typeof compiled === 'string' ? compiled : prepare(instrument, compiled.pages)));
}
