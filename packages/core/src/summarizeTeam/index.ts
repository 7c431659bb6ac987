import { resolveScoringOptions, type ScoringOptions } from '../options/scoring.js';
import { BalanseError } from '../errors/index.js';
import type { BalanseOptions } from '../options/index.js';
import { readResponse } from '../response/validate.js';
import type { InternalScore } from '../scoreResponse/internal.js';
import { scoreAnswers } from '../scoreResponse/internal.js';
import { aggregate } from './aggregate.js';
import type { TeamSummary } from './types.js';

export type * from './types.js';

/** Validates and scores the team-form responses of a list; self responses are left out (§8.8). */
export function scoreTeamResponses(responses: unknown, o: ScoringOptions, root: string): InternalScore[] {
  if (!Array.isArray(responses))
    throw new BalanseError('invalid_input', root, 'must be an array of responses', responses);
  const scored: InternalScore[] = [];
  for (let i = 0; i < responses.length; i++) {
    const { response, raw } = readResponse(responses[i], o.compiled, `${root}[${i}]`);
    // The leader's self form is never merged into team statistics nor counted toward k.
    if (response.form === 'self') continue;
    scored.push(scoreAnswers(raw, response.pageTimes, o));
  }
  return scored;
}

/**
 * Summarises a team's responses (§8.5–8.11). With fewer than `minGroupSize` (k,
 * default 5) respondents with a valid score it returns exactly `{ status: 'suppressed',
 * responded, required }`; otherwise per-scale means with SD, n, 80 % interval, agreement,
 * polarisation and distribution, the zone, the balance, the five characteristics and flag counts.
 * Every statistic with fewer than k valid scores is `null`. Self responses are never counted.
 *
 * @example
 * ```ts
 * import { summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const responses = syntheticTeam(1, 6, PROFILES.performance);
 * const summary = summarizeTeam(responses);
 * summary.status === 'ok' && summary.zone?.zone; // => 'performance'
 * summarizeTeam(responses.slice(0, 3)); // => { status: 'suppressed', responded: 3, required: 5 }
 * ```
 */
export function summarizeTeam(responses: unknown, options?: BalanseOptions): TeamSummary {
  const o = resolveScoringOptions(options);
  return aggregate(scoreTeamResponses(responses, o, 'responses'), o);
}
