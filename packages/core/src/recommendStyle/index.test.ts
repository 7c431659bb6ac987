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

  it('gives every input exactly one style, with pressure summing to 100', () => {
    const rating = fc.double({ min: 1, max: 5, noNaN: true });
    fc.assert(
      fc.property(
        rating,
        rating,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (competence, commitment, newInRole, comfortZone, lowEnergy) => {
          const result = recommendStyle({ competence, commitment, newInRole, comfortZone, lowEnergy });
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
  ])('rejects %j naming %s', (input, path) => {
    expect(() => recommendStyle(input as never)).toThrowError(new RegExp(`^${path.replace('.', '\\.')}: `));
  });
});
