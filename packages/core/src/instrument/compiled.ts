import { at } from '../_lib/at.js';
import { minAnsweredFor, ITEMS_PER_PAGE } from '../constants/index.js';
import { parseWith } from '../errors/index.js';
import { ITEM_CHARACTERISTICS, SCALES } from '../vocabulary/index.js';
// Not from builtin.js: compiling a custom instrument must not pull the built-in items into a bundle.
import { pagesOf } from './pages.js';
import { InstrumentSchema, type Instrument } from './instrument-schema.js';

/**
 * An instrument turned into flat lookup tables once, so scoring thousands of responses does no
 * string work per answer. Built by `compileInstrument`, cached per instrument object.
 */
export interface CompiledInstrument {
  readonly instrument: Instrument;
  /** `id@version`, the key stored responses and autosave use. */
  readonly key: string;
  /** The instrument's id, as a response's `instrument` tag must name it. */
  readonly id: string;
  /** The instrument's version, as a response's `instrument` tag must name it. */
  readonly version: string;
  /** Item ids in instrument order. */
  readonly ids: readonly string[];
  /** Item id → position. */
  readonly position: ReadonlyMap<string, number>;
  /** Per position: index into SCALES. */
  readonly scaleOf: Int8Array;
  /** Per position: index into ITEM_CHARACTERISTICS, or −1. */
  readonly characteristicOf: Int8Array;
  /** Per position: 1 when reverse-keyed. */
  readonly reverse: Uint8Array;
  /** Per position: page index. */
  readonly pageOf: Int16Array;
  /** Items per scale, in SCALES order. */
  readonly itemsPerScale: readonly number[];
  /** Answered items needed for a scale score, in SCALES order (half rule, §8.6). */
  readonly minAnsweredPerScale: readonly number[];
  /** Items per item-based characteristic, in ITEM_CHARACTERISTICS order. */
  readonly itemsPerCharacteristic: readonly number[];
  /** Item ids per page. */
  readonly pages: readonly (readonly string[])[];
  /** An answers-by-position array with nothing answered (0), to copy from. */
  readonly emptyAnswers: readonly number[];
  /** Item positions per scale, in SCALES order. */
  readonly positionsByScale: readonly (readonly number[])[];
}

const cache = new WeakMap<Instrument, CompiledInstrument>();

/**
 * Validates `instrument` with `InstrumentSchema` (throwing a `BalanseError` naming the field) and
 * returns its lookup tables. The result is cached, so passing the same object again is free.
 *
 * @param instrument - a built-in or custom instrument
 * @param root - the field name errors use; `options.instrument` by default
 * @returns the instrument's lookup tables (item positions, scales, pages, reverse keying)
 * @throws {BalanseError} `invalid_option` naming the field when `instrument` does not match `InstrumentSchema`
 */
export function compileInstrument(instrument: Instrument, root = 'options.instrument'): CompiledInstrument {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const valid = parseWith(InstrumentSchema, instrument, root);
  const n = valid.items.length;
  const ids = valid.items.map((item) => item.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const scaleOf = new Int8Array(n);
  const characteristicOf = new Int8Array(n).fill(-1);
  const reverse = new Uint8Array(n);
  const itemsPerScale = SCALES.map(() => 0);
  const itemsPerCharacteristic = ITEM_CHARACTERISTICS.map(() => 0);
  valid.items.forEach((item, i) => {
    const s = SCALES.indexOf(item.scale);
    scaleOf[i] = s;
    itemsPerScale[s] = at(itemsPerScale, s) + 1;
    if (item.characteristic) {
      const c = ITEM_CHARACTERISTICS.indexOf(item.characteristic);
      characteristicOf[i] = c;
      itemsPerCharacteristic[c] = at(itemsPerCharacteristic, c) + 1;
    }
    if (item.reverse) reverse[i] = 1;
  });
  const pages = valid.pages ?? pagesOf(ids, ITEMS_PER_PAGE);
  const pageOf = new Int16Array(n);
  // InstrumentSchema checked that the pages hold each item once: every id has a position.
  pages.forEach((page, p) =>
    page.forEach((id) => {
      const i = position.get(id);
      if (i === undefined) throw new RangeError(`internal: page ${p} holds "${id}", which is not an item`);
      pageOf[i] = p;
    }),
  );
  const compiled: CompiledInstrument = {
    instrument,
    key: `${valid.id}@${valid.version}`,
    id: valid.id,
    version: valid.version,
    ids,
    position,
    scaleOf,
    characteristicOf,
    reverse,
    pageOf,
    itemsPerScale,
    minAnsweredPerScale: itemsPerScale.map(minAnsweredFor),
    itemsPerCharacteristic,
    pages,
    emptyAnswers: ids.map(() => 0),
    positionsByScale: SCALES.map((_, s) => ids.flatMap((_, i) => (scaleOf[i] === s ? [i] : []))),
  };
  cache.set(instrument, compiled);
  return compiled;
}
