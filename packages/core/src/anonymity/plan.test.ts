import { describe, expect, it } from 'vitest';
import { figureState, planRelease, type PlanInput } from './plan.js';
import { countSets, type SetMember } from './tree.js';

/*
 * Each rule of the planner on sets built by hand. Keys: 0 the unit's own set, 1 and 2 two items,
 * 3 the sensitivity line (pointless when it counts the unit's whole set).
 */
const KEYS = 4;
const SENSITIVITY = 3;

/** `count` people in `unit`, each missing the given keys. */
const people = (unit: number, count: number, missing: number[] = []): SetMember[] =>
  Array.from({ length: count }, () => ({ unit, counted: true, missing }));

function plan(parent: number[], members: SetMember[], extra: Partial<PlanInput> = {}) {
  return planRelease({
    sets: countSets(parent, KEYS, members),
    ids: parent.map((_, u) => `u${u}`),
    k: 5,
    pointlessWhenWhole: [SENSITIVITY],
    ...extra,
  });
}

describe('planRelease', () => {
  describe('R1: k per figure', () => {
    it('shows a unit of k and hides one of k − 1', () => {
      expect(plan([-1], people(0, 5)).units).toEqual([null]);
      expect(plan([-1], people(0, 4)).units).toEqual(['below-threshold']);
    });

    it('never counts people who are not counted', () => {
      const notCounted: SetMember[] = [{ unit: 0, counted: false, missing: [] }];
      expect(plan([-1], [...people(0, 4), ...notCounted]).units).toEqual(['below-threshold']);
    });

    it('hides a figure that fewer than k count, and keeps it with exactly k', () => {
      const few = plan([-1], [...people(0, 4), ...people(0, 6, [1])]);
      expect(figureState(few, 0, 1)).toBe('below-threshold');
      const enough = plan([-1], [...people(0, 5), ...people(0, 5, [1])]);
      expect(figureState(enough, 0, 1)).toBe('shown');
    });
  });

  describe('the sensitivity line', () => {
    it('has nothing to show when nobody is left out of it', () => {
      expect(figureState(plan([-1], people(0, 6)), 0, SENSITIVITY)).toBe('none');
    });

    it('shows only when the flagged and the unflagged are each at least k', () => {
      expect(figureState(plan([-1], [...people(0, 6), ...people(0, 4, [SENSITIVITY])]), 0, SENSITIVITY)).toBe(
        'comparable-sets',
      );
      expect(figureState(plan([-1], [...people(0, 6), ...people(0, 5, [SENSITIVITY])]), 0, SENSITIVITY)).toBe('shown');
      expect(figureState(plan([-1], [...people(0, 4), ...people(0, 5, [SENSITIVITY])]), 0, SENSITIVITY)).toBe(
        'below-threshold',
      );
    });
  });

  describe('R2: comparable sets within a unit', () => {
    it('hides an item that one to k − 1 counted people skipped', () => {
      for (const skipped of [1, 4]) {
        const p = plan([-1], [...people(0, 6), ...people(0, skipped, [1])]);
        expect(figureState(p, 0, 1)).toBe('comparable-sets');
        expect(figureState(p, 0, 2)).toBe('shown');
      }
      expect(figureState(plan([-1], [...people(0, 6), ...people(0, 5, [1])]), 0, 1)).toBe('shown');
    });

    it('between two items, hides the one that leaves people out', () => {
      // Five skipped item 1 (safe beside the unit); of them four answered item 2 and one did not.
      // Item 2 then counts one person item 1 does not have... and item 1 counts nobody item 2 lacks.
      const p = plan([-1], [...people(0, 10), ...people(0, 4, [1]), ...people(0, 1, [1, 2])]);
      expect(figureState(p, 0, 2)).toBe('comparable-sets');
      expect(figureState(p, 0, 1)).toBe('shown');
    });
  });

  describe('R2: two figures that each leave people out', () => {
    it('hides the second when the first counts one to k − 1 people it lacks', () => {
      // Twenty people: five skipped both items, four only item 1, one only item 2. Each item leaves
      // out k or more, but item 1 counts one person item 2 lacks (and item 2 four item 1 lacks).
      const members = [...people(0, 10), ...people(0, 5, [1, 2]), ...people(0, 4, [1]), ...people(0, 1, [2])];
      const p = plan([-1], members);
      expect(figureState(p, 0, 1)).toBe('shown');
      expect(figureState(p, 0, 2)).toBe('comparable-sets');
    });

    it('keeps both when each holds nobody or k or more beyond the other', () => {
      const members = [...people(0, 10), ...people(0, 5, [1, 2]), ...people(0, 5, [1]), ...people(0, 5, [2])];
      const p = plan([-1], members);
      expect([figureState(p, 0, 1), figureState(p, 0, 2)]).toEqual(['shown', 'shown']);
    });
  });

  describe('R2: comparable sets across the tree', () => {
    it('hides the ancestor’s item when a few in a shown unit below skipped it', () => {
      // Child 1 (6 people, 1 skipped item 1) and child 2 (6, 5 skipped it). The parent's item 1
      // (6 people) shows no remainder problem, but beside child 1's own set it leaves out one.
      const parent = [-1, 0, 0];
      const p = plan(parent, [...people(1, 5), ...people(1, 1, [1]), ...people(2, 1), ...people(2, 5, [1])], {
        k: 5,
      });
      expect(p.units).toEqual([null, null, null]);
      expect(figureState(p, 1, 1)).toBe('comparable-sets');
      expect(figureState(p, 0, 1)).not.toBe('shown');
    });

    it('hides the ancestor’s figure that holds a few people outside a shown unit below', () => {
      // Parent: child 1 (8) and its own 5 people, of whom 4 skipped item 2: item 2 at the parent
      // is child 1's 8 plus one, so parent minus child would give that one.
      const p = plan([-1, 0], [...people(1, 8), ...people(0, 1), ...people(0, 4, [2])]);
      expect(p.units).toEqual([null, null]);
      expect(figureState(p, 0, 2)).not.toBe('shown');
      expect(figureState(p, 1, 2)).toBe('shown');
    });

    it('never hides a unit for a conflict with a single figure', () => {
      const p = plan([-1, 0], [...people(1, 6, []), ...people(1, 1, [1]), ...people(0, 5)]);
      expect(p.units).toEqual([null, null]);
    });
  });

  describe('R3: the tree and its remainders', () => {
    it('hides the smallest shown child when the parent minus its children leaves a few', () => {
      const p = plan([-1, 0, 0, 0], [...people(1, 9), ...people(2, 6), ...people(3, 2)]);
      expect(p.units).toEqual([null, null, 'differencing', 'below-threshold']);
    });

    it('breaks a tie between equal children by the later id', () => {
      const p = plan([-1, 0, 0, 0], [...people(1, 6), ...people(2, 6), ...people(3, 2)]);
      expect(p.units).toEqual([null, null, 'differencing', 'below-threshold']);
    });

    it('hides the smaller child, wherever it is in the list', () => {
      const p = plan([-1, 0, 0, 0], [...people(1, 6), ...people(2, 9), ...people(3, 2)]);
      expect(p.units).toEqual([null, 'differencing', null, 'below-threshold']);
    });

    it('breaks a tie by the later id, not by the order units came in', () => {
      const p = plan([-1, 0, 0, 0], [...people(1, 6), ...people(2, 6), ...people(3, 2)], { ids: ['r', 'b', 'a', 'c'] });
      expect(p.units).toEqual([null, 'differencing', null, 'below-threshold']);
    });

    it('counts people attached to the parent as a remainder', () => {
      expect(plan([-1, 0], [...people(1, 10), ...people(0, 2)]).units).toEqual([null, 'differencing']);
      expect(plan([-1, 0], [...people(1, 10), ...people(0, 5)]).units).toEqual([null, null]);
    });

    it('allows a remainder of nobody: a parent with one child holds the same people', () => {
      expect(plan([-1, 0], people(1, 6)).units).toEqual([null, null]);
    });

    it('looks through hidden units to the nearest shown ones below', () => {
      // 0 → 1 → {2, 3}; 0 → 4. Unit 1 holds 2 (6) and 3 (6) and 2 of its own.
      // Unit 1 minus 2 and 3 is its own two: 3 (as large as 2, later id) goes. Unit 0 then sees
      // 1 and 4 shown, with nobody left over.
      const p = plan([-1, 0, 1, 1, 0], [...people(2, 6), ...people(3, 6), ...people(1, 2), ...people(4, 7)]);
      expect(p.units).toEqual([null, null, null, 'differencing', null]);
      // 0 → 1 → 2 and 0 → 3, with 1 refused: 0's frontier is 2 and 3, and 0 minus them is 1's own
      // two; hiding 2 leaves exactly 1's set, which must not be given back either, so 3 goes too.
      const deep = plan([-1, 0, 1, 0], [...people(2, 6), ...people(1, 2), ...people(3, 9)], {
        refusedByLedger: new Set([1]),
      });
      expect(deep.units).toEqual([null, 'ledger', 'differencing', 'differencing']);
    });

    it('hides a figure in the parent, not in the child, when its remainder is a few', () => {
      // Child 1: 8 people, all answered item 1. Child 2: 8 people, 6 skipped item 1 (so child 2's
      // item 1 counts 2: hidden). Parent's item 1: 8 + 2; minus child 1's it gives child 2's two.
      const p = plan([-1, 0, 0], [...people(1, 8), ...people(2, 2), ...people(2, 6, [1])]);
      expect(figureState(p, 2, 1)).toBe('below-threshold');
      expect(figureState(p, 1, 1)).toBe('shown');
      expect(figureState(p, 0, 1)).toBe('differencing');
    });
  });

  describe('R3: figures below a hidden unit', () => {
    it('subtracts the figures shown below a hidden unit, as an attacker would', () => {
      // 0 → 1 (refused) → 2 (8, all answered item 1); 0 → 3 (10, all answered); 0's own 7, of
      // whom 5 skipped item 1. Parent's item 1 minus 2's and 3's is 0's own two who answered it.
      const p = plan([-1, 0, 1, 0], [...people(2, 8), ...people(3, 10), ...people(0, 2), ...people(0, 5, [1])], {
        refusedByLedger: new Set([1]),
      });
      expect(p.units).toEqual([null, 'ledger', null, null]);
      expect(figureState(p, 0, 1)).toBe('differencing');
      expect(figureState(p, 0, 2)).toBe('shown');
    });

    it('does not count a hidden unit’s own figures as shown below the parent', () => {
      // 0 → 1 (8, shown), 0 → 2 (6, refused), 0's own 3: parent's item 1 minus unit 1's leaves nine.
      const p = plan([-1, 0, 0], [...people(1, 8), ...people(2, 6), ...people(0, 3)], {
        refusedByLedger: new Set([2]),
      });
      expect(p.units).toEqual([null, null, 'ledger']);
      expect(figureState(p, 0, 1)).toBe('shown');
    });

    it('does not hide units below a hidden one for that unit’s own remainder', () => {
      // 0 → 1 (refused) → {2 (9), 3 (6)} with 1's own two; 0 → 4 (7); 0's own five. Nothing of
      // unit 1 is shown, so its two are never a difference; unit 0 minus 2, 3 and 4 leaves seven.
      const members = [...people(2, 9), ...people(3, 6), ...people(1, 2), ...people(4, 7), ...people(0, 5)];
      const p = plan([-1, 0, 1, 1, 0], members, { refusedByLedger: new Set([1]) });
      expect(p.units).toEqual([null, 'ledger', null, null, null]);
    });
  });

  describe('R3: a hidden unit that could be given back', () => {
    it('hides the next sibling when the parent minus the shown ones is exactly one hidden unit', () => {
      // 2 is hidden (by the ledger): parent minus 1 would be 2's six, exactly.
      const p = plan([-1, 0, 0, 0], [...people(1, 9), ...people(2, 6), ...people(3, 6)], {
        refusedByLedger: new Set([2]),
      });
      expect(p.units).toEqual([null, null, 'ledger', 'differencing']);
    });

    it('counts only the hidden units that leave someone uncovered', () => {
      // 0 → {1, 3, 4}, 1 → 2. Unit 1 is refused but all its people are in 2, shown; unit 3 is
      // refused with six of its own. Parent minus 2 and 4 is exactly 3's six: 4 goes too.
      const p = plan([-1, 0, 1, 0, 0], [...people(2, 9), ...people(3, 6), ...people(4, 7)], {
        refusedByLedger: new Set([1, 3]),
      });
      expect(p.units).toEqual([null, 'ledger', null, 'ledger', 'differencing']);
    });

    it('does not when the remainder mixes the hidden unit with other people', () => {
      const p = plan([-1, 0, 0], [...people(1, 9), ...people(2, 6), ...people(0, 5)], {
        refusedByLedger: new Set([2]),
      });
      expect(p.units).toEqual([null, null, 'ledger']);
    });
  });

  describe('R5: the ledger', () => {
    it('refuses the units the ledger names, and the tree rules then see them as hidden', () => {
      const p = plan([-1, 0, 0], [...people(1, 6), ...people(2, 6)], { refusedByLedger: new Set([1]) });
      // Parent minus child 2 is child 1: its six may not be shown again, so child 2 goes too.
      expect(p.units).toEqual([null, 'ledger', 'differencing']);
    });

    it('never shows a unit below k, whatever the ledger says', () => {
      expect(plan([-1], people(0, 3), { refusedByLedger: new Set([0]) }).units).toEqual(['below-threshold']);
    });
  });

  it('gives the same plan whatever order units and people come in', () => {
    const members = [...people(1, 9), ...people(2, 6), ...people(3, 2), ...people(1, 1, [1]), ...people(2, 5, [2])];
    const a = plan([-1, 0, 0, 0], members);
    const b = plan([-1, 0, 0, 0], [...members].reverse());
    expect(b).toEqual(a);
  });
});
