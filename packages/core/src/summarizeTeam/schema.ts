import * as z from 'zod/mini';
import { AGREEMENT_BANDS, CHARACTERISTICS, SCALES } from '../vocabulary/index.js';
import { flag, intAtLeast, numberBetween, oneOf } from '../schema/index.js';
import { BALANCE_SHAPE, ZONE_SHAPE } from '../schema/shapes.js';
import type { TeamSummary } from './types.js';

const score = numberBetween(0, 100);
const count = intAtLeast(0);
const interval = z.tuple([score, score], { error: 'must be [low, high], each from 0 to 100' });

const EstimateShape = {
  mean: score,
  sd: numberBetween(0, 100),
  n: count,
  halfWidth: numberBetween(0, 100),
  ci80: interval,
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

/** Validates a team summary received from elsewhere (a server, a file) before core reads it. */
export const TeamSummarySchema: z.ZodMiniType<TeamSummary> = z
  .discriminatedUnion(
    'status',
    [
      z.object({ status: z.literal('suppressed'), responded: count, required: count }),
      z.object({
        status: z.literal('ok'),
        n: count,
        incomplete: count,
        required: count,
        instrument: z.object({ id: z.string(), version: z.string() }),
        scales: recordOf(SCALES, z.nullable(ScaleSummarySchema)),
        items: z.record(
          z.string(),
          z.nullable(z.object({ mean: numberBetween(1, 5), n: count, favourable: numberBetween(0, 1) })),
        ),
        characteristics: recordOf(CHARACTERISTICS, z.nullable(z.object(EstimateShape))),
        zone: z.nullable(ZoneSchema),
        balance: z.nullable(BalanceSchema),
        flags: z.object({ flagged: count, longstring: count, lowVariability: count, speed: count }),
        sensitivity: z.nullable(z.object({ n: count, scales: recordOf(SCALES, z.nullable(score)) })),
      }),
    ],
    { error: 'must be a team summary from summarizeTeam (status "ok" or "suppressed")' },
  )
  .check(
    // A summary that breaks k is refused outright: nothing downstream may show it (§8.8).
    z.superRefine((summary, ctx) => {
      if (summary.status !== 'ok') return;
      const k = summary.required;
      if (summary.n < k)
        ctx.addIssue({
          code: 'custom',
          message: `must be at least required (${k}): anonymity`,
          path: ['n'],
          input: summary.n,
        });
      for (const scale of SCALES) {
        const s = summary.scales[scale];
        if (s && s.n < k)
          ctx.addIssue({
            code: 'custom',
            message: `must be at least required (${k}): anonymity`,
            path: ['scales', scale, 'n'],
            input: s.n,
          });
      }
    }),
  ) as unknown as z.ZodMiniType<TeamSummary>;
