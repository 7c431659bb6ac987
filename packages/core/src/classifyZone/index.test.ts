import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BalanseError } from '../errors/index.js';
import { ZONES } from '../vocabulary/index.js';
import { classifyZone } from './index.js';

describe('classifyZone (§8.9)', () => {
  describe('the zone table', () => {
    it.each([
      ['apathy', 40, 40],
      ['comfort', 80, 40],
      ['stress', 40, 80],
      ['performance', 80, 80],
    ] as const)('classifies the %s zone: safety %i, standard %i', (zone, safety, standard) => {
      expect(classifyZone({ safety, standard })).toMatchObject({ zone, candidates: [zone], borderline: false });
    });
  });

  describe('the corners and the cut', () => {
    it.each([
      [0, 0, 'apathy'],
      [100, 0, 'comfort'],
      [0, 100, 'stress'],
      [100, 100, 'performance'],
    ] as const)('classifies the corner (%i, %i) as %s', (safety, standard, zone) => {
      expect(classifyZone({ safety, standard }).zone).toBe(zone);
    });

    it('counts a score equal to the cut as high', () => {
      expect(classifyZone({ safety: 62.5, standard: 62.5 }).zone).toBe('performance');
      expect(classifyZone({ safety: 62.49, standard: 62.5 }).zone).toBe('stress');
    });

    it('uses a configured cut', () => {
      expect(classifyZone({ safety: 55, standard: 55 }, { cut: 50 }).zone).toBe('performance');
    });
  });

  describe('the borderline rule', () => {
    it('marks an axis borderline when its interval contains the cut (n = 6, SD 15, h = 9.0)', () => {
      const result = classifyZone({ safety: { mean: 70, halfWidth: 9.04 }, standard: 80 });
      expect(result.safety.reading).toBe('borderline');
      expect(result.borderline).toBe(true);
      expect(result.candidates).toEqual(['stress', 'performance']);
    });

    it('reads an axis clearly high when the interval stays above the cut (n = 10, h = 6.6)', () => {
      const result = classifyZone({ safety: { mean: 70, halfWidth: 6.56 }, standard: 80 });
      expect(result.safety.reading).toBe('high');
      expect(result.candidates).toEqual(['performance']);
    });

    it('lists all four zones when both axes are borderline: near the centre', () => {
      const result = classifyZone({ safety: { mean: 60, halfWidth: 5 }, standard: { mean: 64, halfWidth: 5 } });
      expect(result.candidates).toEqual([...ZONES]);
    });

    it('reads an interval given as [low, high]', () => {
      expect(classifyZone({ safety: { mean: 60, interval: [55, 65] }, standard: 30 }).candidates).toEqual([
        'apathy',
        'comfort',
      ]);
    });

    it('marks a split axis from low agreement or polarisation', () => {
      const result = classifyZone({
        safety: { mean: 70, polarised: true },
        standard: { mean: 70, agreement: { low: true } },
      });
      expect(result.safety.split).toBe(true);
      expect(result.standard.split).toBe(true);
    });
  });

  it('rejects a score outside 0–100 naming the axis', () => {
    expect(() => classifyZone({ safety: 120, standard: 50 })).toThrow(BalanseError);
    expect(() => classifyZone({ safety: 120, standard: 50 })).toThrow(/^input\.safety: /);
  });

  it('always includes the point’s own zone among the candidates', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (safety, standard, h) => {
          const result = classifyZone({
            safety: { mean: safety, halfWidth: h },
            standard: { mean: standard, halfWidth: h },
          });
          expect(result.candidates).toContain(result.zone);
          expect([1, 2, 4]).toContain(result.candidates.length);
        },
      ),
    );
  });
});
