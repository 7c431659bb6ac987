import { BalanseError } from '../errors/index.js';
import { compileInstrument } from '../instrument/compiled.js';
import type { Instrument } from '../instrument/instrument-schema.js';
import { BUILT_IN_INSTRUMENT_ID, builtInInstrument } from '../instrument/versions.js';
import { isPlainObject } from '../_lib/schema-builders/index.js';
import type { ScoringOptions } from './scoring.js';

const byVersion = new WeakMap<ScoringOptions, Map<Instrument, ScoringOptions>>();

/** The `instrument` tag of a response-like value, if it has a well-formed one. Internal to core. */
export function tagOf(value: unknown): { id: string; version: string } | undefined {
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
  return chosen ? withInstrument(o, chosen.instrument) : o;
}

/**
 * Scoring options for reading a summary (a report of it): unless the caller chose an instrument,
 * a summary made under a built-in version reads with that version's items, so a round opened
 * under 1.0.0 reports its own questions. `root` names the summary's `instrument` in errors.
 */
export function scoringOptionsForSummary(
  o: ScoringOptions,
  tag: { readonly id: string; readonly version: string } | undefined,
  root: string,
): ScoringOptions {
  if (o.instrument !== undefined || !tag || tag.id !== BUILT_IN_INSTRUMENT_ID) return o;
  return withInstrument(o, builtInInstrument(tag.version, `${root}.version`));
}

/** `o` with `instrument` compiled in its place, cached per options and instrument. */
function withInstrument(o: ScoringOptions, instrument: Instrument): ScoringOptions {
  if (instrument === o.compiled.instrument) return o;
  let cache = byVersion.get(o);
  if (!cache) byVersion.set(o, (cache = new Map<Instrument, ScoringOptions>()));
  let versioned = cache.get(instrument);
  if (!versioned) {
    versioned = { ...o, compiled: compileInstrument(instrument) };
    cache.set(instrument, versioned);
  }
  return versioned;
}
