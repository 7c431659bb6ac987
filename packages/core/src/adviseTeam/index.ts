import { readSummary } from '../anonymity/read-summary.js';
import { below as under, sideOf, zoneOf } from '../_lib/cut/index.js';
import { resolveOptions, type BalanseOptions, type ResolvedOptions } from '../options/index.js';
import type { TeamSummary } from '../summarizeTeam/types.js';
import { CHARACTERISTICS, type Characteristic, type Lever, type Scale } from '../vocabulary/index.js';

/**
 * The model's situations that call for more relation or more system leadership (the model),
 * plus the foundation and the two dispersion cases of §8.10, each reached from the scores:
 *
 * - more relation: low energy or friction (safety low or split), trust lost or never built
 *   (relation low), people not seen (relation split);
 * - more system: unsure what is expected (clear expectations low), no structure for follow-up and
 *   feedback (continuous feedback or systematic follow-up low), "it is going fine" without the
 *   numbers (system leadership low: its items are about analysing results, feedback and demands),
 *   drift toward well-being without demands (the comfort zone), standards not fair for all
 *   (system split).
 *
 * The rest (one seller under their level, change and unrest, a new person, results against
 * target over time) need what only the leader knows and are covered by the style advisor.
 */
export const ADVICE_TOPICS = [
  'weak-foundation',
  'light-pressure',
  'low-energy-or-friction',
  'trust',
  'seen-as-individuals',
  'unclear-expectations',
  'missing-structure',
  'fine-without-numbers',
  'drift-to-wellbeing',
  'fair-standards',
] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

/** What a piece of advice rests on: one statistic, its value and the rule it broke. */
export interface AdviceReason {
  readonly statistic: Scale | Characteristic;
  /** The team's score, 0–100. */
  readonly value: number;
  /** `below-cut`: under the cut; `split`: low agreement or polarised; `comfort`: safety high, standard low. */
  readonly rule: 'below-cut' | 'split' | 'comfort';
}

/** One piece of advice: which way to press and why. */
export interface Advice {
  readonly topic: AdviceTopic;
  /** The lever the advice calls for. */
  readonly lever: Lever | 'both';
  readonly reasons: readonly AdviceReason[];
}

/** One characteristic of a performance culture: in place at or above the cut, else to develop. */
export interface CharacteristicReading {
  readonly characteristic: Characteristic;
  readonly score: number;
  readonly present: boolean;
}

export type TeamAdvice =
  | { readonly status: 'suppressed' }
  | {
      readonly status: 'ok';
      readonly advice: readonly Advice[];
      readonly characteristics: readonly CharacteristicReading[];
    };

/**
 * Reads which of the model's "more relation when" and "more system when" situations a team's
 * scores point to, each with its reason, the foundation first (§8.10–8.12). Also
 * lists the five characteristics of a performance culture as present or to develop.
 *
 * @param summary - the team's summary, from `summarizeTeam` or a release; checked here (R6)
 * @param options - model options; `minGroupSize` must be the round's k
 * @returns `status: 'suppressed'` while the team is, otherwise the advice with its reasons and the five characteristics
 * @throws {BalanseError} `invalid_input` naming the field when the summary is malformed, forged or made with a k below `minGroupSize`; `invalid_option` when an option is
 *
 * @example
 * ```ts
 * import { adviseTeam, summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const advice = adviseTeam(summarizeTeam(syntheticTeam(2, 8, PROFILES.comfort)));
 * advice.status === 'ok' && advice.advice.map((a) => a.topic); // => ['unclear-expectations', 'missing-structure', 'fine-without-numbers', 'drift-to-wellbeing']
 * ```
 */
export function adviseTeam(summary: unknown, options?: BalanseOptions): TeamAdvice {
  const o = resolveOptions(options);
  return adviseOnSummary(readSummary(summary, o.minGroupSize, 'summary'), o);
}

/** `adviseTeam` for a summary that is already validated (as inside `buildReport`). Internal to core. */
export function adviseOnSummary(team: TeamSummary, o: ResolvedOptions): TeamAdvice {
  if (team.status !== 'ok') return { status: 'suppressed' };
  const { cut } = o;
  const s = team.scales;
  const c = team.characteristics;
  const advice: Advice[] = [];
  const below = (statistic: Scale | Characteristic, value: number | undefined): AdviceReason[] =>
    value !== undefined && under(value, cut) ? [{ statistic, value, rule: 'below-cut' }] : [];
  const split = (scale: Scale): AdviceReason[] => {
    const e = s[scale];
    return e.polarised || e.agreement?.low === true ? [{ statistic: scale, value: e.mean, rule: 'split' }] : [];
  };
  const add = (topic: AdviceTopic, lever: Advice['lever'], reasons: AdviceReason[]) => {
    if (reasons.length > 0) advice.push({ topic, lever, reasons });
  };

  // Without administration there is nothing to balance on: the foundation comes first.
  add('weak-foundation', 'administration', below('administration', s.administration.mean));
  if (under(s.relation.mean, cut) && under(s.system.mean, cut)) {
    add('light-pressure', 'both', [...below('relation', s.relation.mean), ...below('system', s.system.mean)]);
  }
  add('low-energy-or-friction', 'relation', [...below('safety', s.safety.mean), ...split('safety')]);
  add('trust', 'relation', below('relation', s.relation.mean));
  add('seen-as-individuals', 'relation', split('relation'));
  add('unclear-expectations', 'system', below('clearExpectations', c.clearExpectations?.mean));
  add('missing-structure', 'system', [
    ...below('continuousFeedback', c.continuousFeedback?.mean),
    ...below('systematicFollowUp', c.systematicFollowUp?.mean),
  ]);
  add('fine-without-numbers', 'system', below('system', s.system.mean));
  // The comfort zone, read from the zone table: safety high, standard low.
  if (zoneOf(sideOf(s.safety.mean, cut), sideOf(s.standard.mean, cut)) === 'comfort') {
    add('drift-to-wellbeing', 'system', [{ statistic: 'standard', value: s.standard.mean, rule: 'comfort' }]);
  }
  add('fair-standards', 'system', split('system'));

  const characteristics: CharacteristicReading[] = [];
  for (const characteristic of CHARACTERISTICS) {
    const e = c[characteristic];
    if (e) characteristics.push({ characteristic, score: e.mean, present: sideOf(e.mean, cut) === 'high' });
  }
  return { status: 'ok', advice, characteristics };
}
