/**
 * The one home of the model's cut rule: how a score is compared with a threshold, and which zone
 * a pair of sides makes. Every reading of core (the zone map, the foundation, the force on the
 * board, the zone a leadership tends to create, advice, characteristics, gaps, the tilt, the
 * change between rounds, the style advisor's "high") and the components' zone map ask these
 * functions instead of comparing for themselves, so a score equal to a threshold reads the same
 * everywhere.
 */
import type { Zone } from '../../vocabulary/index.js';

/**
 * Two scores closer than this are read as equal when compared with a threshold (§8.9, §8.16).
 * Team means are computed exactly from integer item sums (`meanScore`), but intervals, tilts,
 * gaps and changes pass through square roots and differences, which floating point rounds in the
 * last digits: 75.1 − 62.6 is 12.499999999999993. A billionth of a point is far below any
 * difference a score can show (steps of a team mean are at least 25 / (840 · n) points) and far
 * above rounding error (about 10⁻¹³ for scores up to 100).
 */
export const SCORE_TOLERANCE = 1e-9;

/** `value` reaches `threshold`: at or above it, within `SCORE_TOLERANCE`. A score equal to the cut counts as high. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - SCORE_TOLERANCE;
}

/** `value` stays under `threshold` (the complement of `atLeast`). */
export function below(value: number, threshold: number): boolean {
  return !atLeast(value, threshold);
}

/** `value` is beyond `threshold`: above it by more than `SCORE_TOLERANCE` (for "more than" rules, such as AD > 5/6). */
export function exceeds(value: number, threshold: number): boolean {
  return value > threshold + SCORE_TOLERANCE;
}

/** `value` lies strictly inside the interval [low, high], clear of both ends by more than `SCORE_TOLERANCE`. */
export function strictlyInside(value: number, low: number, high: number): boolean {
  return exceeds(value, low) && exceeds(high, value);
}

/** Which side of the cut a score is on. */
export type Side = 'low' | 'high';

/** The side of the cut `score` is on: `high` from the cut up (§8.9). *
 * @param score - a 0–100 score
 * @param cut - the cut, `ZONE_CUT` (62.5) unless the options set another
 * @returns `high` from the cut up (within `SCORE_TOLERANCE`), else `low`
 * @throws Never: it compares two numbers
 */
export function sideOf(score: number, cut: number): Side {
  return atLeast(score, cut) ? 'high' : 'low';
}

/**
 * The zone table of the performance zone model (§8.9): which side of the cut each zone holds on
 * the x axis (psychological safety, or support) and the y axis (perceived standard, or demands).
 * The linking table reads relation leadership as support and system leadership as demands, so the
 * zone a leadership tends to create comes from the same table.
 */
export const ZONE_QUADRANTS: Readonly<Record<Zone, readonly [x: Side, y: Side]>> = {
  apathy: ['low', 'low'],
  comfort: ['high', 'low'],
  stress: ['low', 'high'],
  performance: ['high', 'high'],
};

const ZONE_OF: Readonly<Record<`${Side}-${Side}`, Zone>> = {
  'low-low': 'apathy',
  'high-low': 'comfort',
  'low-high': 'stress',
  'high-high': 'performance',
};

/**
 * The zone of a pair of sides: x (safety, or relation leadership) and y (standard, or system
 * leadership).
 *
 * @param x - the side of safety (or of relation leadership)
 * @param y - the side of standard (or of system leadership)
 * @returns the zone of that quadrant (`ZONE_QUADRANTS` read backwards)
 * @throws Never: every pair of sides has a zone
 *
 * @example
 * ```ts
 * import { zoneOf } from '@balanse/core';
 *
 * zoneOf('high', 'low'); // => 'comfort'
 * ```
 */
export function zoneOf(x: Side, y: Side): Zone {
  return ZONE_OF[`${x}-${y}`];
}

/** The zone of a point: each coordinate read against the cut with `sideOf`. */
export function zoneAt(x: number, y: number, cut: number): Zone {
  return zoneOf(sideOf(x, cut), sideOf(y, cut));
}
