import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../test-utils/index.js';
import { ZONES } from '../../vocabulary/index.js';
import {
  atLeast,
  below,
  exceeds,
  SCORE_TOLERANCE,
  sideOf,
  strictlyInside,
  ZONE_QUADRANTS,
  zoneAt,
  zoneOf,
} from './index.js';

describe('the cut rule, in one place', () => {
  it('counts a score equal to the threshold as reaching it, also when rounding put it a hair below', () => {
    expect(atLeast(62.5, 62.5)).toBe(true);
    expect(atLeast(62.49999999999999, 62.5)).toBe(true);
    expect(atLeast(75.1 - 62.6, 12.5)).toBe(true);
    expect(atLeast(62.5 - 2 * SCORE_TOLERANCE, 62.5)).toBe(false);
    expect(below(62.49, 62.5)).toBe(true);
  });

  it('reads "more than" strictly, beyond the tolerance', () => {
    expect(exceeds(5 / 6, 5 / 6)).toBe(false);
    expect(exceeds(5 / 6 + 1e-12, 5 / 6)).toBe(false);
    expect(exceeds(0.84, 5 / 6)).toBe(true);
  });

  it('puts a value inside an interval only when it is clear of both ends', () => {
    expect(strictlyInside(62.5, 60, 65)).toBe(true);
    expect(strictlyInside(62.5, 62.5, 70)).toBe(false);
    expect(strictlyInside(62.5, 70.1 - 7.6, 77.7)).toBe(false);
  });

  it('below is exactly not atLeast, and sideOf agrees with both', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (v, t) => {
          expect(below(v, t)).toBe(!atLeast(v, t));
          expect(sideOf(v, t)).toBe(atLeast(v, t) ? 'high' : 'low');
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it('has one zone table: each zone’s quadrant gives it back, and every pair of sides has a zone', () => {
    for (const zone of ZONES) expect(zoneOf(...ZONE_QUADRANTS[zone])).toBe(zone);
    const all = (['low', 'high'] as const).flatMap((x) => (['low', 'high'] as const).map((y) => zoneOf(x, y)));
    expect(new Set(all)).toEqual(new Set(ZONES));
    expect(zoneAt(80, 40, 62.5)).toBe('comfort');
    expect(zoneAt(62.5, 62.5, 62.5)).toBe('performance');
  });
});
