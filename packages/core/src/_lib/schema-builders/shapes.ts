/**
 * Schema shapes that both a team summary and a report carry: a zone classification and a balance
 * assessment. In a module of their own, so the report's schema does not bundle the summary's.
 */
import * as z from 'zod/mini';
import { AXIS_READINGS, ZONES } from '../../vocabulary/index.js';
import { flag, numberBetween, oneOf } from './index.js';

const score = numberBetween(0, 100);
const interval = z.tuple([score, score], { error: 'must be [low, high], each from 0 to 100' });

/** One axis of the zone map: the team's score, its interval and its reading. */
export const ZoneAxisSchema = z.object({ score, interval, reading: oneOf(AXIS_READINGS), split: flag() });

/** The fields of a `ZoneClassification`. */
export const ZONE_SHAPE = {
  zone: oneOf(ZONES),
  candidates: z.array(oneOf(ZONES)),
  borderline: flag(),
  safety: ZoneAxisSchema,
  standard: ZoneAxisSchema,
  cut: score,
  confidence: numberBetween(0.5, 0.999),
};

/** The fields of a `BalanceAssessment`. */
export const BALANCE_SHAPE = {
  foundation: z.enum(['solid', 'weak']),
  tilt: numberBetween(-100, 100),
  tiltThreshold: numberBetween(0, 200),
  lean: z.enum(['relation', 'system', 'balanced']),
  force: z.nullable(z.enum(['light', 'strong', 'uneven'])),
  profile: z.nullable(z.enum(['A', 'B'])),
  expectedZone: oneOf(ZONES),
  scores: z.object({ relation: score, system: score, administration: score }),
  cut: score,
};
