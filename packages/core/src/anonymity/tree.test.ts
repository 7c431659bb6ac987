import { describe, expect, it } from 'vitest';
import { countSets, type SetMember } from './tree.js';

const m = (unit: number, missing: number[] = [], counted = true): SetMember => ({ unit, counted, missing });

describe('countSets', () => {
  // Units: 0 is the root, 1 and 2 its children, 3 a child of 2. Keys: 0 unit, 1–3 three items.
  const parent = [-1, 0, 0, 2];
  const members = [m(1), m(1, [1]), m(2, [1, 2, 3]), m(3), m(3, [2]), m(3, [2, 3]), m(0), m(1, [], false)];
  const sets = countSets(parent, 4, members);
  const both = (u: number) =>
    Object.fromEntries(
      Array.from(sets.both[u]!.pairs, (p, e) => [`${Math.floor(p / 4)}-${p % 4}`, sets.both[u]!.counts[e]]),
    );

  it('counts each family over a unit’s whole subtree, and never the uncounted', () => {
    expect(Array.from(sets.size[3]!)).toEqual([3, 3, 1, 2]);
    expect(Array.from(sets.size[2]!)).toEqual([4, 3, 1, 2]);
    expect(Array.from(sets.size[1]!)).toEqual([2, 1, 2, 2]);
    expect(Array.from(sets.size[0]!)).toEqual([7, 5, 4, 5]);
  });

  it('counts, per pair of families, the people missing from both', () => {
    expect(both(1)).toEqual({});
    expect(both(3)).toEqual({ '2-3': 1 });
    expect(both(2)).toEqual({ '1-2': 1, '1-3': 1, '2-3': 2 });
    expect(both(0)).toEqual({ '1-2': 1, '1-3': 1, '2-3': 2 });
  });

  it('lists the pairs in ascending order, whatever order the people came in', () => {
    const reversed = countSets(parent, 4, [...members].reverse());
    for (let u = 0; u < 4; u++) {
      expect(Array.from(reversed.both[u]!.pairs)).toEqual(Array.from(sets.both[u]!.pairs));
      expect(Array.from(reversed.size[u]!)).toEqual(Array.from(sets.size[u]!));
    }
  });

  it('counts each pair once per person, however the people of one unit interleave', () => {
    const leaf = countSets([-1, 0], 4, [m(1, [2, 3]), m(1, [1, 2]), m(1, [2, 3]), m(1, [1, 2, 3]), m(1, [1, 2])]);
    const pairs = (u: number) => Array.from(leaf.both[u]!.pairs, (p, e) => [p, leaf.both[u]!.counts[e]]);
    // 1-2 (key 6): three people; 1-3 (key 7): one; 2-3 (key 11): three.
    expect(pairs(1)).toEqual([
      [6, 3],
      [7, 1],
      [11, 3],
    ]);
    expect(pairs(0)).toEqual(pairs(1));
  });

  it('gives depth and children of every unit', () => {
    expect(sets.depth).toEqual([0, 1, 1, 2]);
    expect(sets.children).toEqual([[1, 2], [], [3], []]);
  });
});
