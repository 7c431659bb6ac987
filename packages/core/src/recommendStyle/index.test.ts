import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STYLES } from '../vocabulary/index.js';
import { recommendStyle } from './index.js';

describe('recommendStyle (§8.14)', () => {
  describe('the decision table', () => {
    it('gives a new and insecure seller the instructing style at 70/30', () => {
      expect(recommendStyle({ competence: 2, commitment: 2, newInRole: true })).toMatchObject({
        style: 'instructing',
        pressure: { relation: 70, system: 30 },
      });
    });
    it('weights relation 70/30 for low competence with low commitment, even when not new', () => {
      expect(recommendStyle({ competence: 2, commitment: 3 }).pressure).toEqual({ relation: 70, system: 30 });
    });
    it('weights system 40/60 for low competence with good commitment: a skill problem', () => {
      expect(recommendStyle({ competence: 2.5, commitment: 4.5 })).toMatchObject({
        style: 'instructing',
        pressure: { relation: 40, system: 60 },
      });
    });
    it('gives an experienced seller in the comfort zone the challenging style at 30/70', () => {
      expect(recommendStyle({ competence: 4.5, commitment: 4, comfortZone: true })).toMatchObject({
        style: 'challenging',
        pressure: { relation: 30, system: 70 },
      });
    });
    it('gives a competent but unmotivated seller the direct style, relation above system', () => {
      const result = recommendStyle({ competence: 4, commitment: 2 });
      expect(result.style).toBe('direct');
      expect(result.pressure.relation).toBeGreaterThan(result.pressure.system);
    });
    it('gives a competent and self-driven seller the delegating style at 50/50', () => {
      expect(recommendStyle({ competence: 4, commitment: 4 })).toMatchObject({
        style: 'delegating',
        pressure: { relation: 50, system: 50 },
      });
    });
    it('counts a rating of 3.5 as high', () => {
      expect(recommendStyle({ competence: 3.5, commitment: 3.5 }).style).toBe('delegating');
      expect(recommendStyle({ competence: 3.49, commitment: 3.5 }).style).toBe('instructing');
    });
    it('averages the two items of a rating', () => {
      expect(recommendStyle({ competence: [3, 4], commitment: [4, 5] })).toMatchObject({
        style: 'delegating',
        competence: { rating: 3.5, high: true },
      });
    });
    it('keeps low competence instructing even in the comfort zone', () => {
      expect(recommendStyle({ competence: 2, commitment: 4, comfortZone: true }).style).toBe('instructing');
    });
  });

  describe('the diagnosis overlay', () => {
    it('points low competence to system leadership', () => {
      expect(recommendStyle({ competence: 2, commitment: 4 }).levers).toEqual([
        { observation: 'competence', lever: 'system' },
      ]);
    });
    it('points low commitment with high competence to relation leadership', () => {
      expect(recommendStyle({ competence: 4, commitment: 2 }).levers).toEqual([
        { observation: 'will', lever: 'relation' },
      ]);
    });
    it('points a weak team foundation to administration', () => {
      expect(recommendStyle({ competence: 4, commitment: 4, weakFoundation: true }).levers).toEqual([
        { observation: 'structure', lever: 'administration' },
      ]);
    });
    it('points low energy to relation and moves 10 points of pressure toward it', () => {
      const result = recommendStyle({ competence: 4, commitment: 4, comfortZone: true, lowEnergy: true });
      expect(result.levers).toContainEqual({ observation: 'energy', lever: 'relation' });
      expect(result.pressure).toEqual({ relation: 40, system: 60 });
      expect(result.reasons).toContain('low-energy');
    });
    it('never moves relation beyond 70 % for low energy', () => {
      expect(recommendStyle({ competence: 1, commitment: 1, lowEnergy: true }).pressure).toEqual({
        relation: 70,
        system: 30,
      });
    });
  });

  describe('the decision table, row by row, against an oracle written from §8.14', () => {
    /** The table of docs/model/measurement.md §8.14, first matching row. */
    function oracle(c: boolean, m: boolean, f: { newInRole: boolean; comfortZone: boolean; belowLevel: boolean }) {
      let style: string;
      let relation: number;
      let newShift = false;
      if (!c) {
        style = 'instructing';
        relation = f.newInRole || (!m && !f.comfortZone) ? 70 : 40;
      } else if (f.comfortZone) {
        [style, relation, newShift] = ['challenging', 30, f.newInRole];
      } else if (!m) {
        [style, relation] = f.newInRole ? ['instructing', 70] : ['direct', 60];
      } else if (f.belowLevel) {
        [style, relation, newShift] = ['direct', 60, f.newInRole];
      } else {
        [style, relation, newShift] = ['delegating', 50, f.newInRole];
      }
      if (newShift) relation = Math.min(70, relation + 10);
      return { style, relation };
    }
    const cases = [2, 4].flatMap((competence) =>
      [2, 4].flatMap((commitment) =>
        [false, true].flatMap((newInRole) =>
          [false, true].flatMap((comfortZone) =>
            [false, true].map((belowLevel) => ({ competence, commitment, newInRole, comfortZone, belowLevel })),
          ),
        ),
      ),
    );
    it.each(cases)('%j', (input) => {
      const expected = oracle(input.competence >= 3.5, input.commitment >= 3.5, input);
      const result = recommendStyle(input);
      expect({ style: result.style, relation: result.pressure.relation }).toEqual(expected);
      // The reasons name every flag that was weighed, and the comfort zone is never read as a will problem.
      if (input.newInRole) expect(result.reasons).toContain('new-in-role');
      if (input.comfortZone) expect(result.reasons).toContain('comfort-zone');
      if (input.belowLevel) expect(result.reasons.some((r) => r.startsWith('below-level'))).toBe(true);
      if (input.comfortZone) expect(result.levers).not.toContainEqual({ observation: 'will', lever: 'relation' });
    });

    it('calls "below their own level" explained when competence, commitment or the comfort zone explains it', () => {
      expect(recommendStyle({ competence: 4, commitment: 4, belowLevel: true }).reasons).toContain('below-level');
      for (const input of [
        { competence: 2, commitment: 4 },
        { competence: 4, commitment: 2 },
        { competence: 4, commitment: 4, comfortZone: true },
      ]) {
        expect(recommendStyle({ ...input, belowLevel: true }).reasons).toContain('below-level-explained');
      }
    });

    it('moves new in role and low energy toward relation together, never beyond 70 %', () => {
      expect(
        recommendStyle({ competence: 4, commitment: 4, comfortZone: true, newInRole: true, lowEnergy: true }).pressure,
      ).toEqual({
        relation: 50,
        system: 50,
      });
      expect(
        recommendStyle({ competence: 4, commitment: 4, belowLevel: true, newInRole: true, lowEnergy: true }).pressure,
      ).toEqual({
        relation: 70,
        system: 30,
      });
    });
  });

  it('gives every input exactly one style, with pressure summing to 100', () => {
    const rating = fc.double({ min: 1, max: 5, noNaN: true });
    fc.assert(
      fc.property(
        rating,
        rating,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (competence, commitment, newInRole, comfortZone, lowEnergy, belowLevel) => {
          const result = recommendStyle({ competence, commitment, newInRole, comfortZone, lowEnergy, belowLevel });
          expect(STYLES).toContain(result.style);
          expect(result.pressure.relation + result.pressure.system).toBe(100);
          expect(result.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it.each([
    [{ competence: 0, commitment: 3 }, 'input.competence'],
    [{ competence: 3, commitment: 6 }, 'input.commitment'],
    [{ competence: 3 }, 'input.commitment'],
    [{ competence: 3, commitment: 3, newInRole: 'yes' }, 'input.newInRole'],
    [{ competence: 3, commitment: 3, belowLevel: 1 }, 'input.belowLevel'],
  ])('rejects %j naming %s', (input, path) => {
    expect(() => recommendStyle(input as never)).toThrow(new RegExp(`^${path.replace('.', '\\.')}: `));
  });
});
