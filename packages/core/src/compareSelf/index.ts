import { at } from '../_lib/at.js';
import { resolveScoringOptions, type ScoringOptions } from '../options/scoring.js';
import { scoringOptionsForSummary, scoringOptionsForTags, tagOf } from '../options/versioned.js';
import type { TeamSummary } from '../summarizeTeam/types.js';
import { classifyAxes, type ZoneClassification } from '../classifyZone/index.js';
import { atLeast, sideOf } from '../_lib/cut/index.js';
import { BalanseError } from '../errors/index.js';
import type { BalanseOptions } from '../options/index.js';
import { readResponse } from '../response/validate.js';
import { scoreAnswers } from '../_lib/scoring.js';
import { readSummary } from '../anonymity/read-summary.js';
import { SCALES, type GapLabel, type Scale } from '../vocabulary/index.js';

/** The leader's self score beside the team's on one scale (§8.13). */
export interface ScaleGap {
  readonly self: number;
  readonly team: number;
  /** self − team, in points; positive when the leader rates higher. */
  readonly gap: number;
  readonly label: GapLabel;
  /** |gap| ≥ max(12.5, the team's interval half-width): half a step, and outside the team's interval. */
  readonly meaningful: boolean;
  /** Meaningful and |gap| ≥ 25, a full response step. A large gap is always meaningful. */
  readonly large: boolean;
}

/** An item where the leader's answer differs most from the team's mean, in points. */
export interface ItemGap {
  readonly id: string;
  /** The leader's answer, 1–5, as answered. */
  readonly self: number;
  /** The team's mean answer, 1–5, as answered. */
  readonly team: number;
  /**
   * (self − team) × 25 in the scale's direction: positive when the leader rates the item's
   * behaviour higher than the team does, also on a reverse-keyed item (where the answers run
   * the other way).
   */
  readonly gap: number;
}

export type SelfComparison =
  | { readonly status: 'suppressed' }
  | {
      readonly status: 'ok';
      /** Per scale where both scores exist. */
      readonly scales: Readonly<Partial<Record<Scale, ScaleGap>>>;
      /** The compared scales, largest |gap| first. */
      readonly order: readonly Scale[];
      /** The largest item gaps per direction (3 by default), only where the team item has n ≥ k. */
      readonly items: { readonly higher: readonly ItemGap[]; readonly lower: readonly ItemGap[] };
      /** Where the leader places the team on the zone map, or null without both self scores. */
      readonly selfZone: ZoneClassification | null;
    };

/**
 * Compares the leader's self form with the team's summary, scale by scale (§8.13).
 * A gap is meaningful from max(12.5 points, the team's interval half-width): self higher is a
 * `blind-spot`, self lower a `hidden-strength`; otherwise `agreement-strong` when the team is at or
 * above the cut, else `agreement-development`. A meaningful gap of 25 points or more is `large`.
 * Item gaps are in the scale's direction, also on reverse-keyed items. Nothing is compared while
 * the team is suppressed. The self form is read with the items of the built-in version the team's
 * summary was made with (unless `options.instrument` is given); a self form that names another
 * version is refused with a `BalanseError` at `selfResponse.instrument`, since its gaps would
 * compare other questions.
 *
 * @param selfResponse - the leader's self-form response (`form: 'self'`)
 * @param teamSummary - the team's summary, from `summarizeTeam` or a release; checked here (R6)
 * @param options - model options; `minGroupSize` must be the round's k
 * @returns `status: 'suppressed'` while the team is, otherwise each scale's gap and label, the scales by gap size, the largest item gaps and the leader's own zone
 * @throws {BalanseError} `invalid_input` at `selfResponse…` when it is malformed, not a self form or of another instrument version, and at `teamSummary…` when the summary is malformed, forged or made with a k below `minGroupSize`; `invalid_option` when an option is
 *
 * @example
 * ```ts
 * import { compareSelf, instrument, summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const team = summarizeTeam(syntheticTeam(2, 8, PROFILES.comfort)); // system leadership ≈ 45
 * const answers = Object.fromEntries(instrument.items.map((item) => [item.id, 4]));
 * const gaps = compareSelf({ form: 'self', answers }, team);
 * gaps.status === 'ok' && gaps.scales.system?.label; // => 'blind-spot'
 * gaps.status === 'ok' && gaps.scales.safety?.label; // => 'agreement-strong'
 * ```
 */
