import { BalanseError } from '../errors/index.js';
import { compileInstrument } from '../instrument/compiled.js';
import type { Instrument } from '../instrument/schema.js';
import { BUILT_IN_INSTRUMENT_ID, builtInInstrument } from '../instrument/versions.js';
import { isPlainObject } from '../schema/index.js';
import type { ScoringOptions } from './scoring.js';

const byVersion = new WeakMap<ScoringOptions, Map<Instrument, ScoringOptions>>();

/** The `instrument` tag of a response-like value, if it has a well-formed one. */
function tagOf(value: unknown): { id: string; version: string } | undefined {
  if (!isPlainObject(value) || !isPlainObject(value.instrument)) return undefined;
  const { id, version } = value.instrument;
  return typeof id === 'string' && typeof version === 'string' ? { id, version } : undefined;
}

/**
 * Scoring options for responses that name the instrument they were given under: unless the
 * caller chose an instrument (`options.instrument`), answers tagged with a built-in version score
 * with that version's items, so answers given under 1.0.0 keep scoring under 1.0.0. Responses of
 * two versions in one list are refused with a `BalanseError` naming the second one's `instrument`,
 * because their scores are not comparable. A tag of an instrument that is not built in is left to
 * `readResponse`, which refuses it unless the caller passes that instrument.
 */
export function scoringOptionsForTags(
  o: ScoringOptions,
  responses: readonly unknown[],
  pathOf: (index: number) => string,
): ScoringOptions {
  if (o.instrument !== undefined) return o;
  let chosen: { instrument: Instrument; at: number } | undefined;
  responses.forEach((response, i) => {
    const tag = tagOf(response);
    if (!tag || tag.id !== BUILT_IN_INSTRUMENT_ID) return;
    const instrument = builtInInstrument(tag.version, `${pathOf(i)}.instrument.version`);
    if (!chosen) chosen = { instrument, at: i };
    else if (chosen.instrument !== instrument) {
      throw new BalanseError(
        'invalid_input',
        `${pathOf(i)}.instrument`,
        `must be the instrument version of ${pathOf(chosen.at)} ("${BUILT_IN_INSTRUMENT_ID}@${chosen.instrument.version}"): answers given under different versions are scored apart`,
        `${tag.id}@${tag.version}`,
      );
    }
  });
  if (!chosen || chosen.instrument === o.compiled.instrument) return o;
  let cache = byVersion.get(o);
  if (!cache) byVersion.set(o, (cache = new Map()));
  let versioned = cache.get(chosen.instrument);
  if (!versioned) {
    versioned = { ...o, compiled: compileInstrument(chosen.instrument) };
    cache.set(chosen.instrument, versioned);
  }
  return versioned;
}
