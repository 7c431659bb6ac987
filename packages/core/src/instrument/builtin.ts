import { BUILT_IN_ITEMS } from './items.js';
import { pagesOf } from './pages.js';
import type { Instrument } from './instrument-schema.js';
import { BUILT_IN_TEXTS } from './texts.js';

/**
 * The built-in Balanse instrument, `balanse@1.1.0`: 40 items, 8 per scale, in 5 pages of 8 whose
 * scales cycle relation, system, administration, safety, standard (§8.1, §8.4), with team and
 * self wording in nb, nn, sv and en. Stored responses name its `id` and `version`; answers given
 * under an earlier version score with that version (`builtInInstrument`, `BUILT_IN_VERSIONS`).
 *
 * @example
 * ```ts
 * import { instrument } from '@balanse/core';
 *
 * instrument.items.length; // => 40
 * instrument.pages?.length; // => 5
 * instrument.items[0]?.scale; // => 'relation'
 * instrument.version; // => '1.1.0'
 * ```
 */
export const instrument: Instrument = Object.freeze({
  id: 'balanse',
  version: '1.1.0',
  ...BUILT_IN_TEXTS,
  items: BUILT_IN_ITEMS as unknown as Instrument['items'],
  pages: pagesOf(BUILT_IN_ITEMS.map((item) => item.id)),
});
