import type { ItemCharacteristic } from '../vocabulary/index.js';

/**
 * The figure families of a unit, each computed over its own respondent set (ANONYMITY.md R2):
 *
 * - the unit's own set (every scale with its interval, agreement and distribution, the zone, the
 *   balance and its tilt, safety + standard, the flag counts): the counted respondents, those with
 *   a score on every scale (§8.6);
 * - `item:<id>`: the counted respondents who answered that item;
 * - `characteristic:<name>`: the counted respondents with a score on that characteristic (§8.12);
 * - `sensitivity`: the counted respondents without a careless-answer flag (§8.7).
 */
export type FigureKey = `item:${string}` | `characteristic:${ItemCharacteristic}` | 'sensitivity';

/** Why a figure, or a whole unit, is not shown. */
export const HIDDEN_REASONS = [
  /** R1: fewer than k respondents count in it. */
  'below-threshold',
  /** R2: its respondents differ from those of another figure by fewer than k. */
  'comparable-sets',
  /** R3: subtracting what is shown below it would describe fewer than k. */
  'differencing',
  /** R5: its respondents differ from an earlier release by fewer than k. */
  'ledger',
] as const;
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

/** Why a whole unit shows participation only: every reason but R2, which hides single figures. */
export const SUPPRESSION_REASONS = [
  'below-threshold',
  'differencing',
  'ledger',
] as const satisfies readonly HiddenReason[];
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export const itemKey = (id: string): FigureKey => `item:${id}`;
export const characteristicKey = (c: ItemCharacteristic): FigureKey => `characteristic:${c}`;
