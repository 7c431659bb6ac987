import { at, outOfRange } from '../_lib/at.js';
import type { SuppressionReason } from '../anonymity/figures.js';
import { ledgerConflicts, type ReleasedSet } from '../anonymity/ledger.js';
import { figureLayout, setMember } from '../anonymity/membership.js';
import { planRelease } from '../anonymity/plan.js';
import { countSets, type SetMember } from '../anonymity/tree.js';
import { BalanseError } from '../errors/index.js';
import type { ScoringOptions } from '../options/scoring.js';
import { readResponse } from '../response/validate.js';
import type { InternalScore } from '../_lib/scoring.js';
import { scoreAnswers } from '../_lib/scoring.js';
import { aggregate } from '../summarizeTeam/aggregate.js';
import type { SuppressedSummary, TeamSummaryOk } from '../summarizeTeam/types.js';

/** A suppressed unit, with the reason: too few respondents, differencing, or the ledger. */
export interface SuppressedUnitSummary extends SuppressedSummary {
  readonly reason: SuppressionReason;
}

/** What the release gives each unit. */
export type UnitSummary = TeamSummaryOk | SuppressedUnitSummary;

/** One unit's scored team-form responses, with its parent's index (−1 for a root). */
export interface ScoredUnit {
  readonly id: string;
  readonly parent: number;
  readonly scores: readonly InternalScore[];
  /** Response ids in the order of `scores` (undefined where a response has none). */
  readonly responseIds: readonly (string | undefined)[];
}

/** Validates and scores the team-form responses of a list; self responses are left out (§8.8). */
export function scoreTeamResponses(
  responses: unknown,
  o: ScoringOptions,
  root: string,
): { scores: InternalScore[]; responseIds: (string | undefined)[] } {
  if (!Array.isArray(responses))
    throw new BalanseError('invalid_input', root, 'must be an array of responses', responses);
  const scores: InternalScore[] = [];
  const responseIds: (string | undefined)[] = [];
  for (let i = 0; i < responses.length; i++) {
    const { response, raw, cannotAnswer } = readResponse(responses[i], o.compiled, `${root}[${i}]`);
    // The leader's self form is never merged into team statistics nor counted toward k.
    if (response.form === 'self') continue;
    scores.push(scoreAnswers(raw, response.pageTimes, o, cannotAnswer));
    responseIds.push(response.id);
  }
  return { scores, responseIds };
}

/**
 * The response ids of a released set, where every response has one: releaseUnits requires an id
 * on each response before any set is compared with the ledger or returned.
 */
export function releasedIds(ids: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (id === undefined) throw new RangeError('internal: a response in a released set has no id');
    out.push(id);
  }
  return out;
}

/**
 * Releases a tree of units under the rules of ANONYMITY.md: each unit's counted respondents are
 * those of its own subtree; the anonymity folder decides which figures may be shown, and each
 * shown one is computed over its own set. With `earlier` (the ledger of the round), units whose
 * sets differ from an earlier release by fewer than k are refused (R5). Returns the summaries and,
 * per shown unit, the ids of the responses its figures count.
 */
export function releaseTree(
  units: readonly ScoredUnit[],
  o: ScoringOptions,
  earlier?: readonly ReleasedSet[],
): { summaries: UnitSummary[]; sets: (readonly (string | undefined)[] | null)[] } {
  const k = o.minGroupSize;
  const layout = figureLayout(o.compiled.ids);
  const parent: number[] = [];
  const ids: string[] = [];
  const counted: InternalScore[][] = [];
  const countedIds: (string | undefined)[][] = [];
  const submitted: number[] = [];
  for (const unit of units) {
    parent.push(unit.parent);
    ids.push(unit.id);
    counted.push([]);
    countedIds.push([]);
    submitted.push(0);
  }
  const members: SetMember[] = [];
  for (let u = 0; u < units.length; u++)
    for (const score of at(units, u).scores) members.push(setMember(score, u, layout));
  const counts = countSets(parent, layout.keys, members);

  // Each unit's counted respondents and submissions, over its whole subtree.
  let m = 0;
  for (let u = 0; u < units.length; u++) {
    const { scores, responseIds } = at(units, u);
    for (let i = 0; i < scores.length; i++) {
      const inSet = at(members, m++).counted;
      const score = at(scores, i);
      const id = responseIds[i];
      for (let a = u; a >= 0; a = parent[a] ?? outOfRange(parent, a)) {
        submitted[a] = (submitted[a] ?? outOfRange(submitted, a)) + 1;
        if (!inSet) continue;
        at(counted, a).push(score);
        at(countedIds, a).push(id);
      }
    }
  }

  let refusedByLedger: Set<number> | undefined;
  if (earlier) {
    const candidate = units.map((unit, u) => ({ unit: unit.id, ids: releasedIds(at(countedIds, u)) }));
    refusedByLedger = new Set(ledgerConflicts(earlier, candidate, k).keys());
  }

  const plan = planRelease({
    sets: counts,
    ids,
    k,
    pointlessWhenWhole: [layout.sensitivity],
    ...(refusedByLedger ? { refusedByLedger } : {}),
  });

  const summaries: UnitSummary[] = [];
  const sets: (readonly (string | undefined)[] | null)[] = [];
  for (let u = 0; u < units.length; u++) {
    const reason = at(plan.units, u);
    const unitCounted = at(counted, u);
    const responded = unitCounted.length;
    summaries.push(
      reason === null
        ? aggregate(unitCounted, (submitted[u] ?? outOfRange(submitted, u)) - responded, plan, u, layout, o)
        : { status: 'suppressed', responded, required: k, reason },
    );
    sets.push(reason === null ? at(countedIds, u) : null);
  }
  return { summaries, sets };
}
