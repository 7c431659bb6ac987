/**
 * Validation of a custom instrument, loaded on demand: core's `compileInstrument` brings zod and
 * the schema (about 9 kB gzipped), which the built-in instrument never needs. Bundlers split this
 * module into its own chunk, so a page with the default survey does not download it.
 */
import { type Instrument } from '@balanse/core';
import { compileInstrument, type CompiledInstrument } from '@balanse/core/instrument';

/** The compiled instrument, or the `BalanseError` message naming the first invalid field. */
export function validateInstrument(input: Instrument): CompiledInstrument | string {
  try {
    return compileInstrument(input, 'instrument');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
