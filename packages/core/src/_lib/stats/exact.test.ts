import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../test-utils/index.js';
import { meanScore, scoreOf } from './exact.js';
import { mean, sortedCopy } from './index.js';

/** A double as an exact fraction p / 2^k. */
function fractionOf(x: number): [bigint, bigint] {
  let q = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    q *= 2n;
  }
  return [BigInt(x), q];
}

/** The exact mean as a fraction of BigInts: Σ 25·(S − a)/a / n. */
function exactFraction(sums: number[], counts: number[]): [bigint, bigint] {
  let num = 0n;
  let den = 1n;
  sums.forEach((s, i) => {
    const a = BigInt(counts[i]!);
    num = num * a + 25n * BigInt(s - counts[i]!) * den;
    den *= a;
  });
  return [num, den * BigInt(sums.length)];
}

const person = fc
  .integer({ min: 1, max: 8 })
  .chain((a) => fc.tuple(fc.integer({ min: a, max: 5 * a }), fc.constant(a)));

describe('scores from integer item sums (§8.5)', () => {
  it('scores a person (mean − 1) × 25, rounded once', () => {
    expect(scoreOf(28, 8)).toBe(62.5);
    expect(scoreOf(5, 5)).toBe(0);
    expect(scoreOf(25, 5)).toBe(100);
  });

  it('gives 62.5 for six people whose mean is exactly 62.5, where summing their scores gave 62.49999999999999', () => {
    const people: [number, number][] = [
      [28, 8],
      [29, 6],
      [31, 8],
      [33, 8],
      [10, 5],
      [16, 6],
    ];
    // The old way: each person's score, then their mean in ascending order.
    expect(mean(sortedCopy(people.map(([s, a]) => (s / a - 1) * 25)))).toBe(62.49999999999999);
    expect(
      meanScore(
        people.map((p) => p[0]),
        people.map((p) => p[1]),
      ),
    ).toBe(62.5);
  });

  it('is the exact mean correctly rounded, in any order', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 40 }), (people) => {
        const sums = people.map((p) => p[0]);
        const counts = people.map((p) => p[1]);
        const [num, den] = exactFraction(sums, counts);
        const m = meanScore(sums, counts);
        // Correctly rounded: m is within half a unit in the last place of the exact mean.
        const [p, q] = fractionOf(m);
        const distance = p * den - num * q; // (m − exact) · q · den
        const abs = distance < 0n ? -distance : distance;
        const e = m === 0 ? -1074 : Math.floor(Math.log2(Math.abs(m)));
        const [u, uq] = fractionOf(2 ** Math.max(e - 52, -1074)); // one ulp
        // |m − exact| ≤ ulp / 2  ⟺  2 · |distance| · uq ≤ u · q · den
        expect(2n * abs * uq <= u * q * den).toBe(true);
        expect(meanScore([...sums].reverse(), [...counts].reverse())).toBe(m);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('falls back to summing the scores when the integers would be too large to be exact', () => {
    // 1..53 answered items: their least common multiple is far beyond 2^53.
    const counts = Array.from({ length: 53 }, (_, i) => i + 1);
    const sums = counts.map((a) => 4 * a);
    expect(meanScore(sums, counts)).toBeCloseTo(75, 10);
  });
});
