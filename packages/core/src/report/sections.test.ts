/**
 * The report's sections beyond the team's own scales: item by item, the linking table, the
 * previous round and the department view; and the CSV that carries them.
 */
import { describe, expect, it } from 'vitest';
import { instrument } from '../instrument/builtin.js';
import { builtInInstrument } from '../instrument/versions.js';
import { releaseUnits } from '../releaseUnits/index.js';
import { summarizeTeam } from '../summarizeTeam/index.js';
import type { TeamSummaryOk } from '../summarizeTeam/types.js';
import { PROFILES, syntheticDepartment, syntheticTeam } from '../synthetic/index.js';
import { countedAnswers, responseAt } from '../test-utils/index.js';
import { LOCALES, ZONES } from '../vocabulary/index.js';
import { buildReport } from './buildReport.js';
import { REPORT_CSV_COLUMNS, reportToCsv } from './csv.js';

type Level = 1 | 2 | 3 | 4 | 5;
const levels = (r: Level, s: Level, a: Level, t: Level, d: Level) =>
  ({ relation: r, system: s, administration: a, safety: t, standard: d }) as const;
const ok = (responses: unknown) => summarizeTeam(responses) as TeamSummaryOk;

/** The sample department released as a server releases it, with the previous round beside it. */
function department() {
  const now = syntheticDepartment(2);
  const before = syntheticDepartment(1);
  const current = releaseUnits(now).units;
  const previous = releaseUnits(before).units;
  const teams = now.filter((u) => u.parent === 'sales');
  return {
    input: {
      team: current.sales!,
      department: {
        name: 'Sales',
        units: teams.map((u) => ({ id: u.id, name: u.name, invited: u.invited, summary: current[u.id]! })),
      },
      previous: { summary: previous.sales!, round: 'Spring 2026' },
    },
    current,
    previous,
  };
}

describe('item by item (§8.5)', () => {
  const team = ok(
    Array.from({ length: 6 }, (_, i) => ({
      answers: { ...countedAnswers({ relation: [5, 5, 4, 4, 4, 4, 3, 2] }), q06: i < 5 ? 4 : null },
    })),
  );
  const report = buildReport({ team }, { locale: 'en' });
  const relation = report.items!.scales.find((s) => s.scale === 'relation')!;

  it('lists every shown item of each scale in instrument order, with its figures in words', () => {
    const ids = instrument.items.filter((i) => i.scale === 'relation').map((i) => i.id);
    expect(relation.rows.map((r) => r.id)).toEqual(ids.filter((id) => team.items[id]));
    const first = relation.rows[0]!;
    expect(first).toMatchObject({ score: 100, mean: 5, n: 6, scoreText: '100 of 100', meanText: 'Average 5 of 5' });
    expect(first.distributionText).toBe('Answers: positive 6, neutral 0, negative 0');
  });

  it('names the two strongest and the two weakest, never the same item twice', () => {
    const ids = instrument.items.filter((i) => i.scale === 'relation').map((i) => i.id);
    // Answers 5, 5, 4, 4, 4, 4, 3, 2; the second item is hidden (one "cannot answer"), so the
    // next strongest is the first 4 in instrument order.
    expect(team.items[ids[1]!]).toBeNull();
    expect(relation.strongest).toEqual([ids[0], ids[2]]);
    expect(relation.weakest).toEqual([ids[7], ids[6]]);
    expect(relation.rows.find((r) => r.id === ids[7])?.rank).toBe('weakest');
    const flat = report.items!.scales.find((s) => s.scale === 'system')!;
    expect(flat).toMatchObject({ strongest: [], weakest: [] });
  });

  it('says how many could not answer, as a share of the people counted', () => {
    const q06 = report.items!.scales.flatMap((s) => s.rows).find((r) => r.id === 'q06');
    // One of six could not answer: hidden, because five answered beside six counted (R2).
    expect(q06).toBeUndefined();
    const hidden = report.items!.scales.flatMap((s) => s.notShown).find((r) => r.id === 'q06');
    expect(hidden?.reason).toMatch(/^Not shown: a few of the people/);
    const many = ok(
      Array.from({ length: 10 }, (_, i) => ({ answers: { ...countedAnswers({}), q06: i < 5 ? 4 : null } })),
    );
    const row = buildReport({ team: many }, { locale: 'en' })
      .items!.scales.flatMap((s) => s.rows)
      .find((r) => r.id === 'q06');
    expect(row).toMatchObject({ n: 5, cannotAnswer: 5, cannotAnswerText: '“Cannot answer”: 5 people (50%)' });
  });

  it.each(LOCALES)('is written in %s', (locale) => {
    const r = buildReport({ team }, { locale });
    expect(r.headings.items).toBeTruthy();
    expect(r.items!.note.length).toBeGreaterThan(40);
  });
});

