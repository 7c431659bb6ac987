import { instrument as builtInInstrument } from '../instrument/builtin.js';
import { compileInstrument, type CompiledInstrument } from '../instrument/compiled.js';
import { resolveOptions, type ResolvedOptions } from './index.js';

/** Resolved options plus the compiled instrument, for the functions that read answers. */
export interface ScoringOptions extends ResolvedOptions {
  readonly compiled: CompiledInstrument;
}

const cache = new WeakMap<ResolvedOptions, ScoringOptions>();

/**
 * `resolveOptions`, then the instrument (the built-in one unless `options.instrument` is given)
 * validated and compiled. Cached per resolved options object.
 */
export function resolveScoringOptions(options: unknown, root = 'options'): ScoringOptions {
  const o = resolveOptions(options, root);
  let scoring = cache.get(o);
  if (!scoring) {
    scoring = { ...o, compiled: compileInstrument(o.instrument ?? builtInInstrument, `${root}.instrument`) };
    cache.set(o, scoring);
  }
  return scoring;
}
