import * as z from 'zod/mini';
import { HIDDEN_REASONS, SUPPRESSION_REASONS } from '../anonymity/figures.js';
import { summaryIssues } from '../anonymity/inputs.js';
import { AGREEMENT_BANDS, CHARACTERISTICS, ITEM_CHARACTERISTICS, SCALES } from '../vocabulary/index.js';
import { flag, intAtLeast, numberBetween, oneOf } from '../_lib/schema-builders/index.js';
import { BALANCE_SHAPE, ZONE_SHAPE } from '../_lib/schema-builders/shapes.js';
import type { TeamSummary } from './types.js';

const score = numberBetween(0, 100);
const count = intAtLeast(0);
const interval = z.tuple([score, score], { error: 'must be [low, high], each from 0 to 100' });

const EstimateShape = {
  mean: score,
  sd: numberBetween(0, 100),
  n: count,
  halfWidth: numberBetween(0, 100),
  interval,
};

const AgreementSchema = z.object({
  ad: numberBetween(0, 4),
  adPoints: numberBetween(0, 100),
  low: flag(),
  rwgStar: z.number(),
  rwg: numberBetween(0, 1),
  rwgSlightSkew: numberBetween(0, 1),
  band: oneOf(AGREEMENT_BANDS),
});

const ScaleSummarySchema = z.object({
  ...EstimateShape,
  agreement: z.nullable(AgreementSchema),
  polarised: flag(),
  distribution: z.object({ favourable: count, neutral: count, unfavourable: count }),
  missingRate: numberBetween(0, 1),
});

const ZoneSchema = z.object(ZONE_SHAPE);
const BalanceSchema = z.object(BALANCE_SHAPE);

const recordOf = <K extends readonly [string, ...string[]], V extends z.core.$ZodType>(keys: K, value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as { [P in K[number]]: V });

const HiddenSchema = z.record(
  z.string().check(
    z.regex(
      new RegExp(`^(item:[A-Za-z][A-Za-z0-9_-]{0,39}|characteristic:(${ITEM_CHARACTERISTICS.join('|')})|sensitivity)$`),
      {
        error: 'must be a figure key: item:<id>, characteristic:<name> or sensitivity',
      },
    ),
  ),
  oneOf(HIDDEN_REASONS),
);

/**
 * Validates a team summary received from elsewhere (a server, a file) before core reads it: its
 * shape, and its counts against its own k and each other (ANONYMITY.md R6), so a forged or
 * edited summary is refused with a `BalanseError` instead of being shown.
 */
export const TeamSummarySchema: z.ZodMiniType<TeamSummary> = z
  .discriminatedUnion(
    'status',
    [
      z.object({
        status: z.literal('suppressed'),
        responded: count,
        required: count,
        reason: z.optional(oneOf(SUPPRESSION_REASONS)),
      }),
      z.object({
        status: z.literal('ok'),
        n: count,
        incomplete: count,
        required: count,
        confidence: numberBetween(0.5, 0.999),
        instrument: z.object({ id: z.string(), version: z.string() }),
        scales: recordOf(SCALES, ScaleSummarySchema),
        items: z.record(
          z.string(),
          z.nullable(
            z.object({
              mean: numberBetween(1, 5),
              score,
              n: count,
              distribution: z.object({ favourable: count, neutral: count, unfavourable: count }),
              cannotAnswer: count,
            }),
          ),
        ),
        characteristics: recordOf(CHARACTERISTICS, z.nullable(z.object(EstimateShape))),
        zone: ZoneSchema,
        balance: BalanceSchema,
        flags: z.object({ flagged: count, longstring: count, lowVariability: count, speed: count }),
        sensitivity: z.nullable(z.object({ n: count, scales: recordOf(SCALES, score) })),
        hidden: HiddenSchema,
      }),
    ],
    { error: 'must be a team summary from summarizeTeam (status "ok" or "suppressed")' },
  )
  .check(
    // Refused outright: nothing downstream may show a summary that breaks the release rules.
    z.superRefine((summary, ctx) => {
      for (const issue of summaryIssues(summary)) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: issue.input });
      }
    }),
  );
