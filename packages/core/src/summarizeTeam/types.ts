import type { Agreement } from '../agreement/index.js';
import type { FigureKey, HiddenReason, SuppressionReason } from '../anonymity/figures.js';
import type { BalanceAssessment } from '../assessBalance/index.js';
import type { ZoneClassification } from '../classifyZone/index.js';
import type { Characteristic, Scale } from '../vocabulary/index.js';

/** A team mean on the 0–100 scale with its spread and 80 % interval (§8.5, §8.9). */
export interface Estimate {
  readonly mean: number;
  /** Sample SD of respondents' scores. */
  readonly sd: number;
  /** Respondents with a valid score on this statistic. */
  readonly n: number;
  /** Half-width of the 80 % interval: max(5, t₀.₉₀,ₙ₋₁ × SD/√n). */
  readonly halfWidth: number;
  /** The 80 % interval, clamped to 0–100. */
  readonly ci80: readonly [number, number];
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
 * One item of a team summary, on the 1–5 scale as answered (reverse keying not applied), over
 * the counted respondents who answered it.
 */
export interface ItemSummary {
  readonly mean: number;
  readonly n: number;
  /** Share of answers that were 4 or 5 (§8.5, item level). */
  readonly favourable: number;
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
  readonly instrument: { readonly id: string; readonly version: string };
  /** Per scale, over the counted respondents. */
  readonly scales: Readonly<Record<Scale, ScaleSummary>>;
  /** Per item id; `null` where the release rules hide it (`hidden` says why). */
  readonly items: Readonly<Record<string, ItemSummary | null>>;
  /**
   * The five characteristics of a performance culture (§8.12); descriptive, not headline metrics.
   * `null` where the release rules hide one (`hidden` says why).
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