export function compareSelf(selfResponse: unknown, teamSummary: unknown, options?: BalanseOptions): SelfComparison {
  const resolved = resolveScoringOptions(options);
  const team = readSummary(teamSummary, resolved.minGroupSize, 'teamSummary');
  return compareWithSummary(
    selfResponse,
    team,
    selfOptions(resolved, team, selfResponse, 'teamSummary', 'selfResponse'),
    'selfResponse',
  );
}

/**
 * The scoring options to read a self form beside `team` with: the built-in version the team's
 * summary was made with (unless options choose an instrument); for a suppressed summary, which
 * names none, the version the self form names, since nothing is compared. `teamRoot` and
 * `selfRoot` name the two in errors.
 */
export function selfOptions(
  o: ScoringOptions,
  team: TeamSummary,
  selfResponse: unknown,
  teamRoot: string,
  selfRoot: string,
): ScoringOptions {
  return team.status === 'ok'
    ? scoringOptionsForSummary(o, team.instrument, `${teamRoot}.instrument`)
    : scoringOptionsForTags(o, [selfResponse], () => selfRoot);
}

/** `compareSelf` for a summary that is already validated (as inside `buildReport`). Internal to core. */
export function compareWithSummary(
  selfResponse: unknown,
  team: TeamSummary,
  o: ScoringOptions,
  root: string,
): SelfComparison {
  const tag = team.status === 'ok' ? tagOf(selfResponse) : undefined;
  if (tag && team.status === 'ok' && (tag.id !== team.instrument.id || tag.version !== team.instrument.version)) {
    // Another version asks other questions on some items: its gaps would compare unlike with unlike.
    throw new BalanseError(
      'invalid_input',
      `${root}.instrument`,
      `must be the instrument version of the team's summary ("${team.instrument.id}@${team.instrument.version}"): the leader's answers compare with the team's only under the same questions`,
      `${tag.id}@${tag.version}`,
    );
  }
  const { response, raw } = readResponse(selfResponse, o.compiled, root);
  if (response.form !== 'self') {
    throw new BalanseError('invalid_input', `${root}.form`, 'must be "self" (the leader\'s self form)', response.form);
  }
  if (team.status !== 'ok') return { status: 'suppressed' };

  const self = scoreAnswers(raw, response.pageTimes, o);
  const scales: Partial<Record<Scale, ScaleGap>> = {};
  SCALES.forEach((scale, s) => {
    const t = team.scales[scale];
    const mine = at(self.scales, s);
    if (Number.isNaN(mine)) return;
    const gap = mine - t.mean;
    const meaningful = atLeast(Math.abs(gap), Math.max(o.gapMeaningful, t.halfWidth));
    // A full step inside the team's own interval is not told apart from the team: not large either.
    const large = meaningful && atLeast(Math.abs(gap), o.gapLarge);
    const label: GapLabel = meaningful
      ? gap > 0
        ? 'blind-spot'
        : 'hidden-strength'
      : sideOf(t.mean, o.cut) === 'high'
        ? 'agreement-strong'
        : 'agreement-development';
    scales[scale] = { self: mine, team: t.mean, gap, label, meaningful, large };
  });
  const order = SCALES.flatMap((scale) => {
    const gap = scales[scale];
    return gap ? [{ scale, size: Math.abs(gap.gap) }] : [];
  })
    .sort((a, b) => b.size - a.size)
    .map((g) => g.scale);

  const itemGaps: ItemGap[] = [];
  o.compiled.ids.forEach((id, i) => {
    const t = team.items[id];
    const k = at(self.keyed, i);
    if (!t || k === 0) return;
    const reversed = o.compiled.reverse[i] === 1;
    const mine = reversed ? 6 - k : k;
    // Compared in the scale's direction: on a reverse-keyed item a higher answer is a lower rating.
    itemGaps.push({ id, self: mine, team: t.mean, gap: (reversed ? t.mean - mine : mine - t.mean) * 25 });
  });
  const per = o.itemGapsPerDirection;
  const higher = itemGaps
    .filter((g) => g.gap > 0)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, per);
  const lower = itemGaps
    .filter((g) => g.gap < 0)
    .sort((a, b) => a.gap - b.gap)
    .slice(0, per);

  const safety = at(self.scales, SCALES.indexOf('safety'));
  const standard = at(self.scales, SCALES.indexOf('standard'));
  const point = (v: number) => ({ mean: v, low: v, high: v, split: false });
  const selfZone =
    Number.isNaN(safety) || Number.isNaN(standard)
      ? null
      : classifyAxes(point(safety), point(standard), o.cut, o.confidence);

  return { status: 'ok', scales, order, items: { higher, lower }, selfZone };
}
