import * as z from 'zod/mini';
import { atLeast } from '../cut/index.js';
import { numberBetween } from '../schema-builders/index.js';

/**
 * A team's estimate on a 0–100 scale as `summarizeTeam` reports it. Functions that read a
 * position (`classifyZone`, `assessBalance`) take either a bare score or such an estimate, so a
 * team summary's scales can be passed straight in.
 */
export const EstimateSchema = z
  .looseObject({
    /** The team mean, 0–100. */
    mean: numberBetween(0, 100),
    /** Half the width of the interval, in points. */
    halfWidth: z.optional(numberBetween(0, 100)),
    /** The interval, [low, high], holding the mean. Used when `halfWidth` is absent. */
    interval: z.optional(
      z.tuple([numberBetween(0, 100), numberBetween(0, 100)], { error: 'must be [low, high], each from 0 to 100' }),
    ),
    /** True when respondents split into favourable and unfavourable groups (§8.10). */
    polarised: z.optional(z.boolean()),
    /** The agreement reading; `low: true` marks low agreement (§8.10). */
    agreement: z.optional(z.looseObject({ low: z.boolean() })),
  })
  .check(
    // An interval that does not hold its mean describes something else: refused, not drawn.
    z.superRefine((e, ctx) => {
      if (e.interval && !(atLeast(e.mean, e.interval[0]) && atLeast(e.interval[1], e.mean))) {
        ctx.addIssue({
          code: 'custom',
          message: `must contain the mean (${e.mean}): [low, high] with low ≤ mean ≤ high`,
          path: ['interval'],
          input: e.interval,
        });
      }
    }),
  );
export type EstimateInput = z.input<typeof EstimateSchema>;

/** A bare 0–100 score or an estimate. */
export const ScoreOrEstimateSchema = z.union([numberBetween(0, 100), EstimateSchema], {
  error: 'must be a score from 0 to 100, or an estimate { mean, halfWidth?, interval? }',
});
export type ScoreOrEstimate = number | EstimateInput;

/** The parts of an estimate the model's rules use. */
export interface AxisValue {
  readonly mean: number;
  /** Interval bounds; equal to `mean` when no interval is known. */
  readonly low: number;
  readonly high: number;
  /** Low agreement or polarisation: "the team is split on this axis" (§8.10). */
  readonly split: boolean;
}

/** Reduces a score or estimate to an `AxisValue`. */
export function toAxisValue(value: ScoreOrEstimate): AxisValue {
  if (typeof value === 'number') return { mean: value, low: value, high: value, split: false };
  const { mean } = value;
  let low = mean;
  let high = mean;
  if (value.halfWidth !== undefined) {
    low = mean - value.halfWidth;
    high = mean + value.halfWidth;
  } else if (value.interval) {
    [low, high] = value.interval;
  }
  return { mean, low, high, split: value.polarised === true || value.agreement?.low === true };
}
