import * as z from 'zod/mini';
import { atLeast, sideOf, zoneOf } from '../_lib/cut/index.js';
import { parseWith } from '../errors/index.js';
import { ScoreOrEstimateSchema, toAxisValue, type ScoreOrEstimate } from '../_lib/estimate/index.js';
import { resolveOptions, type BalanseOptions } from '../options/index.js';
import { numberBetween } from '../_lib/schema-builders/index.js';
import type { BalanceAssessment } from '../_lib/schema-builders/shapes.js';

// The result's type is derived from its schema, which lives beside the report's (one home).
export type { BalanceAssessment } from '../_lib/schema-builders/shapes.js';

/** The team's tilt estimate from per-person differences Rᵢ − Sᵢ (§8.11). */
export interface TiltEstimate {
  readonly mean: number;
  /** t₀.₉₀ × SD(d)/√n, without the floor: the threshold applies max(12.5, this). */
  readonly halfWidth: number;
}

/** Assesses already-validated scores. Internal to core. */
export function assessScores(
  relation: number,
  system: number,
  administration: number,
  tilt: TiltEstimate | undefined,
  cut: number,
  tiltMeaningful: number,
): BalanceAssessment {
  const t = tilt?.mean ?? relation - system;
  const tiltThreshold = Math.max(tiltMeaningful, tilt?.halfWidth ?? 0);
  const lean = atLeast(Math.abs(t), tiltThreshold) ? (t > 0 ? 'relation' : 'system') : 'balanced';
  const relationSide = sideOf(relation, cut);
  const systemSide = sideOf(system, cut);
  // §8.11: force on both sides is a reading of a board that does not lean; a leaning board is a profile.
  const force =
    lean !== 'balanced'
      ? null
      : relationSide === 'high' && systemSide === 'high'
        ? 'strong'
        : relationSide === 'low' && systemSide === 'low'
          ? 'light'
          : 'uneven';
  return {
    foundation: sideOf(administration, cut) === 'high' ? 'solid' : 'weak',
    tilt: t,
    tiltThreshold,
    lean,
    force,
    profile: lean === 'relation' ? 'A' : lean === 'system' ? 'B' : null,
    // The linking table: no conscious leadership → apathy; relation without demands → comfort;
    // demands without relation → stress; force on both sides → performance.
    expectedZone: zoneOf(relationSide, systemSide),
    scores: { relation, system, administration },
    cut,
  };
}

const BalanceInputSchema = z.object({
  relation: ScoreOrEstimateSchema,
  system: ScoreOrEstimateSchema,
  administration: ScoreOrEstimateSchema,
  tilt: z.optional(z.object({ mean: numberBetween(-100, 100), halfWidth: numberBetween(0, 200) })),
});

/**
 * Reads the balance board from relation (R), system (S) and administration (A), each 0–100
 * (§8.11). The foundation comes first: below the cut it is weak. The tilt is R − S
 * and counts from 12.5 points (or the team's interval, when `tilt` is given); a relation lean is
 * profile A, a system lean profile B. A board that does not lean is read by its force instead:
 * strong, light or uneven. `expectedZone` is the culture this leadership tends to build.
 *
 * @param input - relation, system and administration, each a 0–100 score or `{ mean, halfWidth }`, and optionally the team's `tilt` estimate
 * @param options - model options; `cut` and `tiltMeaningful` apply
 * @returns the foundation, the tilt and lean, the force of a board that does not lean, the profile and the zone it tends to create
 * @throws {BalanseError} `invalid_input` naming the field when a score is not a number from 0 to 100 or the tilt is malformed; `invalid_option` when an option is
 *
 * @example
 * ```ts
 * import { assessBalance } from '@balanse/core';
 *
 * assessBalance({ relation: 80, system: 50, administration: 70 });
 * // => { foundation: 'solid', tilt: 30, lean: 'relation', force: null, profile: 'A', expectedZone: 'comfort', … }
 * assessBalance({ relation: 80, system: 80, administration: 50 }).foundation; // => 'weak'
 * ```
 */
export function assessBalance(
  input: {
    relation: ScoreOrEstimate;
    system: ScoreOrEstimate;
    administration: ScoreOrEstimate;
    tilt?: TiltEstimate;
  },
  options?: BalanseOptions,
): BalanceAssessment {
  const o = resolveOptions(options);
  const v = parseWith(BalanceInputSchema, input, 'input');
  return assessScores(
    toAxisValue(v.relation).mean,
    toAxisValue(v.system).mean,
    toAxisValue(v.administration).mean,
    v.tilt,
    o.cut,
    o.tiltMeaningful,
  );
}
