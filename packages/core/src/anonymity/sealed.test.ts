import { describe, expect, it } from 'vitest';
import { adviseTeam } from '../adviseTeam/index.js';
import { compareSelf } from '../compareSelf/index.js';
import { BalanseError } from '../errors/index.js';
import { buildReport } from '../report/buildReport.js';
import { releaseUnits } from '../releaseUnits/index.js';
import { summarizeTeam } from '../summarizeTeam/index.js';
import { summarizeUnits } from '../summarizeUnits/index.js';
import type { TeamSummaryOk } from '../summarizeTeam/types.js';
import { PROFILES, syntheticTeam } from '../synthetic/index.js';
import { allAnswered } from '../test-utils/index.js';
import { parseSummary, readSummary } from './read-summary.js';
import { isSealedSummary } from './sealed.js';

/*
 * The fast path of R6: a summary read once with parseSummary is frozen and skips the full read;
 * anything else, including an edited copy of a sealed summary, is read in full and refused when
 * forged, with the field named.
 */
const self = { form: 'self' as const, answers: allAnswered(4) };
/** A summary as a forger would write to it: every field the tests touch, writable. */
interface Writable {
  n: number;
  required: number;
  scales: { relation: { n: number; interval: number[] } };
  items: { q01: { n: number; distribution: { favourable: number } } };
  hidden: Record<string, string>;
  sensitivity?: unknown;
  flags: { flagged: number };
}
const writable = (summary: unknown) => summary as Writable;

/** Every function that takes a summary, as a caller would call it. */
const uses = (summary: unknown) => [
  () => buildReport({ team: summary as TeamSummaryOk }, { locale: 'en' }),
  () => compareSelf(self, summary),
  () => adviseTeam(summary),
];

const made = summarizeTeam(syntheticTeam(7, 10, PROFILES.borderline)) as TeamSummaryOk;
/** The summary as a server reads it back from its database: read once, sealed. */
const sealedMade = parseSummary(JSON.parse(JSON.stringify(made))) as TeamSummaryOk;

describe('only parseSummary seals', () => {
  it('summarizeTeam, summarizeUnits and releaseUnits return the caller’s own plain objects', () => {
    // A deep freeze of every summary made would cost summarizeTeam 10–40 % (sealed.ts): what
    // core makes stays a plain object, read in full when it is given back.
    const units = [{ id: 'a', responses: syntheticTeam(8, 6, PROFILES.stress).map((r, i) => ({ ...r, id: `a${i}` })) }];
    for (const summary of [made, releaseUnits(units).units.a, summarizeUnits(units).a]) {
      expect(isSealedSummary(summary)).toBe(false);
      expect(Object.isFrozen(summary)).toBe(false);
    }
  });

  it('a sealed summary cannot be changed, at any depth', () => {
    const loose = writable(sealedMade);
    expect(() => (loose.n = 1)).toThrow(TypeError);
    expect(() => (loose.required = 1)).toThrow(TypeError);
    expect(() => (loose.scales.relation.n = 1)).toThrow(TypeError);
    expect(() => (loose.scales.relation.interval[0] = 0)).toThrow(TypeError);
    expect(() => (loose.items.q01.n = 1)).toThrow(TypeError);
    expect(() => (loose.items.q01.distribution.favourable = 1)).toThrow(TypeError);
    expect(() => (loose.hidden['item:q01'] = 'below-threshold')).toThrow(TypeError);
    expect(() => delete loose.sensitivity).toThrow(TypeError);
    expect(() => Object.defineProperty(sealedMade, 'n', { get: () => 1 })).toThrow(TypeError);
    expect(() => {
      Object.setPrototypeOf(sealedMade.scales, { relation: { n: 1 } });
    }).toThrow(TypeError);
    expect(sealedMade.n).toBe(10);
    expect(buildReport({ team: sealedMade }, { locale: 'en' }).participation.responded).toBe(10);
  });

  it('a sealed summary is taken as it is, anything else is read into a copy', () => {
    expect(readSummary(sealedMade, 5, 'team')).toBe(sealedMade);
    const read = readSummary(made, 5, 'team');
    expect(read).not.toBe(made);
    expect(read).toEqual(made);
  });

  it('a sealed summary still meets the caller’s k: one made at k = 3 is refused at 5', () => {
    const atThree = parseSummary(summarizeTeam(syntheticTeam(7, 4, PROFILES.borderline), { minGroupSize: 3 }));
    expect(isSealedSummary(atThree)).toBe(true);
    for (const use of uses(atThree)) expect(use).toThrow(/required: must be at least options\.minGroupSize \(5\)/);
    expect(() => readSummary(sealedMade, 11, 'team')).toThrow(
      /^team\.required: must be at least options\.minGroupSize/,
    );
  });
});

