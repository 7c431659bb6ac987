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
    ).toThrow(
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
    expect(() => checkRelease({ earlier: [{ unit: 'a', ids: ['r1', 'r1'] }], candidate: [] })).toThrow(
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
    ).toThrow('input.candidate[1].unit: must be unique, got "a"');
    expect(() => checkRelease({ earlier: 'none', candidate: [] } as never)).toThrow(BalanseError);
    expect(() => checkRelease({ earlier: [], candidate: [{ unit: 'a', ids: [7] }] } as never)).toThrow(
      /^input\.candidate\[0\]\.ids\[0\]: /,
    );
  });

  it('gives every refusal as an input error naming the field', () => {
    const refusal = (input: Parameters<typeof checkRelease>[0]) => {
      try {
        checkRelease(input);
      } catch (error) {
        return { code: (error as BalanseError).code, path: (error as BalanseError).path };
      }
      return undefined;
    };
    expect(refusal({ earlier: [], candidate: [{ unit: 'a', ids: ['r1', 'r2', 'r1'] }] })).toEqual({
      code: 'invalid_input',
      path: 'input.candidate[0].ids[2]',
    });
    expect(
      refusal({
        earlier: [],
        candidate: [
          { unit: 'a', ids: [] },
          { unit: 'a', ids: [] },
        ],
      }),
    ).toEqual({
      code: 'invalid_input',
      path: 'input.candidate[1].unit',
    });
    expect(
      refusal({
        earlier: [],
        candidate: [
          { unit: 'a', ids: ids(1, 6) },
          { unit: 'b', ids: ids(6, 11) },
        ],
      }),
    ).toEqual({ code: 'invalid_input', path: 'input.candidate[1].ids' });
  });

  it('says which input is malformed, and how', () => {
    expect(() => checkRelease({ earlier: 'none', candidate: [] } as never)).toThrow(
      'input.earlier: must be an array of released sets { unit, ids }',
    );
    expect(() => checkRelease({ earlier: [], candidate: {} } as never)).toThrow(
      'input.candidate: must be an array of candidate sets { unit, ids }',
    );
    expect(() => checkRelease({ earlier: [{ unit: 'a', ids: 'r1' }], candidate: [] } as never)).toThrow(
      'input.earlier[0].ids: must be an array of response ids',
    );
  });

  it('names every earlier unit a candidate conflicts with, in order', () => {
    // A department released beside two of its teams. The department again with one newcomer
    // differs from itself by one, and holds each team plus seven: only the department conflicts.
    const earlier = [
      { unit: 'z-dept', ids: ids(1, 12) },
      { unit: 'b-team', ids: ids(1, 6) },
      { unit: 'a-team', ids: ids(7, 12) },
    ];
    expect(checkRelease({ earlier, candidate: [{ unit: 'z-dept', ids: ids(1, 13) }] })['z-dept']).toEqual({
      decision: 'keep-earlier',
      reason: 'ledger',
      conflicts: ['z-dept'],
    });
    // A new grouping of eight: team b plus two of team a, and the department less four.
    const cell = checkRelease({ earlier, candidate: [{ unit: 'cell', ids: ids(1, 8) }] }).cell;
    expect(cell).toEqual({ decision: 'hide', reason: 'ledger', conflicts: ['a-team', 'b-team', 'z-dept'] });
  });

  it('refuses overlapping candidates wherever they are in the list', () => {
    const candidate = [
      { unit: 'dept', ids: ids(1, 20) },
      { unit: 'a', ids: ids(1, 6) },
      { unit: 'b', ids: ids(7, 12) },
      { unit: 'c', ids: ids(12, 17) },
    ];
    expect(() => checkRelease({ earlier: [], candidate })).toThrow(
      'input.candidate[3].ids: must not share responses with candidate[2] ("b") unless one unit is inside the other, got "c"',
    );
    expect(checkRelease({ earlier: [], candidate: candidate.slice(0, 3) })).toEqual({
      dept: { decision: 'release' },
      a: { decision: 'release' },
      b: { decision: 'release' },
    });
  });
});