describe('the linking table as explanation (the model, "How the models connect")', () => {
  it('says so when the team is where this leadership tends to lead', () => {
    const linking = buildReport({ team: ok(syntheticTeam(2, 8, PROFILES.comfort)) }, { locale: 'en' }).linking!;
    expect(linking).toMatchObject({ expectedZone: 'comfort', zone: 'comfort', match: 'same', explanations: [] });
    expect(linking.text).toMatch(/^The team is in the comfort zone, where teams led like this tend to end up/);
  });

  it('says what a difference suggests, axis by axis', () => {
    // Relation and system high, but the team feels little safety: expected performance, stress.
    const team = ok(Array.from({ length: 6 }, () => responseAt(levels(4, 4, 4, 2, 4))));
    const linking = buildReport({ team }, { locale: 'en' }).linking!;
    expect(linking).toMatchObject({ expectedZone: 'performance', zone: 'stress', match: 'different' });
    expect(linking.explanations).toEqual([
      {
        axis: 'safety',
        lever: 'relation',
        leadership: 'high',
        team: 'low',
        text: expect.stringMatching(/feels less safe/),
      },
    ]);
    const low = ok(Array.from({ length: 6 }, () => responseAt(levels(4, 2, 4, 4, 4))));
    expect(buildReport({ team: low }, { locale: 'en' }).linking!.explanations).toEqual([
      {
        axis: 'standard',
        lever: 'system',
        leadership: 'low',
        team: 'high',
        text: expect.stringMatching(/high standard/),
      },
    ]);
  });

  it('calls it within the uncertainty when the team is borderline and one candidate is the expected zone', () => {
    const split = ok(
      Array.from({ length: 6 }, (_, i) => ({ answers: countedAnswers({ safety: i % 2 === 0 ? 5 : 1 }) })),
    );
    expect(buildReport({ team: split }, { locale: 'en' }).linking!.match).toBe('within-uncertainty');
  });
});