describe('an edited copy of a sealed summary is read in full and refused', () => {
  it.each<[string, (s: TeamSummaryOk) => unknown, RegExp]>([
    ['a spread with n changed', (s) => ({ ...s, n: 2 }), /n: must be at least required \(5\)/],
    ['a spread with k lowered', (s) => ({ ...s, n: 2, required: 2 }), /required: must be at least 3/],
    [
      'a spread that keeps every sealed part but one item',
      (s) => ({ ...s, items: { ...s.items, q01: { ...s.items.q01!, n: 8 } } }),
      /items\.q01\.n: must leave out nobody or at least required \(5\)/,
    ],
    [
      'a scale swapped for an edited copy',
      (s) => ({ ...s, scales: { ...s.scales, system: { ...s.scales.system, n: 9 } } }),
      /scales\.system\.n: must equal n \(10\)/,
    ],
    [
      'a clone edited after core made it',
      (s) => {
        const copy = writable(structuredClone(s));
        copy.flags.flagged = 11;
        return copy;
      },
      /flags\.flagged: must be at most n \(10\)/,
    ],
    [
      'JSON edited in transit',
      (s) => JSON.parse(JSON.stringify(s).replace('"n":10', '"n":1')) as unknown,
      /n: must be at least required \(5\)/,
    ],
    [
      'an object whose prototype is the sealed summary, with its own n',
      (s) => Object.create(s, { n: { value: 2, enumerable: true } }) as unknown,
      /n: must be at least required \(5\)/,
    ],
  ])('%s', (_, edit, message) => {
    const forged = edit(sealedMade);
    expect(isSealedSummary(forged)).toBe(false);
    for (const use of uses(forged)) {
      expect(use).toThrow(BalanseError);
      expect(use).toThrow(message);
    }
  });

  it('names the department unit whose copy was edited', () => {
    const forged = { ...sealedMade, n: 3 };
    expect(() =>
      buildReport({ team: sealedMade, department: { units: [{ id: 'x', summary: forged }] } }, { locale: 'en' }),
    ).toThrow(/^input\.department\.units\[0\]\.summary\.n: must be at least required/);
  });
});

describe('parseSummary: read once, then trusted', () => {
  const stored = JSON.stringify(made);

  it('reads a stored summary into a sealed, frozen copy that the report takes as it is', () => {
    const input = writable(JSON.parse(stored));
    const parsed = parseSummary(input);
    expect(parsed).not.toBe(input);
    expect(parsed).toEqual(made);
    expect(isSealedSummary(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.status === 'ok' ? parsed.items.q01 : parsed)).toBe(true);
    expect(readSummary(parsed, 5, 'team')).toBe(parsed);
    // The caller's own object stays theirs: changing it later does not reach the sealed copy.
    input.n = 1;
    expect(buildReport({ team: parsed }, { locale: 'en' }).participation.responded).toBe(10);
    expect(isSealedSummary(input)).toBe(false);
  });

  it('returns a sealed summary as it is', () => {
    expect(parseSummary(sealedMade)).toBe(sealedMade);
  });

  it('refuses a forged one with a BalanseError naming the field under "summary"', () => {
    const forged = JSON.parse(stored.replace('"n":10', '"n":2')) as unknown;
    expect(() => parseSummary(forged)).toThrow(BalanseError);
    expect(() => parseSummary(forged)).toThrow(/^summary\.n: must be at least required \(5\): anonymity, got 2$/);
    expect(() => parseSummary({ status: 'suppressed', responded: 1, required: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'summary.required' }),
    );
    expect(() => parseSummary('{}')).toThrow(/^summary: must be a team summary from summarizeTeam/);
  });
});
