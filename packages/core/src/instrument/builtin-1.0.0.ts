import { ITEMS_1_0_0 } from './items-1.0.0.js';
import { pagesOf } from './pages.js';
import type { Instrument } from './instrument-schema.js';
import { TEXTS_1_0_0 } from './texts-1.0.0.js';

/**
 * `balanse@1.0.0`, the first built-in instrument, kept so answers given under it still score under
 * it. Its items are `q01`…`q40`, laid out as in 1.1.0; `builtInInstrument('1.0.0')` returns it.
 */
export const instrument_1_0_0: Instrument = Object.freeze({
  id: 'balanse',
  version: '1.0.0',
  ...TEXTS_1_0_0,
  items: ITEMS_1_0_0 as unknown as Instrument['items'],
  pages: pagesOf(ITEMS_1_0_0.map((item) => item.id)),
});
