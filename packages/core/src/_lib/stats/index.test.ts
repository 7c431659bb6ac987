import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intervalHalfWidth, mean, sampleSd, sortedCopy, studentTCdf, studentTQuantile } from './index.js';

describe('stats', () => {
  it('computes a mean and a sample standard deviation', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
    expect(sampleSd([3])).toBe(0);
  });

  it('sorts a copy ascending, for a team and for a whole organisation, leaving its input as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 300 }), (values) => {
        const input = values.slice();
        const sorted = sortedCopy(values);
        expect(values).toEqual(input);
        expect(sorted).toEqual(input.sort((a, b) => a - b));
      }),
    );
  });

  it('sorts 12,000 values (an organisation of 1,000 teams, beyond what insertion sort handles) ascending', () => {
    const values = Array.from({ length: 12_000 }, (_, i) => (i * 7919) % 12_000);
    expect(sortedCopy(values)).toEqual(Array.from({ length: 12_000 }, (_, i) => i));
  });

  it.each([
    [1, 3.077684],
    [2, 1.885618],
    [4, 1.533206],
    [5, 1.475884],
    [9, 1.383029],
    [29, 1.311434],
    [120, 1.288646],
  ])('matches the published t(0.90) quantile for %i degrees of freedom', (df, expected) => {
    expect(studentTQuantile(0.9, df)).toBeCloseTo(expected, 5);
  });

  it('inverts its own cumulative distribution', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.55, max: 0.995, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 7);
      }),
    );
  });

  it('reproduces the worked examples of §8.9', () => {
    // n = 6, SD 15 → h = 9.0; n = 10, SD 15 → h = 6.6.
    expect(intervalHalfWidth(15, 6, 0.8, 5)).toBeCloseTo(9.04, 2);
    expect(intervalHalfWidth(15, 10, 0.8, 5)).toBeCloseTo(6.56, 2);
  });

  it('never reports a half-width below the floor', () => {
    expect(intervalHalfWidth(0, 12, 0.8, 5)).toBe(5);
  });
});
