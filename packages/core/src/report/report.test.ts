import { describe, expect, it } from 'vitest';
import { summarizeTeam } from '../summarizeTeam/index.js';
import { summarizeUnits } from '../summarizeUnits/index.js';
import { createRandom, PROFILES, syntheticResponse, syntheticTeam } from '../synthetic/index.js';
import { LOCALES } from '../vocabulary/index.js';
import { buildReport } from './buildReport.js';
import { REPORT_CSV_COLUMNS, reportToCsv } from './csv.js';
import { ReportSchema } from './report-schema.js';

const team = syntheticTeam(11, 8, PROFILES.comfort);
const summary = summarizeTeam(team);
const self = syntheticResponse(createRandom(3), PROFILES.performance, { form: 'self', id: 'leader-self' });
const sellers = [
  { name: 'Kari', competence: [2, 2], commitment: [2, 3], newInRole: true },
  { name: 'Ola', competence: 4.5, commitment: 4, comfortZone: true },
];

describe('buildReport', () => {
  it.each(LOCALES)('builds a complete, valid report in %s', (locale) => {
    const report = buildReport(
      { team: summary, self, sellers },
      { locale, teamName: 'Salg Nord', invited: 9, generatedAt: '2026-11-20' },
    );
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report).toMatchObject({
      format: 'balanse-report',
      schemaVersion: 3,
      locale,
      status: 'ok',
      audience: 'leader',
    });
    expect(report.headline?.zone).toBeTruthy();
    expect(report.headline?.balance).toBeTruthy();
    expect(report.scales).toHaveLength(5);
    expect(report.gaps?.rows.length).toBeGreaterThan(0);
    expect(report.private?.sellers.map((s) => s.style)).toEqual(['instructing', 'challenging']);
    expect(report.private?.sellers[0]!.phrases.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('writes the headline for a comfort-zone team led from relation', () => {
    const report = buildReport({ team: summary }, { locale: 'en' });
    expect(report.headline).toEqual({
      zone: 'The team is in the comfort zone.',
      balance: 'The board leans toward the relational side (profile A): more support than demands.',
    });
    expect(report.zone?.meaning).toMatch(/most dangerous zone/);
  });

  it('holds no team member’s answers or ids', () => {
    const text = JSON.stringify(buildReport({ team: summary, self }, { locale: 'nb' }));
    for (const response of team) expect(text).not.toContain(response.id!);
    expect(text).not.toContain('"answers"');
    expect(text).not.toContain('leader-self');
  });

  it('is safe to share with the team without sellers, and private with them', () => {
    expect(buildReport({ team: summary }, { locale: 'en' })).toMatchObject({ audience: 'team', private: null });
    expect(buildReport({ team: summary, sellers }, { locale: 'en' }).audienceText).toMatch(/Don’t share/);
  });

  describe('a suppressed team', () => {
    const suppressed = summarizeTeam(team.slice(0, 3));
    const report = buildReport({ team: suppressed, self, sellers: [] }, { locale: 'en', invited: 7 });

    it('says how many answered and from when results appear', () => {
      expect(report.participation.text).toBe('3 of 7 answered.');
      expect(report.suppressedText).toBe(
        'Results are shown once 5 people have answered. Until then no figures are shown, so that nobody can be identified.',
      );
    });

    it('carries no figure derived from answers', () => {
      expect(report).toMatchObject({
        status: 'suppressed',
        headline: null,
        zone: null,
        balance: null,
        gaps: null,
        characteristics: null,
        flags: null,
      });
      expect(report.scales).toEqual([]);
      expect(report.advice).toEqual([]);
    });

    it('is refused by the schema if any figure is added', () => {
      expect(ReportSchema.safeParse({ ...report, headline: { zone: 'x', balance: 'y' } }).success).toBe(false);
    });
  });

  it('writes the department overview, suppressed units without figures', () => {
    const units = summarizeUnits([
      { id: 'sales', responses: [] },
      { id: 'north', parent: 'sales', responses: syntheticTeam(1, 6, PROFILES.performance) },
      { id: 'south', parent: 'sales', responses: syntheticTeam(2, 6, PROFILES.stress) },
      { id: 'east', parent: 'sales', responses: syntheticTeam(3, 2, PROFILES.apathy) },
    ]);
    const report = buildReport(
      {
        team: units.sales!,
        department: {
          name: 'Sales',
          units: Object.entries(units).map(([id, s]) => ({ id, name: id.toUpperCase(), summary: s })),
        },
      },
      { locale: 'en' },
    );
    const east = report.department!.units.find((u) => u.id === 'east')!;
    // Participation and k only: no figure from the unit's answers, and the reason in words.
    expect(east).toMatchObject({ status: 'suppressed', zone: null, responded: 2 });
    expect(east.text).toBe('Fewer than 5 people answered, so no results are shown.');
    // sales − north − south would give east's two: south (as large as north, later id) goes too.
    const south = report.department!.units.find((u) => u.id === 'south')!;
    expect(south).toMatchObject({ status: 'suppressed', zone: null });
    expect(south.text).toBe('Results are not shown, so that nobody can be identified by comparing with other groups.');
  });

  it.each([
    [{}, 'options.locale'],
    [{ locale: 'de' }, 'options.locale'],
    [{ locale: 'en', invited: -1 }, 'options.invited'],
    [{ locale: 'en', generatedAt: 'yesterday' }, 'options.generatedAt'],
    [{ locale: 'en', minGroupsize: 5 }, 'options.minGroupsize'],
  ])('rejects options %j naming %s', (options, path) => {
    expect(() => buildReport({ team: summary }, options as never)).toThrow(
      new RegExp(`^${path.replace('.', '\\.')}: `),
    );
  });

  it("names the leader's self form by its place in the input", () => {
    expect(() => buildReport({ team: summary, self: { ...self, form: 'team' } }, { locale: 'en' })).toThrow(
      /^input\.self\.form: must be "self"/,
    );
    expect(() => buildReport({ team: summary, self: { form: 'self', answers: { q01: 8 } } }, { locale: 'en' })).toThrow(
      /^input\.self\.answers\.q01: /,
    );
  });

  it('rejects a team that is not a summary', () => {
    expect(() => buildReport({ team: team as never }, { locale: 'en' })).toThrow(/^input\.team: /);
  });

  it('rejects a seller rating out of range, naming the seller', () => {
    expect(() =>
      buildReport({ team: summary, sellers: [{ name: 'Kari', competence: 7, commitment: 3 }] }, { locale: 'en' }),
    ).toThrow(/^input\.sellers\[0\]\.competence: /);
  });
});

describe('reportToCsv', () => {
  const report = buildReport({ team: summary, self }, { locale: 'en', invited: 9 });

  it('writes aggregated rows with a header', () => {
    const lines = reportToCsv(report).trimEnd().split('\r\n');
    expect(lines[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(lines.filter((l) => l.startsWith('scale,'))).toHaveLength(5);
    expect(lines.some((l) => l.startsWith('participation,responded,'))).toBe(true);
  });

  it('neutralises spreadsheet formulas in text fields', () => {
    const tampered = {
      ...report,
      scales: report.scales.map((s, i) => (i === 0 ? { ...s, name: '=HYPERLINK("http://x")' } : s)),
    };
    expect(reportToCsv(tampered)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes participation only for a suppressed report', () => {
    const csv = reportToCsv(buildReport({ team: summarizeTeam(team.slice(0, 2)) }, { locale: 'en' }));
    expect(
      csv
        .trimEnd()
        .split('\r\n')
        .every((l, i) => i === 0 || l.startsWith('participation,')),
    ).toBe(true);
  });
});

describe('advice reasons', () => {
  it('give the cut with its decimal', () => {
    const report = buildReport({ team: summary }, { locale: 'en' });
    expect(report.advice.flatMap((a) => a.reasons).some((r) => r.includes('below the threshold of 62.5'))).toBe(true);
    const nb = buildReport({ team: summary }, { locale: 'nb' });
    expect(nb.advice.flatMap((a) => a.reasons).some((r) => r.includes('under grensen på 62,5'))).toBe(true);
  });
});
