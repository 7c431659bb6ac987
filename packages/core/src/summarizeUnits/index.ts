import { at } from '../_lib/at.js';
import type { BalanseOptions } from '../options/index.js';
import { resolveScoringOptions } from '../options/scoring.js';
import { scoreUnits } from '../releaseUnits/index.js';
import { releaseTree, type UnitSummary } from '../releaseUnits/release.js';

export type { SuppressedUnitSummary, UnitSummary } from '../releaseUnits/release.js';
export type { SuppressionReason } from '../anonymity/figures.js';

/**
 * Summarises an organisation of units (teams, departments, regions), where a parent covers every
 * response beneath it, under the release rules of ANONYMITY.md (§8.8): a unit below k shows
 * participation only and its answers count in its parent; a unit or figure whose remainder within
 * its parent (parent minus what is shown below it) would describe fewer than k people is hidden;
 * and no two figures that are shown count sets of people that differ by fewer than k. Suppressed
 * units say why (`below-threshold` or `differencing`); each summary's `hidden` says why a figure
 * is absent. A survey server that releases more than once in a round uses `releaseUnits`.
 *
 * @example
 * ```ts
 * import { summarizeUnits } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const units = summarizeUnits([
 *   { id: 'sales', responses: [] },
 *   { id: 'north', parent: 'sales', responses: syntheticTeam(1, 8, PROFILES.performance) },
 *   { id: 'south', parent: 'sales', responses: syntheticTeam(2, 3, PROFILES.stress) },
 * ]);
 * units.south; // => { status: 'suppressed', responded: 3, required: 5, reason: 'below-threshold' }
 * // sales − north would reveal south's three, so north is suppressed too:
 * units.north; // => { status: 'suppressed', responded: 8, required: 5, reason: 'differencing' }
 * units.sales?.status; // => 'ok'
 * ```
 */
export function summarizeUnits(
  units: readonly { id: string; parent?: string; responses: readonly unknown[] }[],
  options?: BalanseOptions,
): Record<string, UnitSummary> {
  const { scored, o } = scoreUnits(units, resolveScoringOptions(options), false);
  const { summaries } = releaseTree(scored, o);
  const out: Record<string, UnitSummary> = {};
  scored.forEach((unit, u) => (out[unit.id] = at(summaries, u)));
  return out;
}
