import { at } from '../_lib/at.js';
import type { BalanseOptions } from '../options/index.js';
import { resolveScoringOptions } from '../options/scoring.js';
import { scoringOptionsForTags } from '../options/versioned.js';
import { releaseTree, scoreTeamResponses } from '../releaseUnits/release.js';
import type { TeamSummary } from './types.js';

export type * from './types.js';

/**
 * Summarises a team's responses (§8.5–8.11) under the release rules of ANONYMITY.md. Counted
 * respondents are those with a score on every scale; with fewer than `minGroupSize` (k, default
 * 5) it returns exactly `{ status: 'suppressed', responded, required }`. Otherwise every scale
 * (mean, SD, n, 80 % interval, agreement, polarisation, distribution), the zone, the balance and
 * safety + standard are computed over the counted respondents; items, the other characteristics
 * and the line without flagged responses over those of them it concerns, each shown only when it
 * counts k people and differs from the others by nobody or by k or more (`hidden` says why a figure
 * is absent). Self responses are never counted.
 *
 * @example
 * ```ts
 * import { summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const responses = syntheticTeam(1, 6, PROFILES.performance);
 * const summary = summarizeTeam(responses);
 * summary.status === 'ok' && summary.zone.zone; // => 'performance'
 * summarizeTeam(responses.slice(0, 3)); // => { status: 'suppressed', responded: 3, required: 5 }
 * ```
 */
export function summarizeTeam(responses: unknown, options?: BalanseOptions): TeamSummary {
  const list = Array.isArray(responses) ? (responses as unknown[]) : [];
  // The responses' own tags choose the built-in version they score under, unless options choose.
  const o = scoringOptionsForTags(resolveScoringOptions(options), list, (i) => `responses[${i}]`);
  const { scores, responseIds } = scoreTeamResponses(responses, o, 'responses');
  const summary = at(releaseTree([{ id: 'team', parent: -1, scores, responseIds }], o).summaries, 0);
  if (summary.status === 'ok') return summary;
  return { status: 'suppressed', responded: summary.responded, required: summary.required };
}
