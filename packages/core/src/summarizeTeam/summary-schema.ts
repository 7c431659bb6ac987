/**
 * The schema of a team summary: what `summarizeTeam` returns and what `parseSummary` reads back.
 *
 * Each public type here is derived from its schema (one home for the shape: a field added to the
 * schema is in the type and its docs at once), named as an interface so the API reference gives
 * it one page, and read-only because core hands its results out read-only. The comments on the
 * schemas' fields are the types' documentation.
 */
import * as z from 'zod/mini';
import { HIDDEN_REASONS, SUPPRESSION_REASONS, type FigureKey } from '../anonymity/figures.js';
import { summaryIssues } from '../anonymity/inputs.js';
import { CHARACTERISTICS, ITEM_CHARACTERISTICS, SCALES } from '../vocabulary/index.js';
import { AgreementSchema } from '../_lib/agreement/agreement-schema.js';
import { flag, intAtLeast, numberBetween, oneOf } from '../_lib/schema-builders/index.js';
import { BalanceAssessmentSchema, ZoneClassificationSchema } from '../_lib/schema-builders/shapes.js';

const score = numberBetween(0, 100);
const count = intAtLeast(0);
const interval = z.readonly(z.tuple([score, score], { error: 'must be [low, high], each from 0 to 100' }));

/** An object whose keys are `keys`, each holding `value`, read-only. */
function recordOf<K extends readonly [string, ...string[]], V extends z.core.$ZodType>(keys: K, value: V) {
  return z.readonly(z.object(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K[number]]: V }));
}

const ESTIMATE_SHAPE = {
  /** The mean of the respondents' scores, computed exactly from their item sums. */
  mean: score,
  /** Sample SD of respondents' scores. */
  sd: numberBetween(0, 100),
  /** Respondents with a valid score on this statistic. */
  n: count,
  /** Half-width of the interval: max(5, t × SD/√n), with t at the summary's confidence (t₀.₉₀,ₙ₋₁ at 80 %). */
  halfWidth: numberBetween(0, 100),
  /** The interval, mean ± halfWidth, clamped to 0–100. */
  interval: interval,
};
const estimate = z.object(ESTIMATE_SHAPE);

/**
 * A team mean on the 0–100 scale with its spread and interval (§8.5, §8.9), at the summary's
 * `confidence` (80 % unless `options.confidence` says otherwise).
 */
export interface Estimate extends Readonly<z.output<typeof estimate>> {}
const EstimateOfTeamSchema: z.ZodMiniType<Estimate> = estimate;

const distribution = z.object({
  /** Respondents (or, for an item, answers) in the favourable band. */
  favourable: count,
  /** Respondents (or answers) in the neutral band. */
  neutral: count,
  /** Respondents (or answers) in the unfavourable band. */
  unfavourable: count,
});

/** Respondents per band: favourable ≥ 62.5, unfavourable ≤ 37.5, neutral between (§8.5). */
export interface Distribution extends Readonly<z.output<typeof distribution>> {}
const DistributionSchema: z.ZodMiniType<Distribution> = distribution;

const scaleSummary = z.object({
  ...ESTIMATE_SHAPE,
  /** Within-team agreement (§8.10); `null` only if no item was answered twice. */
  agreement: z.nullable(AgreementSchema),
  /** At least 25 % favourable and at least 25 % unfavourable: "the team sees this differently". */
  polarised: flag(),
  /** Respondents per band on this scale. */
  distribution: DistributionSchema,
  /** Share of this scale's item answers missing among the team's respondents (§8.6). */
  missingRate: numberBetween(0, 1),
});

/** One scale of a team summary: its estimate with agreement, polarisation, bands and missing answers. */
export interface ScaleSummary extends Readonly<z.output<typeof scaleSummary>> {}
const ScaleSummarySchema: z.ZodMiniType<ScaleSummary> = scaleSummary;

const itemSummary = z.object({
  /** The mean answer on the 1–5 scale as answered, so it reads with the item's own wording. */
  mean: numberBetween(1, 5),
  /**
   * The item's 0–100 score in its scale's direction (reverse keying applied), comparable with the
   * scale's mean: the ranking of strongest and weakest items uses it.
   */
  score: score,
  /** Counted respondents who answered the item. */
  n: count,
  /**
   * Answers per band in the scale's direction (§8.5, item level): favourable 4–5, neutral 3,
   * unfavourable 1–2, each the other way round on a reverse-keyed item.
   */
  distribution: DistributionSchema,
  /** The unit's counted respondents who answered "cannot answer" (§8.2); they are not in `n`. */
  cannotAnswer: count,
});

/**
 * One item of a team summary, over the counted respondents who answered it (§8.5); its
 * "cannot answer" count is over the unit's counted respondents.
 */
export interface ItemSummary extends Readonly<z.output<typeof itemSummary>> {}
const ItemSummarySchema: z.ZodMiniType<ItemSummary> = itemSummary;