describe('the previous round', () => {
  const { input } = department();
  const report = buildReport(input, { locale: 'en' });

  it('shows the change per scale with its interval, and the move between zones', () => {
    const p = report.previous!;
    expect(p).toMatchObject({ round: 'Spring 2026', status: 'ok', versionNote: null });
    expect(p.scales).toHaveLength(5);
    for (const c of p.scales) {
      expect(c.change).toBeCloseTo(c.current - c.previous, 10);
      expect(c.interval[0]).toBeLessThanOrEqual(c.change);
      expect(c.interval[1]).toBeGreaterThanOrEqual(c.change);
      expect(c.clear).toBe(c.interval[0] > 0 || c.interval[1] < 0 || c.interval[0] === 0 || c.interval[1] === 0);
    }
    expect(p.zone).toMatchObject({ from: 'comfort', to: 'performance', moved: true });
    expect(p.text).toMatch(/^Compared with Spring 2026\./);
  });

  it('calls a change inside its uncertainty "no clear change"', () => {
    const same = ok(syntheticTeam(5, 8, PROFILES.performance));
    const again = buildReport({ team: same, previous: { summary: same } }, { locale: 'en' }).previous!;
    expect(again.scales.every((c) => !c.clear && c.direction === 'none' && c.text === 'No clear change')).toBe(true);
    expect(again.zone).toMatchObject({ moved: false, text: 'The team is still in the performance zone.' });
    const up = buildReport(
      {
        team: ok(syntheticTeam(23, 8, PROFILES.performance)),
        previous: { summary: ok(syntheticTeam(22, 8, PROFILES.comfort)) },
      },
      { locale: 'en' },
    ).previous!;
    expect(up.scales.find((c) => c.scale === 'standard')).toMatchObject({ clear: true, direction: 'up' });
    expect(up.zone).toMatchObject({ from: 'comfort', to: 'performance', moved: true, clear: true });
  });

  it('says so when the previous round showed nothing, or used another questionnaire', () => {
    const team = ok(syntheticTeam(5, 8, PROFILES.performance));
    const hidden = buildReport(
      { team, previous: { summary: summarizeTeam(syntheticTeam(5, 3, PROFILES.comfort)) } },
      { locale: 'en' },
    );
    expect(hidden.previous).toMatchObject({ status: 'suppressed', scales: [], zone: null });
    const other = { ...instrument, id: 'other' };
    const elsewhere = summarizeTeam(syntheticTeam(5, 8, PROFILES.comfort, other), { instrument: other });
    const refused = buildReport({ team, previous: { summary: elsewhere } }, { locale: 'en' }).previous!;
    expect(refused).toMatchObject({ status: 'not-comparable', scales: [] });
    expect(refused.text).toMatch(/different questionnaire \(other, version 1\.1\.0\)/);
  });

  it('compares across two built-in versions with a note on the questions that changed', () => {
    const v10 = builtInInstrument('1.0.0');
    const before = summarizeTeam(syntheticTeam(5, 8, PROFILES.comfort, v10), { instrument: v10 });
    const p = buildReport(
      { team: ok(syntheticTeam(6, 8, PROFILES.comfort)), previous: { summary: before } },
      { locale: 'en' },
    ).previous!;
    expect(p.status).toBe('ok');
    expect(p.versionNote).toMatch(
      /^The questionnaire has changed since the last round \(1\.0\.0 → 1\.1\.0\): 15 questions/,
    );
  });

  it('reads the previous summary through the same anonymity checks (R6)', () => {
    const forged = { ...(ok(syntheticTeam(5, 8, PROFILES.comfort)) as object), n: 2 };
    expect(() =>
      buildReport(
        { team: ok(syntheticTeam(5, 8, PROFILES.comfort)), previous: { summary: forged as never } },
        { locale: 'en' },
      ),
    ).toThrowError(/^input\.previous\.summary\.n: must be at least required/);
  });
});

