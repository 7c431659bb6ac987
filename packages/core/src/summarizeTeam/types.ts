import type { Agreement } from '../_lib/agreement/index.js';
import type { FigureKey, HiddenReason, SuppressionReason } from '../anonymity/figures.js';
import type { BalanceAssessment } from '../assessBalance/index.js';
import type { ZoneClassification } from '../classifyZone/index.js';
import type { Characteristic, Scale } from '../vocabulary/index.js';

/**
 * A team mean on the 0–100 scale with its spread and interval (§8.5, §8.9), at the summary's
 * `confidence` (80 % unless `options.confidence` says otherwise).
 */
export interface Estimate {
  /** The mean of the respondents' scores, computed exactly from their item sums. */
  readonly mean: number;
  /** Sample SD of respondents' scores. */
  readonly sd: number;
  /** Respondents with a valid score on this statistic. */
  readonly n: number;
  /** Half-width of the interval: max(5, t × SD/√n), with t at the summary's confidence (t₀.₉₀,ₙ₋₁ at 80 %). */
  readonly halfWidth: number;
  /** The interval, mean ± halfWidth, clamped to 0–100. */
  readonly interval: readonly [number, number];
}

/** Respondents per band: favourable ≥ 62.5, unfavourable ≤ 37.5, neutral between (§8.5). */
export interface Distribution {
  readonly favourable: number;
  readonly neutral: number;
  readonly unfavourable: number;
}

/** One scale of a team summary. */
export interface ScaleSummary extends Estimate {
  /** Within-team agreement (§8.10); `null` only if no item was answered twice. */
  readonly agreement: Agreement | null;
  /** At least 25 % favourable and at least 25 % unfavourable: "the team sees this differently". */
  readonly polarised: boolean;
  readonly distribution: Distribution;
  /** Share of this scale's item answers missing among the team's respondents (§8.6). */
  readonly missingRate: number;
}

/**
 * One item of a team summary, over the counted respondents who answered it (§8.5); its
 * "cannot answer" count is over the unit's counted respondents.
 */
export interface ItemSummary {
  /** The mean answer on the 1–5 scale as answered, so it reads with the item's own wording. */
  readonly mean: number;
  /**
   * The item's 0–100 score in its scale's direction (reverse keying applied), comparable with the
   * scale's mean: the ranking of strongest and weakest items uses it.
   */
  readonly score: number;
  readonly n: number;
  /**
   * Answers per band in the scale's direction (§8.5, item level): favourable 4–5, neutral 3,
   * unfavourable 1–2, each the other way round on a reverse-keyed item.
   */
  readonly distribution: Distribution;
  /** The unit's counted respondents who answered "cannot answer" (§8.2); they are not in `n`. */
  readonly cannotAnswer: number;
}

/** How many respondents carry each careless-answer flag (§8.7). They stay in every score. */
export interface FlagCounts {
  readonly flagged: number;
  readonly longstring: number;
  readonly lowVariability: number;
  readonly speed: number;
}

/**
 * Scale means without the flagged responses (§8.7); reported only when both the flagged and the
 * unflagged respondents are at least k (ANONYMITY.md R2).
 */
export interface Sensitivity {
  readonly n: number;
  readonly scales: Readonly<Record<Scale, number>>;
}

/** Fewer than k respondents: nothing derived from their answers, only the counts (§8.8). */
export interface SuppressedSummary {
  readonly status: 'suppressed';
  /** Counted respondents: those with a score on every scale (§8.6). */
  readonly responded: number;
  /** The anonymity threshold k. */
  readonly required: number;
  /** Why, when it was not simply too few (`summarizeUnits` says; `summarizeTeam` leaves it out). */
  readonly reason?: SuppressionReason;
}

/**
 * A team summary with k or more counted respondents. Every scale, its interval, agreement and
 * distribution, the zone, the balance and its tilt are computed over the same people, the counted
 * respondents; items and characteristics over those of them who answered enough (ANONYMITY.md R2).
 */
export interface TeamSummaryOk {
  readonly status: 'ok';
  /** Counted respondents: those with a score on every scale (§8.6). */
  readonly n: number;
  /** Submissions that are not counted: too few answers on at least one scale. Stored, never dropped. */
  readonly incomplete: number;
  /** The anonymity threshold k that was applied. */
  readonly required: number;
  /** The two-sided confidence of every interval in the summary (`options.confidence`, 0.8 by default, §8.9). */
  readonly confidence: number;
  readonly instrument: { readonly id: string; readonly version: string };
  /** Per scale, over the counted respondents. */
  readonly scales: Readonly<Record<Scale, ScaleSummary>>;
  /** Per item id; `null` where the release rules hide it (`hidden` says why). */
  readonly items: Readonly<Record<string, ItemSummary | null>>;
  /**
   * The five characteristics of a performance culture (§8.12); descriptive, not headline metrics.
   * Safety + standard is the lower of the two team means (that scale's estimate), so it is in
   * place exactly when the team is in the performance zone. `null` where the release rules hide
   * one (`hidden` says why).
   */
  readonly characteristics: Readonly<Record<Characteristic, Estimate | null>>;
  /** The team's zone with its interval. */
  readonly zone: ZoneClassification;
  /** The leader's balance. */
  readonly balance: BalanceAssessment;
  readonly flags: FlagCounts;
  /** `null` when nobody is flagged, or when the release rules hide it (`hidden` says why). */
  readonly sensitivity: Sensitivity | null;
  /** Why each absent figure is absent (ANONYMITY.md R1–R3). */
  readonly hidden: Readonly<Partial<Record<FigureKey, HiddenReason>>>;
}

/** What `summarizeTeam` returns. */
export type TeamSummary = SuppressedSummary | TeamSummaryOk;
