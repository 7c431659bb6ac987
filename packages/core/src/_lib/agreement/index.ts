import { outOfRange } from '../at.js';
import { RWG_BANDS, RWG_NULL_VAR_SLIGHT_SKEW_5 } from '../../constants/index.js';
import type { AgreementBand } from '../../vocabulary/index.js';
import type { Agreement } from './agreement-schema.js';

export type { Agreement } from './agreement-schema.js';

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

/** Histogram slots per item: index 1–5 count the answers of that code (index 0 unused). */
export const HISTOGRAM_WIDTH = 6;

/**
 * Agreement from per-item histograms of keyed answers (`histograms[item * 6 + code]`), for the
 * items at `positions`. Working from counts of the five codes makes the result the same in any
 * respondent order, to the last bit: a summary must not depend on who answered first. Items
 * answered fewer than twice carry no information about agreement and are left out; `null` when
 * no item has two answers.
 */
export function agreementFromHistograms(
  histograms: Int32Array,
  positions: readonly number[],
  nullVariance: number,
  adLow: number,
): Agreement | null {
  let adSum = 0;
  let varianceSum = 0;
  let items = 0;
  for (const p of positions) {
    const base = p * HISTOGRAM_WIDTH;
    let n = 0;
    let sum = 0;
    for (let v = 1; v <= 5; v++) {
      const count = histograms[base + v] ?? outOfRange(histograms, base + v);
      n += count;
      sum += count * v;
    }
    if (n < 2) continue;
    const m = sum / n;
    let abs = 0;
    let sq = 0;
    for (let v = 1; v <= 5; v++) {
      const count = histograms[base + v] ?? outOfRange(histograms, base + v);
      if (count === 0) continue;
      abs += count * Math.abs(v - m);
      sq += count * (v - m) * (v - m);
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
