import { describe, expect, it } from 'vitest';
import { agreementBand, agreementFromHistograms, HISTOGRAM_WIDTH, type Agreement } from './index.js';

/** Agreement from per-item answer lists, for readable cases; core itself counts histograms. */
function agreementOf(
  itemAnswers: readonly (readonly number[])[],
  nullVariance: number,
  adLow: number,
): Agreement | null {
  const histograms = new Int32Array(itemAnswers.length * HISTOGRAM_WIDTH);
  itemAnswers.forEach((answers, item) => {
    for (const x of answers) histograms[item * HISTOGRAM_WIDTH + x]! += 1;
  });
  return agreementFromHistograms(
    histograms,
    itemAnswers.map((_, i) => i),
    nullVariance,
    adLow,
  );
}

describe('agreement (§8.10)', () => {
  it('computes AD_M(J) as the mean absolute deviation from item means, averaged over items', () => {
    // Item 1: 2,4 → mean 3, AD 1. Item 2: 3,3,3 → AD 0. AD_M(J) = 0.5.
    const a = agreementOf(
      [
        [2, 4],
        [3, 3, 3],
      ],
      2,
      5 / 6,
    )!;
    expect(a.ad).toBe(0.5);
    expect(a.adPoints).toBe(12.5);
    expect(a.low).toBe(false);
  });

  it('reads AD above 5/6 as low agreement', () => {
    expect(agreementOf([[1, 5, 1, 5]], 2, 5 / 6)!.low).toBe(true); // AD 2
    expect(agreementOf([[2, 4, 3, 3, 2, 4]], 2, 5 / 6)!.low).toBe(false); // AD ≈ 0.67
  });

  it('computes r*wg(J) and rwg(J) against the uniform null of 2.0', () => {
    // Item variances (n − 1): [2,4] → 2; [3,4] → 0.5. Mean 1.25.
    const a = agreementOf(
      [
        [2, 4],
        [3, 4],
      ],
      2,
      5 / 6,
    )!;
    expect(a.rwgStar).toBeCloseTo(1 - 1.25 / 2, 10);
    const ratio = 1.25 / 2;
    expect(a.rwg).toBeCloseTo((2 * (1 - ratio)) / (2 * (1 - ratio) + ratio), 10);
  });

  it('sets rwg(J) to 0 when the observed variance exceeds the null', () => {
    const a = agreementOf([[1, 5, 1, 5]], 2, 5 / 6)!;
    expect(a.rwg).toBe(0);
    expect(a.rwgStar).toBeLessThan(0);
    expect(a.band).toBe('lack');
  });

  it.each([
    [0.3, 'lack'],
    [0.31, 'weak'],
    [0.51, 'moderate'],
    [0.71, 'strong'],
    [0.91, 'very-strong'],
  ] as const)('bands r*wg(J) %f as %s', (value, band) => {
    expect(agreementBand(value)).toBe(band);
  });

  it('leaves out items answered fewer than twice, and gives null without any', () => {
    expect(agreementOf([[3], []], 2, 5 / 6)).toBeNull();
  });
});
