import * as z from 'zod/mini';
import { sideOf, strictlyInside, zoneOf, type Side } from '../_lib/cut/index.js';
import { parseWith } from '../errors/index.js';
import { ScoreOrEstimateSchema, toAxisValue, type AxisValue, type ScoreOrEstimate } from '../_lib/estimate/index.js';
import { resolveOptions, type BalanseOptions } from '../options/index.js';
import { ZONES, type AxisReading, type Zone } from '../vocabulary/index.js';
import type { ZoneAxisReading, ZoneClassification } from '../_lib/schema-builders/shapes.js';

// The result's types are derived from their schemas, which live beside the report's (one home).
export type { ZoneAxisReading, ZoneClassification } from '../_lib/schema-builders/shapes.js';

function readAxis(v: AxisValue, cut: number): ZoneAxisReading {
  // Borderline when the cut lies strictly inside the interval: |mean − cut| < h (§8.9).
  const reading: AxisReading = strictlyInside(cut, v.low, v.high) ? 'borderline' : sideOf(v.mean, cut);
  return { score: v.mean, interval: [Math.max(0, v.low), Math.min(100, v.high)], reading, split: v.split };
}

const sides = (a: ZoneAxisReading, cut: number): Side[] =>
  a.reading === 'borderline' ? ['low', 'high'] : [sideOf(a.score, cut)];

/** Classifies already-validated axis values. Internal to core. */
export function classifyAxes(
  safety: AxisValue,
  standard: AxisValue,
  cut: number,
  confidence: number,
): ZoneClassification {
  const x = readAxis(safety, cut);
  const y = readAxis(standard, cut);
  const zone = zoneOf(sideOf(safety.mean, cut), sideOf(standard.mean, cut));
  const possible = new Set<Zone>();
  for (const sx of sides(x, cut)) for (const sy of sides(y, cut)) possible.add(zoneOf(sx, sy));
  const candidates = ZONES.filter((z) => possible.has(z));
  return {
    zone,
    candidates,
    borderline: x.reading === 'borderline' || y.reading === 'borderline',
    safety: x,
    standard: y,
    cut,
    confidence,
  };
}

const ZoneInputSchema = z.object({ safety: ScoreOrEstimateSchema, standard: ScoreOrEstimateSchema });

/**
 * Places a team in the performance zone model from psychological safety (x) and perceived standard
 * (y), each 0–100 (§8.9). Low is below the cut (62.5), high is at or above it (within
 * `SCORE_TOLERANCE`). Given the team's intervals (as `summarizeTeam` reports them, at
 * `options.confidence`), an axis whose interval holds the cut inside it is borderline, and
 * `candidates` lists every zone the team may be in.
 *
 * @param input - safety and standard, each a 0–100 score or `{ mean, halfWidth }`
 * @param options - model options; `cut` and `confidence` apply
 * @returns the zone, each axis's reading (low, high or borderline) and every zone the team may be in
 * @throws {BalanseError} `invalid_input` naming the axis when a score is not a number from 0 to 100 or an interval is malformed; `invalid_option` when an option is
 *
 * @example
 * ```ts
 * import { classifyZone } from '@balanse/core';
 *
 * classifyZone({ safety: 70, standard: 50 }).zone; // => 'comfort'
 * classifyZone({ safety: { mean: 70, halfWidth: 9 }, standard: 80 }).candidates; // => ['stress', 'performance']
 * ```
 */
export function classifyZone(
  input: { safety: ScoreOrEstimate; standard: ScoreOrEstimate },
  options?: BalanseOptions,
): ZoneClassification {
  const o = resolveOptions(options);
  const valid = parseWith(ZoneInputSchema, input, 'input');
  return classifyAxes(toAxisValue(valid.safety), toAxisValue(valid.standard), o.cut, o.confidence);
}
