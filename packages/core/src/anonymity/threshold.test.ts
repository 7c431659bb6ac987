import { describe, expect, it } from 'vitest';
import { isSafeDifference, meetsThreshold } from './threshold.js';

describe('meetsThreshold (R1)', () => {
  it('admits a group of exactly k people and refuses k − 1', () => {
    expect(meetsThreshold(5, 5)).toBe(true);
    expect(meetsThreshold(4, 5)).toBe(false);
    expect(meetsThreshold(6, 5)).toBe(true);
    expect(meetsThreshold(0, 3)).toBe(false);
  });
});

describe('isSafeDifference (R2, R3, R5)', () => {
  it('admits nobody and k or more, and refuses 1 to k − 1', () => {
    expect(isSafeDifference(0, 5)).toBe(true);
    expect(isSafeDifference(1, 5)).toBe(false);
    expect(isSafeDifference(4, 5)).toBe(false);
    expect(isSafeDifference(5, 5)).toBe(true);
    expect(isSafeDifference(12, 5)).toBe(true);
    expect(isSafeDifference(2, 3)).toBe(false);
    expect(isSafeDifference(3, 3)).toBe(true);
  });
});
