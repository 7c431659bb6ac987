import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_VERSIONS } from '../instrument/versions.js';
import type { Response } from '../response/response-schema.js';
import { PROFILES, syntheticTeam } from '../synthetic/index.js';
import { answersFor, countedAnswers, withoutItems } from '../test-utils/index.js';
import { summarizeUnits, type UnitSummary } from './index.js';

const team = (seed: number, size: number) => syntheticTeam(seed, size, PROFILES.performance);
const n = (s: UnitSummary | undefined) => (s?.status === 'ok' ? s.n : null);

describe('summarizeUnits (§8.8)', () => {
  it('summarises each unit over every response beneath it', () => {
    const result = summarizeUnits([
      { id: 'sales', responses: team(1, 5) },
      { id: 'north', parent: 'sales', responses: team(2, 6) },
      { id: 'south', parent: 'sales', responses: team(3, 7) },
    ]);
    expect(n(result.sales)).toBe(18);
    expect(n(result.north)).toBe(6);
    expect(n(result.south)).toBe(7);
  });

  it('suppresses a unit below k and rolls its answers up into the parent', () => {
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'north', parent: 'sales', responses: team(2, 6) },
      { id: 'south', parent: 'sales', responses: team(3, 6) },
      { id: 'east', parent: 'sales', responses: team(4, 3) },
    ]);
    expect(result.east).toStrictEqual({ status: 'suppressed', responded: 3, required: 5, reason: 'below-threshold' });
    expect(n(result.sales)).toBe(15);
  });

  it('suppresses a visible sibling when the parent minus the visible children would reveal a small group', () => {
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'north', parent: 'sales', responses: team(2, 8) },
      { id: 'south', parent: 'sales', responses: team(3, 3) },
    ]);
    // sales (11) − north (8) = south's 3: north must go too.
    expect(result.north).toMatchObject({ status: 'suppressed', reason: 'differencing', responded: 8 });
    expect(n(result.sales)).toBe(11);
  });

  it('suppresses the smallest visible sibling first', () => {
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'a', parent: 'sales', responses: team(2, 9) },
      { id: 'b', parent: 'sales', responses: team(3, 6) },
      { id: 'c', parent: 'sales', responses: team(4, 2) },
    ]);
    expect(result.b).toMatchObject({ status: 'suppressed', reason: 'differencing' });
    expect(n(result.a)).toBe(9);
  });

  it('blocks a slice whose complement within its parent is below k (the parent’s own responses)', () => {
    const result = summarizeUnits([
      { id: 'sales', responses: team(1, 2) },
      { id: 'north', parent: 'sales', responses: team(2, 10) },
    ]);
    expect(result.north).toMatchObject({ status: 'suppressed', reason: 'differencing' });
    expect(n(result.sales)).toBe(12);
  });

  it('allows a complement of zero: a parent with one child holds the same people', () => {
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'north', parent: 'sales', responses: team(2, 6) },
    ]);
    expect(n(result.north)).toBe(6);
    expect(n(result.sales)).toBe(6);
  });

  const counted = (count: number, skip: readonly string[] = [], skippers = 0): Response[] =>
    Array.from({ length: count }, (_, i) => {
      const answers = countedAnswers({});
      return { answers: i < skippers ? withoutItems(answers, skip) : answers };
    });

  it('counts a respondent in no figure unless they have a score on every scale', () => {
    // The old attack: a department's tilt over those with relation and system, beside means over
    // each side's own respondents, gave back the relation score of someone who skipped system.
    const relationOnly = { answers: answersFor({ relation: 5, administration: 4, safety: 4, standard: 4 }) };
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'a', parent: 'sales', responses: counted(6) },
      { id: 'b', parent: 'sales', responses: [...counted(6), relationOnly] },
    ]);
    const sales = result.sales!;
    if (sales.status !== 'ok') throw new Error('expected sales to show');
    expect(sales).toMatchObject({ n: 12, incomplete: 1 });
    for (const scale of Object.values(sales.scales)) expect(scale.n).toBe(12);
  });

  it('hides a department’s item when a few people in one team skipped it (R2 across the tree)', () => {
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'a', parent: 'sales', responses: counted(6, ['q01'], 1) },
      { id: 'b', parent: 'sales', responses: counted(6, ['q01'], 5) },
    ]);
    const [a, b, sales] = [result.a!, result.b!, result.sales!];
    if (a.status !== 'ok' || b.status !== 'ok' || sales.status !== 'ok') throw new Error('expected all to show');
    // a's q01 would be over 5 of its 6 (one skipped): hidden in a beside a's scales. sales' q01
    // (a's 5 and b's 1) goes too: minus a's 5 it is b's one answerer.
    expect(a.hidden['item:q01']).toBe('comparable-sets');
    expect(sales.items.q01).toBeNull();
    expect(sales.hidden['item:q01']).toBe('differencing');
    // b's five skippers are k: b's q01 is over its one answerer, below k.
    expect(b.hidden['item:q01']).toBe('below-threshold');
    expect(sales.items.q02).toMatchObject({ n: 12 });
  });

  it('hides the parent’s figure, not the team’s, when subtracting teams would leave a few (R3 for figures)', () => {
    // b: 8 people, 6 skipped q01, so b's q01 counts 2 (hidden). sales' q01 = a's 8 + b's 2:
    // sales − a would give b's two. a's own q01 stays: hiding it would leave a gap that a's
    // relation scale and its other seven items fill back in exactly.
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'a', parent: 'sales', responses: counted(8) },
      { id: 'b', parent: 'sales', responses: counted(8, ['q01'], 6) },
    ]);
    const [a, sales] = [result.a!, result.sales!];
    if (a.status !== 'ok' || sales.status !== 'ok') throw new Error('expected both to show');
    expect(a.items.q01).toMatchObject({ n: 8 });
    expect(sales.items.q01).toBeNull();
    expect(sales.hidden['item:q01']).toBe('differencing');
  });

  it('protects deeper levels through the nearest visible descendants', () => {
    const result = summarizeUnits([
      { id: 'company', responses: [] },
      { id: 'region', parent: 'company', responses: team(1, 2) },
      { id: 't1', parent: 'region', responses: team(2, 6) },
      { id: 't2', parent: 'region', responses: team(3, 6) },
      { id: 'other', parent: 'company', responses: team(4, 7) },
    ]);
    // region (14) − t1 − t2 = 2: one team goes; company then has region and other visible.
    const visible = Object.values(result).filter((s) => s.status === 'ok').length;
    expect(visible).toBeLessThan(5);
    expect(n(result.company)).toBe(21);
  });

  it('scores a tree under the version its answers name, and refuses two versions in one tree', () => {
    const v100 = BUILT_IN_VERSIONS['1.0.0']!;
    const tagged = (version: string, n: number) =>
      Array.from({ length: n }, () => ({
        instrument: { id: 'balanse', version },
        answers: Object.fromEntries(v100.items.map((item) => [item.id, 4])),
      }));
    const result = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'a', parent: 'sales', responses: tagged('1.0.0', 6) },
    ]);
    expect(result.a).toMatchObject({ status: 'ok', instrument: { version: '1.0.0' } });
    expect(() =>
      summarizeUnits([
        { id: 'a', responses: tagged('1.0.0', 6) },
        { id: 'b', responses: tagged('1.1.0', 1) },
      ]),
    ).toThrow(/^units\[1\]\.responses\[0\]\.instrument: /);
  });

  it('rejects duplicate ids, unknown parents and cycles by name', () => {
    expect(() =>
      summarizeUnits([
        { id: 'a', responses: [] },
        { id: 'a', responses: [] },
      ]),
    ).toThrow('units[1].id: must be unique, got "a"');
    expect(() => summarizeUnits([{ id: 'a', parent: 'x', responses: [] }])).toThrow(
      'units[0].parent: must be the id of another unit, got "x"',
    );
    expect(() =>
      summarizeUnits([
        { id: 'a', parent: 'b', responses: [] },
        { id: 'b', parent: 'a', responses: [] },
      ]),
    ).toThrow('units[0].parent: must not form a cycle');
    // A walk up from the first unit meets the second's unknown parent: named, not a TypeError.
    expect(() =>
      summarizeUnits([
        { id: 'a', parent: 'b', responses: [] },
        { id: 'b', parent: 'x', responses: [] },
      ]),
    ).toThrow('units[1].parent: must be the id of another unit, got "x"');
    expect(() => summarizeUnits([{ id: 'a', responses: [{ answers: { q01: 9 } }] }])).toThrow(
      'units[0].responses[0].answers.q01',
    );
  });

  it('never lets a parent minus its visible children describe fewer than k people', () => {
    const sizes = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), sizes, (own, children) => {
        const units = [
          { id: 'p', responses: team(100, own) },
          ...children.map((size, i) => ({ id: `c${i}`, parent: 'p', responses: team(200 + i, size) })),
        ];
        const result = summarizeUnits(units);
        const parent = result.p!;
        if (parent.status !== 'ok') {
          for (const s of Object.values(result)) expect(s.status).toBe('suppressed');
          return;
        }
        const visible = children.map((_, i) => result[`c${i}`]!).filter((s) => s.status === 'ok');
        const remainder = parent.n - visible.reduce((sum, s) => sum + s.n, 0);
        expect(remainder === 0 || remainder >= 5).toBe(true);
        for (const s of Object.values(result)) if (s.status === 'ok') expect(s.n).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 150 },
    );
  });
});
