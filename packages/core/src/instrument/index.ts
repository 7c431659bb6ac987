export { instrument } from './builtin.js';
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
} from './schema.js';
