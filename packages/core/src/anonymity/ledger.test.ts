import { describe, expect, it } from 'vitest';
import { BalanseError } from '../errors/index.js';
import { checkRelease } from './ledger.js';

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `r${from + i}`);

describe('checkRelease (R5)', () => {
  it('releases a unit the ledger has never seen', () => {
    expect(checkRelease({ earlier: [], candidate: [{ unit: 'a', ids: ids(1, 5) }] })).toEqual({
      a: { decision: 'release' },
    });
  });

  it('releases the same set again: there is nothing new to subtract', () => {
    const earlier = [{ unit: 'a', ids: ids(1, 6) }];
    expect(checkRelease({ earlier, candidate: [{ unit: 'a', ids: ids(1, 6) }] })).toEqual({
      a: { decision: 'release' },
    });
  });

  it('keeps the earlier figures of a unit that gained or lost one to k − 1 people', () => {
    const earlier = [{ unit: 'a', ids: ids(1, 5) }];
    for (const candidate of [ids(1, 6), ids(1, 9), ids(2, 5).concat(ids(10, 14)).slice(0, 4).concat('r99')]) {
      expect(checkRelease({ earlier, candidate: [{ unit: 'a', ids: candidate }] }).a).toMatchObject({
        decision: 'keep-earlier',
        reason: 'ledger',
        conflicts: ['a'],
      });
    }
  });

  it('releases a unit that changed by k or more on both sides', () => {
    const earlier = [{ unit: 'a', ids: ids(1, 10) }];
    expect(checkRelease({ earlier, candidate: [{ unit: 'a', ids: ids(1, 15) }] }).a).toEqual({ decision: 'release' });
    expect(checkRelease({ earlier, candidate: [{ unit: 'a', ids: ids(6, 15) }] }).a).toEqual({ decision: 'release' });
    expect(checkRelease({ earlier, candidate: [{ unit: 'a', ids: ids(2, 11) }] }).a).toMatchObject({
      decision: 'keep-earlier',
    });
  });

  it('hides a new grouping whose cell is an earlier unit plus a few (two groupings)', () => {
    // Teams were released; a location that is team a plus one person of team b would give that person.
    const earlier = [
      { unit: 'team-a', ids: ids(1, 6) },
      { unit: 'team-b', ids: ids(7, 12) },
    ];
    const decision = checkRelease({ earlier, candidate: [{ unit: 'oslo', ids: ids(1, 7) }] });
    expect(decision.oslo).toEqual({ decision: 'hide', reason: 'ledger', conflicts: ['team-a'] });
  });

  it('never compares sets that share nobody', () => {
    const earlier = [{ unit: 'a', ids: ids(1, 3) }];
    expect(checkRelease({ earlier, candidate: [{ unit: 'b', ids: ids(4, 8) }] }).b).toEqual({ decision: 'release' });
  });

  it('uses the options’ k', () => {
    const earlier = [{ unit: 'a', ids: ids(1, 7) }];
    const candidate = [{ unit: 'a', ids: ids(1, 10) }];
    expect(checkRelease({ earlier, candidate }, { minGroupSize: 3 }).a).toEqual({ decision: 'release' });
    expect(checkRelease({ earlier, candidate }, { minGroupSize: 4 }).a).toMatchObject({ decision: 'keep-earlier' });
  });

  it('refuses one response in two sibling units, naming the field', () => {
    expect(() =>
      checkRelease({
        earlier: [],
        candidate: [
          { unit: 'a', ids: ids(1, 6) },
          { unit: 'b', ids: ids(6, 11) },
        ],
      }),
    ).toThrowError(
      'input.candidate[1].ids: must not share responses with candidate[0] ("a") unless one unit is inside the other, got "b"',
    );
  });

  it('accepts a unit inside another', () => {
    const candidate = [
      { unit: 'dept', ids: ids(1, 12) },
      { unit: 'team', ids: ids(1, 6) },
    ];
    expect(checkRelease({ earlier: [], candidate })).toEqual({
      dept: { decision: 'release' },
      team: { decision: 'release' },
    });
  });

  it('refuses a response twice in one set, a repeated unit and malformed input', () => {
    expect(() => checkRelease({ earlier: [{ unit: 'a', ids: ['r1', 'r1'] }], candidate: [] })).toThrowError(
      'input.earlier[0].ids[1]: must not repeat a response id, got "r1"',
    );
    expect(() =>
      checkRelease({
        earlier: [],
        candidate: [
          { unit: 'a', ids: [] },
          { unit: 'a', ids: [] },
        ],
      }),
    ).toThrowError('input.candidate[1].unit: must be unique, got "a"');
    expect(() => checkRelease({ earlier: 'none', candidate: [] } as never)).toThrowError(BalanseError);
    expect(() => checkRelease({ earlier: [], candidate: [{ unit: 'a', ids: [7] }] } as never)).toThrowError(
      /^input\.candidate\[0\]\.ids\[0\]: /,
    );
  });
});
