import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInInstrument } from '../instrument/versions.js';
import { summarizeTeam } from '../summarizeTeam/index.js';
import { PROFILES, syntheticTeam } from '../synthetic/index.js';
import { answersFor, countedAnswers, propertyRuns, responseAt } from '../test-utils/index.js';
import { compareSelf } from './index.js';

const levels = (r: number, s: number, a: number, t: number, d: number) =>
  ({ relation: r, system: s, administration: a, safety: t, standard: d }) as never;
/** A team of 6 identical answers: SD 0, so the interval is the 5-point floor. */
const team = (r: number, s: number, a: number, t: number, d: number) =>
  summarizeTeam(Array.from({ length: 6 }, () => responseAt(levels(r, s, a, t, d))));
const self = (values: Parameters<typeof answersFor>[0]) => ({ form: 'self' as const, answers: answersFor(values) });

describe('compareSelf (§8.13)', () => {
  it.each([
    ['self higher: blind spot', 5, 4, 'blind-spot'],
    ['self lower: hidden strength', 3, 4, 'hidden-strength'],
  ] as const)('labels %s', (_, selfLevel, teamLevel, label) => {
    const result = compareSelf(self({ relation: selfLevel }), team(teamLevel, 4, 4, 4, 4));
    expect(result.status === 'ok' && result.scales.relation).toMatchObject({ label, meaningful: true, large: true });
  });

  it('labels a small gap on a strong scale as agreement, strong', () => {
    const result = compareSelf(self({ relation: [4, 4, 4, 4, 4, 4, 4, 5] }), team(4, 4, 4, 4, 4));
    expect(result.status === 'ok' && result.scales.relation).toMatchObject({
      label: 'agreement-strong',
      meaningful: false,
      gap: 3.125,
    });
  });

  it('labels a small gap on a weak scale as agreement, development area', () => {
    const result = compareSelf(self({ system: 2 }), team(4, 2, 4, 4, 4));
    expect(result.status === 'ok' && result.scales.system).toMatchObject({ label: 'agreement-development', gap: 0 });
  });

  it('needs half a response step (12.5 points) for a meaningful gap', () => {
    const exact = compareSelf(self({ relation: [5, 5, 4, 4, 4, 4, 4, 4] }), team(4, 4, 4, 4, 4)); // gap 6.25
    expect(exact.status === 'ok' && exact.scales.relation!.meaningful).toBe(false);
    const half = compareSelf(self({ relation: [5, 5, 5, 5, 4, 4, 4, 4] }), team(4, 4, 4, 4, 4)); // gap 12.5
    expect(half.status === 'ok' && half.scales.relation).toMatchObject({
      meaningful: true,
      large: false,
      label: 'blind-spot',
    });
  });

  it('calls a gap of a full response step large', () => {
    const result = compareSelf(self({ safety: 5 }), team(4, 4, 4, 4, 4));
    expect(result.status === 'ok' && result.scales.safety).toMatchObject({ gap: 25, large: true });
  });

  it('sorts scales by the size of the gap', () => {
    const result = compareSelf(self({ relation: 4, system: 2, administration: 5 }), team(4, 4, 4, 4, 4));
    expect(result.status === 'ok' && result.order).toEqual(['system', 'administration', 'relation']);
  });

  it('lists the largest item gaps per direction, at most 3', () => {
    const result = compareSelf(
      { form: 'self', answers: { ...answersFor({ relation: 5, system: 1 }) } },
      team(4, 4, 4, 4, 4),
    );
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.items.higher).toHaveLength(3);
    expect(result.items.lower).toHaveLength(3);
    expect(result.items.higher[0]).toMatchObject({ self: 5, team: 4, gap: 25 });
  });

  it('places the leader’s own view of the team on the zone map', () => {
    const result = compareSelf(self({ safety: 5, standard: 2 }), team(4, 4, 4, 4, 4));
    expect(result.status === 'ok' && result.selfZone?.zone).toBe('comfort');
  });

  it('compares nothing while the team is suppressed', () => {
    expect(compareSelf(self({ relation: 5 }), { status: 'suppressed', responded: 3, required: 5 })).toEqual({
      status: 'suppressed',
    });
  });

  it('refuses a team response as the self form', () => {
    expect(() => compareSelf({ answers: answersFor({ relation: 5 }) }, team(4, 4, 4, 4, 4))).toThrow(
      'selfResponse.form: must be "self" (the leader\'s self form), got nothing',
    );
  });

  it('refuses a summary that breaks the anonymity threshold', () => {
    const broken = { ...(team(4, 4, 4, 4, 4) as object), n: 2 };
    expect(() => compareSelf(self({ relation: 5 }), broken)).toThrow(
      'teamSummary.n: must be at least required (5): anonymity, got 2',
    );
  });

  it('never calls a large gap "in agreement": large implies meaningful, for any team and self form', () => {
    const level = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        fc.array(level, { minLength: 5, maxLength: 9 }),
        fc.array(level, { minLength: 8, maxLength: 8 }),
        (team, mine) => {
          const summary = summarizeTeam(team.map((l) => ({ answers: countedAnswers({ relation: l }) })));
          const c = compareSelf(
            self({ relation: mine, system: 4, administration: 4, safety: 4, standard: 4 }),
            summary,
          );
          const g = c.status === 'ok' ? c.scales.relation! : null;
          if (g!.large) expect(g!.meaningful).toBe(true);
          expect(g!.label.startsWith('agreement')).toBe(!g!.meaningful);
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });
});

describe('compareSelf across instrument versions', () => {
  const v10 = builtInInstrument('1.0.0');
  const v11 = builtInInstrument('1.1.0');
  const tag = (i: typeof v10) => ({ id: i.id, version: i.version });
  const selfUnder = (i: typeof v10) => ({
    form: 'self' as const,
    instrument: tag(i),
    answers: Object.fromEntries(i.items.map((item) => [item.id, 4])),
  });
  const teamUnder = (i: typeof v10) => summarizeTeam(syntheticTeam(3, 8, PROFILES.comfort, i), { instrument: i });

  it('reads the self form with the items of the version the team summary was made with', () => {
    const result = compareSelf(selfUnder(v10), teamUnder(v10));
    expect(result.status).toBe('ok');
    // q29 is asked in 1.0.0 only: compared, so the 1.0.0 items were used.
    const ids = result.status === 'ok' ? [...result.items.higher, ...result.items.lower].map((g) => g.id) : [];
    expect(ids.every((id) => v10.items.some((item) => item.id === id))).toBe(true);
  });

  it('refuses a self form of another version than the team summary, naming its instrument', () => {
    expect(() => compareSelf(selfUnder(v10), teamUnder(v11))).toThrow(
      'selfResponse.instrument: must be the instrument version of the team\'s summary ("balanse@1.1.0")',
    );
    expect(() => compareSelf(selfUnder(v11), teamUnder(v10))).toThrow(
      /^selfResponse\.instrument: must be the instrument version of the team's summary \("balanse@1\.0\.0"\)/,
    );
  });

  it('reads a self form beside a suppressed summary under its own version, comparing nothing', () => {
    const few = summarizeTeam(syntheticTeam(3, 2, PROFILES.comfort, v10), { instrument: v10 });
    expect(compareSelf(selfUnder(v10), few)).toEqual({ status: 'suppressed' });
  });
});
