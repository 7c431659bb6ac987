/**
 * Schema shapes that both a team summary and a report carry: a zone classification and a balance
 * assessment. In a module of their own, so the report's schema does not bundle the summary's.
 *
 * Each public type here is derived from its schema (one home for the shape: a field added to the
 * schema is in the type and its docs at once), named as an interface so the API reference gives
 * it one page, and read-only because core hands its results out read-only. The comments on the
 * schema's fields are the type's documentation.
 */
import * as z from 'zod/mini';
import { AXIS_READINGS, ZONES } from '../../vocabulary/index.js';
import { flag, numberBetween, oneOf } from './index.js';
import type { ReadOnlyFields } from './read-only.js';

const score = numberBetween(0, 100);
const interval = z.tuple([score, score], { error: 'must be [low, high], each from 0 to 100' });

const zoneAxis = z.object({
  /** The team mean, 0–100. */
  score: score,
  /** The interval (at the classification's `confidence`); both ends equal `score` when no interval was given. */
  interval: interval,
  /** `borderline` when the cut lies inside the interval (§8.9). */
  reading: oneOf(AXIS_READINGS),
  /** The team is split on this axis: low agreement or polarised (§8.10). */
  split: flag(),
});

/** Where the team lies on one axis of the zone map. */
export interface ZoneAxisReading extends ReadOnlyFields<z.output<typeof zoneAxis>> {}

/** One axis of the zone map: the team's score, its interval and its reading. */
export const ZoneAxisSchema: z.ZodMiniType<ZoneAxisReading> = zoneAxis;

/** The fields of a `ZoneClassification`. */
export const ZONE_SHAPE = {
  /** The zone of the point itself; a score equal to the cut counts as high. */
  zone: oneOf(ZONES),
  /** Every zone the team may be in given its interval, in `ZONES` order; `[zone]` when clear. */
  candidates: z.array(oneOf(ZONES)),
  /** True when either axis is borderline; two borderline axes mean "near the centre". */
  borderline: flag(),
  /** Psychological safety (x). */
  safety: ZoneAxisSchema,
  /** Perceived standard (y). */
  standard: ZoneAxisSchema,
  /** The cut used. */
  cut: score,
  /** The two-sided confidence of the intervals the axes were read with (`options.confidence`, §8.9). */
  confidence: numberBetween(0.5, 0.999),
};

const zoneClassification = /* @__PURE__ */ z.object(ZONE_SHAPE);

/** A team's place in the performance zone model. */
export interface ZoneClassification extends ReadOnlyFields<z.output<typeof zoneClassification>> {}

/** A zone classification as `classifyZone` returns it and a team summary carries it. */
export const ZoneClassificationSchema: z.ZodMiniType<ZoneClassification> = zoneClassification;

/** The fields of a `BalanceAssessment`. */
export const BALANCE_SHAPE = {
  /** `weak` when administration is below the cut: shown before any balance statement. */
  foundation: z.enum(['solid', 'weak']),
  /** R − S in points: positive leans to relation, negative to system. */
  tilt: numberBetween(-100, 100),
  /** The smallest |tilt| that counts: max(12.5, t₀.₉₀ × SE of the per-person differences). */
  tiltThreshold: numberBetween(0, 200),
  /** Which side the board leans to; `balanced` when the tilt is not meaningful. */
  lean: z.enum(['relation', 'system', 'balanced']),
  /**
   * Pressure on the sides of a board that does not lean: `strong` both at or above the cut,
   * `light` both below, else `uneven`. `null` when the board leans: then the profile is the
   * reading (§8.11), so the two never contradict each other.
   */
  force: z.nullable(z.enum(['light', 'strong', 'uneven'])),
  /** Profile A (natural relation leader) or B (natural system leader) when the board leans; else `null`. */
  profile: z.nullable(z.enum(['A', 'B'])),
  /**
   * The zone this leadership tends to create (the model, "How the models connect"): relation
   * leadership read as support and system leadership as demands, each against the cut, through
   * the zone table (`ZONE_QUADRANTS`).
   */
  expectedZone: oneOf(ZONES),
  /** The three scores the assessment was made from. */
  scores: z.object({ relation: score, system: score, administration: score }),
  /** The cut used. */
  cut: score,
};

const balanceAssessment = /* @__PURE__ */ z.object(BALANCE_SHAPE);

/** The leader's reading on the balance model (§8.11). */
export interface BalanceAssessment extends ReadOnlyFields<z.output<typeof balanceAssessment>> {}

/** A balance assessment as `assessBalance` returns it and a team summary carries it. */
export const BalanceAssessmentSchema: z.ZodMiniType<BalanceAssessment> = balanceAssessment;