describe('the department view', () => {
  const { input, current } = department();
  const report = buildReport(input, { locale: 'en', invited: 40 });
  const d = report.department!;

  it('tables the teams that may be shown, with zone, the five scales, n and response rate', () => {
    const north = d.units.find((u) => u.id === 'north')!;
    const summary = current.north as TeamSummaryOk;
    expect(north).toMatchObject({ status: 'ok', zone: 'comfort', responded: 8, invited: 9, rateText: '89%' });
    expect(north.scales).toEqual({
      relation: summary.scales.relation.mean,
      system: summary.scales.system.mean,
      administration: summary.scales.administration.mean,
      safety: summary.scales.safety.mean,
      standard: summary.scales.standard.mean,
    });
    const central = d.units.find((u) => u.id === 'central')!;
    expect(central).toMatchObject({ status: 'suppressed', zone: null, scales: null, responded: 3 });
  });

  it('counts the shown teams in each zone, one in each here, and says how many are not shown', () => {
    expect(d.zones.map((z) => [z.zone, z.count])).toEqual(ZONES.map((z) => [z, 1]));
    expect(d.spreadText).toBe(
      '4 teams are shown: 1 in the apathy zone, 1 in the comfort zone, 1 in the stress zone, 1 in the performance zone.',
    );
    expect(d.hiddenText).toBe('1 team is not shown, so that nobody can be identified.');
  });

  it('places the department from its own respondents, never from its teams’ points', () => {
    const own = current.sales as TeamSummaryOk;
    expect(report.zone?.safety.score).toBe(own.scales.safety.mean);
    const shown = d.units.filter((u) => u.status === 'ok');
    const average = shown.reduce((sum, u) => sum + u.scales!.safety, 0) / shown.length;
    expect(report.zone?.safety.score).not.toBe(average);
    expect(d.note).toMatch(/not from an average of the teams/);
  });

  it('refuses a headcount below the respondents and a forged unit summary', () => {
    const units = input.department.units;
    expect(() =>
      buildReport({ ...input, department: { units: [{ ...units[0]!, invited: 3 }] } }, { locale: 'en' }),
    ).toThrowError(/^input\.department\.units\[0\]\.invited: must be at least the unit's respondents \(8\)/);
    const forged = { ...(units[0]!.summary as object), n: 1 };
    expect(() =>
      buildReport({ ...input, department: { units: [{ ...units[0]!, summary: forged as never }] } }, { locale: 'en' }),
    ).toThrowError(/^input\.department\.units\[0\]\.summary\.n: /);
  });

  it.each(LOCALES)('reads in %s', (locale) => {
    const r = buildReport(input, { locale });
    expect(r.department!.spreadText.length).toBeGreaterThan(20);
    expect(r.previous!.text.length).toBeGreaterThan(20);
    expect(r.linking!.text.length).toBeGreaterThan(20);
  });
});

describe('the report’s own labels and inputs', () => {
  const team = ok(syntheticTeam(1, 8, PROFILES.performance));

  it('names the confidence the intervals were made with', () => {
    const at95 = summarizeTeam(syntheticTeam(1, 8, PROFILES.performance), { confidence: 0.95 });
    const report = buildReport({ team: at95 }, { locale: 'nb', confidence: 0.95 });
    expect(report.confidence).toBe(0.95);
    expect(report.intervalHelp).toBe(
      'Intervallet viser hvor teamets verdi trolig ligger (95 %). Jo færre svar, jo bredere.',
    );
    expect(buildReport({ team }, { locale: 'nb' }).intervalHelp).toMatch(/\(80 %\)/);
  });

  it('dates the report with the calendar day written, in any time zone', () => {
    expect(buildReport({ team }, { locale: 'nb', generatedAt: '2026-02-28' }).generatedText).toBe(
      'Laget 28. februar 2026',
    );
    // Half past midnight in Oslo is still the 28th in UTC: the day as written counts.
    expect(buildReport({ team }, { locale: 'nb', generatedAt: '2026-03-01T00:30:00+01:00' }).generatedText).toBe(
      'Laget 1. mars 2026',
    );
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-11-20T24:00:00Z', 'tomorrow']) {
      expect(() => buildReport({ team }, { locale: 'en', generatedAt: bad })).toThrowError(/^options\.generatedAt: /);
    }
    expect(buildReport({ team }, { locale: 'en', generatedAt: '2028-02-29' }).generatedAt).toBe('2028-02-29');
  });

  it('refuses more answers than invitations, naming the option', () => {
    expect(() => buildReport({ team }, { locale: 'en', invited: 7 })).toThrowError(
      'options.invited: must be at least the number who answered (8), got 7',
    );
  });

  it('reads a summary with the items of the built-in version it was made with', () => {
    const v10 = builtInInstrument('1.0.0');
    const old = summarizeTeam(syntheticTeam(1, 8, PROFILES.performance, v10), { instrument: v10 });
    const report = buildReport({ team: old }, { locale: 'en' });
    expect(report.instrument.version).toBe('1.0.0');
    const other = { ...instrument, id: 'custom' };
    const custom = summarizeTeam(syntheticTeam(1, 8, PROFILES.performance, other), { instrument: other });
    expect(() => buildReport({ team: custom }, { locale: 'en' })).toThrowError(/^input\.team\.instrument: /);
  });

  it('refuses a leader self form of another version than the team summary, naming it', () => {
    const v10 = builtInInstrument('1.0.0');
    const old = summarizeTeam(syntheticTeam(1, 8, PROFILES.performance, v10), { instrument: v10 });
    const selfUnder = (i: typeof v10) => ({
      form: 'self',
      instrument: { id: i.id, version: i.version },
      answers: Object.fromEntries(i.items.map((item) => [item.id, 4])),
    });
    expect(buildReport({ team: old, self: selfUnder(v10) }, { locale: 'en' }).gaps?.rows.length).toBe(5);
    expect(() => buildReport({ team: old, self: selfUnder(instrument) }, { locale: 'en' })).toThrowError(
      /^input\.self\.instrument: must be the instrument version of the team's summary \("balanse@1\.0\.0"\)/,
    );
  });

  it('refuses a department unit made with another version than the report, naming it', () => {
    const v10 = builtInInstrument('1.0.0');
    const now = ok(syntheticTeam(2, 8, PROFILES.performance));
    const old = summarizeTeam(syntheticTeam(1, 8, PROFILES.performance, v10), { instrument: v10 });
    const department = {
      units: [
        { id: 'a', summary: now },
        { id: 'b', summary: old },
      ],
    };
    expect(() => buildReport({ team: now, department }, { locale: 'en' })).toThrowError(
      /^input\.department\.units\[1\]\.summary\.instrument: must be the instrument of the report \("balanse" 1\.1\.0\)/,
    );
    // A suppressed unit's report takes the version from its first shown unit.
    const few = summarizeTeam(syntheticTeam(1, 2, PROFILES.performance, v10), { instrument: v10 });
    const report = buildReport({ team: few, department: { units: [{ id: 'b', summary: old }] } }, { locale: 'en' });
    expect(report.instrument.version).toBe('1.0.0');
    expect(report.department?.units[0]?.status).toBe('ok');
  });
});

