import { describe, expect, it } from 'vitest';
import { assessBalance } from './index.js';

describe('assessBalance (§8.11)', () => {
  describe('the foundation comes first', () => {
    it('reads administration below the cut as a weak foundation', () => {
      expect(assessBalance({ relation: 80, system: 80, administration: 60 }).foundation).toBe('weak');
    });
    it('reads administration at the cut as solid', () => {
      expect(assessBalance({ relation: 80, system: 80, administration: 62.5 }).foundation).toBe('solid');
    });
  });

  describe('tilt and lean', () => {
    it('computes the tilt as relation minus system', () => {
      expect(assessBalance({ relation: 70, system: 55, administration: 70 }).tilt).toBe(15);
    });
    it('leans to relation from a tilt of 12.5 points: profile A', () => {
      expect(assessBalance({ relation: 75, system: 62.5, administration: 70 })).toMatchObject({
        lean: 'relation',
        profile: 'A',
      });
    });
    it('leans to system from a tilt of −12.5 points: profile B', () => {
      expect(assessBalance({ relation: 62.5, system: 75, administration: 70 })).toMatchObject({
        lean: 'system',
        profile: 'B',
      });
    });
    it('reads a tilt under 12.5 points as balanced, with no profile', () => {
      expect(assessBalance({ relation: 74, system: 62.5, administration: 70 })).toMatchObject({
        lean: 'balanced',
        profile: null,
      });
    });
    it('needs the tilt outside the team’s interval when that is wider than 12.5', () => {
      const input = { relation: 80, system: 65, administration: 70 };
      expect(assessBalance({ ...input, tilt: { mean: 15, halfWidth: 18 } })).toMatchObject({
        lean: 'balanced',
        tiltThreshold: 18,
      });
      expect(assessBalance({ ...input, tilt: { mean: 15, halfWidth: 8 } })).toMatchObject({
        lean: 'relation',
        tiltThreshold: 12.5,
      });
    });
  });

  describe('force', () => {
    it('reads both sides at or above the cut as strong pressure', () => {
      expect(assessBalance({ relation: 70, system: 65, administration: 70 }).force).toBe('strong');
    });
    it('reads both sides below the cut as light pressure', () => {
      expect(assessBalance({ relation: 50, system: 55, administration: 70 }).force).toBe('light');
    });
    it('reads one side above and one below as uneven, when the board does not lean', () => {
      expect(assessBalance({ relation: 67, system: 60, administration: 70 }).force).toBe('uneven');
    });
    it('states no force when the board leans: the profile is the reading (§8.11)', () => {
      expect(assessBalance({ relation: 70, system: 55, administration: 70 })).toMatchObject({
        lean: 'relation',
        profile: 'A',
        force: null,
      });
      expect(assessBalance({ relation: 100, system: 84.4, administration: 70 }).force).toBeNull();
    });
  });

  describe('the linking table: the zone a leadership creates', () => {
    it.each([
      ['no conscious leadership', 40, 40, 'apathy'],
      ['relation without demands', 80, 40, 'comfort'],
      ['demands without relation', 40, 80, 'stress'],
      ['balanced leadership, force on both sides', 80, 80, 'performance'],
    ] as const)('%s creates the %s zone', (_, relation, system, zone) => {
      expect(assessBalance({ relation, system, administration: 70 }).expectedZone).toBe(zone);
    });
  });

  it('accepts estimates from a team summary', () => {
    const result = assessBalance({
      relation: { mean: 70 },
      system: { mean: 70, interval: [60, 80] },
      administration: 80,
    });
    expect(result).toMatchObject({ lean: 'balanced', force: 'strong', expectedZone: 'performance' });
  });

  it('rejects a missing side naming it', () => {
    expect(() => assessBalance({ relation: 70, system: 70 } as never)).toThrow(/^input\.administration: /);
  });
});
