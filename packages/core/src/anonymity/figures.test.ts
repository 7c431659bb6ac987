import { describe, expect, it } from 'vitest';
import { instrument } from '../instrument/builtin.js';
import { releaseUnits } from '../releaseUnits/index.js';
import type { UnitSummary } from '../releaseUnits/release.js';
import type { Response } from '../response/response-schema.js';
import type { TeamSummaryOk } from '../summarizeTeam/types.js';
import { PROFILES, syntheticTeam } from '../synthetic/index.js';
import { allAnswered } from '../test-utils/index.js';
import { ITEM_CHARACTERISTICS } from '../vocabulary/index.js';

/*
 * Which figure families a unit shows (figures.ts, membership.ts): each one over its own set, shown
 * when that set is safe (R1, R2), and otherwise absent with its reason in `hidden`.
 */
const team = (seed: number, size: number): Response[] =>
  syntheticTeam(seed, size, { ...PROFILES.comfort, skipRate: 0 }).map((r, i) => ({ ...r, id: `s${seed}-${i}` }));
const straightLiner = (id: string, value: 1 | 5): Response => ({ id, answers: allAnswered(value) });
const one = (responses: Response[]): TeamSummaryOk => {
  const s: UnitSummary = releaseUnits([{ id: 't', responses }]).units.t!;
  expect(s.status).toBe('ok');
  return s as TeamSummaryOk;
};
const itemsOf = (c: (typeof ITEM_CHARACTERISTICS)[number]) =>
  instrument.items.filter((item) => item.characteristic === c).map((item) => item.id);

describe('the figure families of a unit', () => {
  const full = team(11, 6);

  it('shows every item and characteristic of a team that answered everything, and hides nothing', () => {
    const s = one(full);
    expect(s.flags.flagged).toBe(0);
    expect(s.hidden).toEqual({});
    for (const item of instrument.items) expect(s.items[item.id]).toMatchObject({ n: 6 });
    for (const c of ITEM_CHARACTERISTICS) expect(s.characteristics[c]).toMatchObject({ n: 6 });
    // Nobody is left out of the sensitivity line: it would repeat the scales, so it is not given.
    expect(s.sensitivity).toBeNull();
  });

  it('hides a characteristic that one counted respondent has no score on, and says why', () => {
    for (const c of ITEM_CHARACTERISTICS) {
      const [keep, ...drop] = itemsOf(c);
      const partial = {
        ...full[0]!,
        answers: Object.fromEntries(Object.entries(full[0]!.answers).filter(([id]) => !drop.includes(id))),
      };
      expect(partial.answers[keep!]).toBeDefined();
      const s = one([partial, ...full.slice(1)]);
      expect(s.characteristics[c]).toBeNull();
      expect(s.hidden[`characteristic:${c}`]).toBe('comparable-sets');
      for (const other of ITEM_CHARACTERISTICS.filter((x) => x !== c)) expect(s.characteristics[other]).not.toBeNull();
    }
  });

  it('leaves the flagged out of the sensitivity line, and hides it beside one to k − 1 flagged', () => {
    const fewFlagged = one([...full, straightLiner('f1', 5)]);
    expect(fewFlagged.flags.flagged).toBe(1);
    expect(fewFlagged.sensitivity).toBeNull();
    expect(fewFlagged.hidden).toEqual({ sensitivity: 'comparable-sets' });
    const flagged = [1, 5, 1, 5, 1].map((v, i) => straightLiner(`f${i}`, v as 1 | 5));
    const halfFlagged = one([...full, ...flagged]);
    expect(halfFlagged.flags.flagged).toBe(5);
    expect(halfFlagged.sensitivity).toMatchObject({ n: 6 });
    expect(halfFlagged.hidden).toEqual({});
  });
});