describe('the CSV for consultancies', () => {
  const { input } = department();
  const csv = reportToCsv(buildReport(input, { locale: 'en', invited: 40 }));
  const lines = csv.trimEnd().split('\r\n');
  const rows = lines.slice(1).map((l) => l.split(','));
  const col = (name: (typeof REPORT_CSV_COLUMNS)[number]) => REPORT_CSV_COLUMNS.indexOf(name);

  it('has the documented columns, and every row has all of them', () => {
    expect(lines[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    // Quoted fields may hold commas; the rows here are checked on sections without free text.
    for (const row of rows.filter((r) => ['scale', 'unit_scale', 'zone_spread'].includes(r[0]!))) {
      expect(row).toHaveLength(REPORT_CSV_COLUMNS.length);
    }
  });

  it('carries agreement and the change from the previous round on every scale row', () => {
    const scales = rows.filter((r) => r[0] === 'scale');
    expect(scales).toHaveLength(5);
    for (const r of scales) {
      for (const name of [
        'ad',
        'rwg_star',
        'rwg',
        'rwg_slight_skew',
        'agreement_band',
        'previous_mean',
        'change',
        'change_low',
        'change_high',
      ] as const) {
        expect(r[col(name)], name).not.toBe('');
      }
    }
  });

  it('carries every shown item and the teams with their scales and the spread over zones', () => {
    const items = rows.filter((r) => r[0] === 'item');
    expect(items.length).toBe(40);
    expect(rows.filter((r) => r[0] === 'unit_scale')).toHaveLength(4 * 5);
    expect(rows.filter((r) => r[0] === 'zone_spread').map((r) => r[col('count')])).toEqual(['1', '1', '1', '1']);
  });

  it('keeps n for figures, each over k or more people, and plain counts in count', () => {
    for (const r of rows) if (r[col('n')]) expect(Number(r[col('n')]), r.join(',')).toBeGreaterThanOrEqual(5);
    expect(rows.find((r) => r[0] === 'participation' && r[1] === 'responded')?.[col('count')]).toBe('33');
  });
});
