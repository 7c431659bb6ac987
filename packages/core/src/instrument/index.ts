export { instrument } from './builtin.js';
export {
  assertComparableInstruments,
  builtInInstrument,
  BUILT_IN_CHANGES,
  BUILT_IN_INSTRUMENT_ID,
  BUILT_IN_VERSIONS,
  compareInstruments,
  type InstrumentComparison,
  type InstrumentComparisonReason,
  type InstrumentRef,
  type VersionChanges,
} from './versions.js';
export { pagesOf } from './pages.js';
export { compileInstrument, type CompiledInstrument } from './compiled.js';
export { localize } from './localize.js';
export {
  InstrumentSchema,
  ItemSchema,
  ItemIdSchema,
  LocalizedTextSchema,
  ResponseLabelsSchema,
  type Instrument,
  type Item,
  type LocalizedText,
} from './instrument-schema.js';