const flagCounts = z.object({
  /** Respondents with at least one flag. */
  flagged: count,
  /** The same answer on a long run of items. */
  longstring: count,
  /** Almost no variation in the answers. */
  lowVariability: count,
  /** Answered faster than a careful reading allows. */
  speed: count,
});

/** How many respondents carry each careless-answer flag (§8.7). They stay in every score. */
export interface FlagCounts extends Readonly<z.output<typeof flagCounts>> {}
const FlagCountsSchema: z.ZodMiniType<FlagCounts> = flagCounts;

const sensitivity = z.object({
  /** The unflagged respondents the means are over. */
  n: count,
  /** Each scale's mean over the unflagged respondents. */
  scales: recordOf(SCALES, score),
});

/**
 * Scale means without the flagged responses (§8.7); reported only when both the flagged and the
 * unflagged respondents are at least k (ANONYMITY.md R2).
 */
export interface Sensitivity extends Readonly<z.output<typeof sensitivity>> {}
const SensitivitySchema: z.ZodMiniType<Sensitivity> = sensitivity;

const FIGURE_KEY = new RegExp(
  `^(item:[A-Za-z][A-Za-z0-9_-]{0,39}|characteristic:(${ITEM_CHARACTERISTICS.join('|')})|sensitivity)$`,
);
const FigureKeySchema = z.custom<FigureKey>((key) => typeof key === 'string' && FIGURE_KEY.test(key), {
  error: 'must be a figure key: item:<id>, characteristic:<name> or sensitivity',
});

const suppressedSummary = z.object({
  status: z.literal('suppressed'),
  /** Counted respondents: those with a score on every scale (§8.6). */
  responded: count,
  /** The anonymity threshold k. */
  required: count,
  /** Why, when it was not simply too few (`summarizeUnits` says; `summarizeTeam` leaves it out). */
  reason: z.optional(oneOf(SUPPRESSION_REASONS)),
});

/** Fewer than k respondents: nothing derived from their answers, only the counts (§8.8). */
export interface SuppressedSummary extends Readonly<z.output<typeof suppressedSummary>> {}

const teamSummaryOk = z.object({
  status: z.literal('ok'),
  /** Counted respondents: those with a score on every scale (§8.6). */
  n: count,
  /** Submissions that are not counted: too few answers on at least one scale. Stored, never dropped. */
  incomplete: count,
  /** The anonymity threshold k that was applied. */
  required: count,
  /** The two-sided confidence of every interval in the summary (`options.confidence`, 0.8 by default, §8.9). */
  confidence: numberBetween(0.5, 0.999),
  /** The instrument and version the answers were given on. */
  instrument: z.readonly(z.object({ id: z.string(), version: z.string() })),
  /** Per scale, over the counted respondents. */
  scales: recordOf(SCALES, ScaleSummarySchema),
  /** Per item id; `null` where the release rules hide it (`hidden` says why). */
  items: z.readonly(z.record(z.string(), z.nullable(ItemSummarySchema))),
  /**
   * The five characteristics of a performance culture (§8.12); descriptive, not headline metrics.
   * Safety + standard is the lower of the two team means (that scale's estimate), so it is in
   * place exactly when the team is in the performance zone. `null` where the release rules hide
   * one (`hidden` says why).
   */
  characteristics: recordOf(CHARACTERISTICS, z.nullable(EstimateOfTeamSchema)),
  /** The team's zone with its interval. */
  zone: ZoneClassificationSchema,
  /** The leader's balance. */
  balance: BalanceAssessmentSchema,
  /** Careless-answer flags (§8.7). */
  flags: FlagCountsSchema,
  /** `null` when nobody is flagged, or when the release rules hide it (`hidden` says why). */
  sensitivity: z.nullable(SensitivitySchema),
  /** Why each absent figure is absent (ANONYMITY.md R1–R3). */
  hidden: z.readonly(z.partialRecord(FigureKeySchema, oneOf(HIDDEN_REASONS))),
});

/**
 * A team summary with k or more counted respondents. Every scale, its interval, agreement and
 * distribution, the zone, the balance and its tilt are computed over the same people, the counted
 * respondents; items and characteristics over those of them who answered enough (ANONYMITY.md R2).
 */
export interface TeamSummaryOk extends Readonly<z.output<typeof teamSummaryOk>> {}

/** What `summarizeTeam` returns. */
export type TeamSummary = SuppressedSummary | TeamSummaryOk;

/**
 * Validates a team summary received from elsewhere (a server, a file) before core reads it: its
 * shape, and its counts against its own k and each other (ANONYMITY.md R6), so a forged or
 * edited summary is refused with a `BalanseError` instead of being shown.
 */
export const TeamSummarySchema: z.ZodMiniType<TeamSummary> = z
  .discriminatedUnion('status', [suppressedSummary, teamSummaryOk], {
    error: 'must be a team summary from summarizeTeam (status "ok" or "suppressed")',
  })
  .check(
    // Refused outright: nothing downstream may show a summary that breaks the release rules.
    z.superRefine((summary, ctx) => {
      for (const issue of summaryIssues(summary)) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: issue.input });
      }
    }),
  );
