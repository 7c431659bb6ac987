import type { Agreement } from '../agreement/index.js';
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

/** One item of a team summary, on the 1–5 scale as answered (reverse keying not applied). */
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

/** Scale means without the flagged responses; reported only when k or more remain (§8.7). */
export interface Sensitivity {
  readonly n: number;
  readonly scales: Readonly<Record<Scale, number | null>>;
}

/** Fewer than k respondents: nothing derived from their answers, only the counts (§8.8). */
export interface SuppressedSummary {
  readonly status: 'suppressed';
  /** Respondents with at least one valid scale score. */
  readonly responded: number;
  /** The anonymity threshold k. */
  readonly required: number;
}

/** A team summary with k or more respondents. */
export interface TeamSummaryOk {
  readonly status: 'ok';
  /** Respondents with at least one valid scale score. */
  readonly n: number;
  /** Submissions with no valid scale score: stored and counted, never dropped (§8.6). */
  readonly incomplete: number;
  /** The anonymity threshold k that was applied. */
  readonly required: number;
  readonly instrument: { readonly id: string; readonly version: string };
  /** Per scale; `null` where fewer than k respondents have a score on it. */
  readonly scales: Readonly<Record<Scale, ScaleSummary | null>>;
  /** Per item id; `null` where fewer than k answered it. */
  readonly items: Readonly<Record<string, ItemSummary | null>>;
  /** The five characteristics of a performance culture (§8.12); descriptive, not headline metrics. */
  readonly characteristics: Readonly<Record<Characteristic, Estimate | null>>;
  /** The team's zone with its interval; `null` when safety or standard is suppressed. */
  readonly zone: ZoneClassification | null;
  /** The leader's balance; `null` when relation, system or administration is suppressed. */
  readonly balance: BalanceAssessment | null;
  readonly flags: FlagCounts;
  /** `null` when nobody is flagged, or when fewer than k would remain. */
  readonly sensitivity: Sensitivity | null;
}

/** What `summarizeTeam` returns. */
export type TeamSummary = SuppressedSummary | TeamSummaryOk;
