import { RWG_BANDS, RWG_NULL_VAR_SLIGHT_SKEW_5 } from '../constants/index.js';
import type { AgreementBand } from '../vocabulary/index.js';

/** Within-team agreement on one scale (INSTRUMENT.md §8.10). */
export interface Agreement {
  /** AD_M(J): mean absolute deviation from the item means, averaged over items, in response units. */
  readonly ad: number;
  /** The same in 0–100 points (× 25). */
  readonly adPoints: number;
  /** AD above 5/6 (≈ 20.8 points): answers differ a lot. The product's agreement label. */
  readonly low: boolean;
  /** r*wg(J) = 1 − mean item variance / null variance (uniform null); for export and research. */
  readonly rwgStar: number;
  /** rwg(J) (James et al.), set to 0 when the observed variance exceeds the null. Inflates with J. */
  readonly rwg: number;
  /** rwg(J) against the slightly skewed null (σ² = 1.34). */
  readonly rwgSlightSkew: number;
  /** LeBreton & Senter's band of r*wg(J); export only. */
  readonly band: AgreementBand;
}

function rwgJ(meanVariance: number, nullVariance: number, items: number): number {
  if (meanVariance >= nullVariance) return 0;
  const ratio = meanVariance / nullVariance;
  return (items * (1 - ratio)) / (items * (1 - ratio) + ratio);
}

/** The band of an r*wg(J) value. */
export function agreementBand(rwgStar: number): AgreementBand {
  if (rwgStar >= RWG_BANDS.veryStrong) return 'very-strong';
  if (rwgStar >= RWG_BANDS.strong) return 'strong';
  if (rwgStar >= RWG_BANDS.moderate) return 'moderate';
  if (rwgStar >= RWG_BANDS.weak) return 'weak';
  return 'lack';
}

/**
 * Agreement from per-item answer lists (keyed, integers 1–5). Items with fewer than two answers carry no
 * information about agreement and are left out; `null` when no item has two.
 */
export function agreementOf(
  itemAnswers: readonly (readonly number[])[],
  nullVariance: number,
  adLow: number,
): Agreement | null {
  let adSum = 0;
  let varianceSum = 0;
  let items = 0;
  const counts = [0, 0, 0, 0, 0, 0];
  for (const answers of itemAnswers) {
    const n = answers.length;
    if (n < 2) continue;
    // Through a histogram of the five codes, so the result is the same in any respondent order,
    // to the last bit: a summary must not depend on who answered first.
    counts.fill(0);
    let sum = 0;
    for (const x of answers) {
      counts[x]! += 1;
      sum += x;
    }
    const m = sum / n;
    let abs = 0;
    let sq = 0;
    for (let v = 1; v <= 5; v++) {
      const c = counts[v]!;
      if (c === 0) continue;
      abs += c * Math.abs(v - m);
      sq += c * (v - m) * (v - m);
    }
    adSum += abs / n;
    varianceSum += sq / (n - 1);
    items++;
  }
  if (items === 0) return null;
  const ad = adSum / items;
  const meanVariance = varianceSum / items;
  const rwgStar = 1 - meanVariance / nullVariance;
  return {
    ad,
    adPoints: ad * 25,
    low: ad > adLow,
    rwgStar,
    rwg: rwgJ(meanVariance, nullVariance, items),
    rwgSlightSkew: rwgJ(meanVariance, RWG_NULL_VAR_SLIGHT_SKEW_5, items),
    band: agreementBand(rwgStar),
  };
}
