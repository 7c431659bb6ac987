import * as z from 'zod/mini';
import { AGREEMENT_BANDS } from '../../vocabulary/index.js';
import { flag, numberBetween, oneOf } from '../schema-builders/index.js';

const agreement = z.object({
  /** AD_M(J): mean absolute deviation from the item means, averaged over items, in response units. */
  ad: numberBetween(0, 4),
  /** The same in 0–100 points (× 25). */
  adPoints: numberBetween(0, 100),
  /** AD above 5/6 (≈ 20.8 points): answers differ a lot. The product's agreement label. */
  low: flag(),
  /** r*wg(J) = 1 − mean item variance / null variance (uniform null); for export and research. */
  rwgStar: z.number(),
  /** rwg(J) (James et al.), set to 0 when the observed variance exceeds the null. Inflates with J. */
  rwg: numberBetween(0, 1),
  /** rwg(J) against the slightly skewed null (σ² = 1.34). */
  rwgSlightSkew: numberBetween(0, 1),
  /** LeBreton & Senter's band of r*wg(J); export only. */
  band: oneOf(AGREEMENT_BANDS),
});

/**
 * Within-team agreement on one scale (§8.10). Derived from its schema, whose field comments are
 * its documentation; read-only, as every result core hands out.
 */
export interface Agreement extends Readonly<z.output<typeof agreement>> {}

/** Within-team agreement on one scale (§8.10), as a team summary carries it. */
export const AgreementSchema: z.ZodMiniType<Agreement> = agreement;
