import { describe, expect, it } from 'vitest';
import { buildReport } from '../report/buildReport.js';
import { releaseUnits, type UnitInput } from '../releaseUnits/index.js';
import type { UnitSummary } from '../releaseUnits/release.js';
import type { Response } from '../response/response-schema.js';
import { scoreResponse } from '../scoreResponse/index.js';
import { summarizeTeam } from '../summarizeTeam/index.js';
import type { TeamSummaryOk } from '../summarizeTeam/types.js';
import { createRandom, PROFILES, syntheticTeam } from '../synthetic/index.js';
import { allAnswered, answersFor, countedAnswers, idsOf } from '../test-utils/index.js';
import type { Scale } from '../vocabulary/index.js';

/*
 * The attacks of ANONYMITY.md ("How such an attacker wins"), one block per class, each run the way
 * a curious leader would: take what core releases, as JSON, and do arithmetic. Each attack either
 * finds a figure it needs missing, or its answer is more than a point from the truth.
 */

/** What an attacker has: the release as JSON, nothing else. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const ok = (s: UnitSummary | undefined): TeamSummaryOk | undefined => (s?.status === 'ok' ? s : undefined);
const truth = (r: Response, scale: Scale) => scoreResponse(r).scales[scale]!;

/** The attack failed: a figure it needs is missing, or it lands more than a point from the truth. */
function expectBlocked(estimate: number | undefined, actual: number): void {
  if (estimate === undefined) return;
  expect(Math.abs(estimate - actual)).toBeGreaterThan(1);
}

/** The attack is real: on figures released without the rules, it lands within a point. */
function expectWorks(estimate: number | undefined, actual: number): void {
  expect(estimate).toBeDefined();
  expect(Math.abs(estimate! - actual)).toBeLessThanOrEqual(1);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The sum two figures describe beyond each other: n₁·m₁ − n₂·m₂ over n₁ − n₂ people, if any. */
function difference(n1: number, m1: number, n2: number, m2: number): { people: number; mean: number } | undefined {
  const people = n1 - n2;
  return people > 0 ? { people, mean: (n1 * m1 - n2 * m2) / people } : undefined;
}

const team = (seed: number, size: number) =>
  syntheticTeam(seed, size, { ...PROFILES.borderline, skipRate: 0 }).map((r, i) => ({ ...r, id: `s${seed}-${i}` }));
const straightLiner = (id: string, value: 1 | 2 | 3 | 4 | 5): Response => ({ id, answers: allAnswered(value) });

describe('attack 1: two figures over different respondent sets', () => {
  it('the line without flagged responses does not give back the one flagged person', () => {
    const flagged = straightLiner('flagged', 5);
    const responses = [...team(1, 5), flagged];
    const attack = (n: number, m: number, line: { n: number; relation: number } | undefined) =>
      line ? difference(n, m, line.n, line.relation)?.mean : undefined;
    // Without the rules, a line over the five unflagged sits beside the mean over six.
    const all = summarizeTeam(responses) as TeamSummaryOk;
    const unflagged = summarizeTeam(responses.slice(0, 5)) as TeamSummaryOk;
    expectWorks(
      attack(all.n, all.scales.relation.mean, { n: 5, relation: unflagged.scales.relation.mean }),
      truth(flagged, 'relation'),
    );
    const s = asJson(ok(releaseUnits([{ id: 't', responses }]).units.t))!;
    const line = s.sensitivity;
    expectBlocked(
      attack(s.n, s.scales.relation.mean, line ? { n: line.n, relation: line.scales.relation } : undefined),
      truth(flagged, 'relation'),
    );
  });

  it('across units, a department’s line does not give back a team’s four flagged people', () => {
    const flaggedA = [1, 2, 3, 4].map((i) => straightLiner(`fa${i}`, 5));
    const flaggedB = [1, 2, 3, 4, 5].map((i) => straightLiner(`fb${i}`, 1));
    const release = asJson(
      releaseUnits([
        { id: 'dept', responses: [] },
        { id: 'a', parent: 'dept', responses: [...team(2, 8), ...flaggedA] },
        { id: 'b', parent: 'dept', responses: [...team(3, 8), ...flaggedB] },
      ]),
    );
    const [dept, a, b] = [ok(release.units.dept), ok(release.units.a), ok(release.units.b)];
    // dept's line minus b's line is a's unflagged; a's whole minus that is a's four flagged.
    let estimate: number | undefined;
    if (dept?.sensitivity && b?.sensitivity && a) {
      const aUnflagged = difference(
        dept.sensitivity.n,
        dept.sensitivity.scales.relation,
        b.sensitivity.n,
        b.sensitivity.scales.relation,
      )!;
      estimate = difference(a.n, a.scales.relation.mean, aUnflagged.people, aUnflagged.mean)?.mean;
    }
    expectBlocked(estimate, flaggedA.map((r) => truth(r, 'relation')).reduce((x, y) => x + y) / 4);
  });

  it('the tilt beside the two means does not give back someone who skipped system', () => {
    const skipper: Response = {
      id: 'skipper',
      answers: answersFor({ relation: 5, administration: 4, safety: 4, standard: 4 }),
    };
    const responses = [...team(4, 6), skipper];
    // n_R·R̄ − n_tilt·(tilt + S̄) is the skipper's relation when relation counts them and the tilt
    // and system do not.
    const attack = (nR: number, r: number, nTilt: number, tilt: number, s: number) =>
      difference(nR, r, nTilt, tilt + s)?.mean;
    const scores = responses.map((x) => scoreResponse(x).scales);
    const paired = scores.filter((x) => x.system !== null);
    expectWorks(
      attack(
        scores.length,
        mean(scores.map((x) => x.relation!)),
        paired.length,
        mean(paired.map((x) => x.relation! - x.system!)),
        mean(paired.map((x) => x.system!)),
      ),
      truth(skipper, 'relation'),
    );
    const s = asJson(ok(releaseUnits([{ id: 't', responses }]).units.t))!;
    expectBlocked(
      attack(s.scales.relation.n, s.scales.relation.mean, s.n, s.balance.tilt, s.scales.system.mean),
      truth(skipper, 'relation'),
    );
  });

  it('item means beside the scale mean do not give back someone who answered half a scale', () => {
    const relationIds = idsOf('relation');
    const half = countedAnswers({ relation: [5, 5, 5, 5] });
    const halfAnswerer: Response = { id: 'half', answers: half };
    const responses = [...team(5, 7), halfAnswerer];
    // With everyone else answering all eight: mean_P = 2 (n·M/25 − T/8 + n), T = Σ n_i·m_i.
    const attack = (n: number, m: number, items: ({ n: number; mean: number } | null | undefined)[]) => {
      if (!items.every(Boolean)) return undefined;
      const T = items.reduce((sum, item) => sum + item!.n * item!.mean, 0);
      return (2 * ((n * m) / 25 - T / 8 + n) - 1) * 25;
    };
    const byItem = relationIds.map((id) => {
      const answers = responses.flatMap((r) => (typeof r.answers[id] === 'number' ? [r.answers[id]] : []));
      return { n: answers.length, mean: mean(answers) };
    });
    const scores = responses.map((r) => truth(r, 'relation'));
    expectWorks(attack(scores.length, mean(scores), byItem), truth(halfAnswerer, 'relation'));
    const s = asJson(ok(releaseUnits([{ id: 't', responses }]).units.t))!;
    expectBlocked(
      attack(
        s.scales.relation.n,
        s.scales.relation.mean,
        relationIds.map((id) => s.items[id]),
      ),
      truth(halfAnswerer, 'relation'),
    );
  });
});

describe('attack 2: a parent minus its children', () => {
  /** Every parent figure minus the same figure of its shown children, where a few are left over. */
  function smallRemainders(units: UnitInput[], release: Record<string, UnitSummary>, k: number): string[] {
    const found: string[] = [];
    for (const parent of units) {
      const p = ok(release[parent.id]);
      if (!p) continue;
      const children = units
        .filter((u) => u.parent === parent.id)
        .map((u) => ok(release[u.id]))
        .filter((c) => c !== undefined);
      const figures: [string, (s: TeamSummaryOk) => number | undefined][] = [
        ['n', (s) => s.n],
        ...Object.keys(p.items).map((id): [string, (s: TeamSummaryOk) => number | undefined] => [
          id,
          (s) => s.items[id]?.n,
        ]),
      ];
      for (const [name, count] of figures) {
        const own = count(p);
        if (own === undefined) continue;
        const left = own - children.reduce((sum, c) => sum + (count(c) ?? 0), 0);
        if (left > 0 && left < k && children.every((c) => count(c) !== undefined))
          found.push(`${parent.id} ${name}: ${left}`);
      }
    }
    return found;
  }

  it('a department minus its shown teams never leaves fewer than k', () => {
    const random = createRandom(9);
    for (let round = 0; round < 30; round++) {
      const sizes = Array.from({ length: 4 }, () => Math.floor(random() * 10));
      const units: UnitInput[] = [
        {
          id: 'dept',
          responses: team(100 + round, Math.floor(random() * 3)).map((r) => ({ ...r, id: `d${round}-${r.id}` })),
        },
        ...sizes.map((size, i) => ({
          id: `t${i}`,
          parent: 'dept',
          responses: syntheticTeam(round * 10 + i, size, { ...PROFILES.comfort, skipRate: 0.08 }).map((r) => ({
            ...r,
            id: `${round}-${i}-${r.id}`,
          })),
        })),
      ];
      const release = asJson(releaseUnits(units));
      expect(smallRemainders(units, release.units, 5)).toEqual([]);
    }
  });

  it('a department’s tilt does not give back a respondent whose team lacks their system score', () => {
    const skipper: Response = {
      id: 'skipper',
      answers: answersFor({ relation: 1, administration: 4, safety: 4, standard: 4 }),
    };
    const release = asJson(
      releaseUnits([
        { id: 'dept', responses: [] },
        { id: 'a', parent: 'dept', responses: team(6, 6) },
        { id: 'b', parent: 'dept', responses: [...team(7, 6), skipper] },
      ]),
    );
    const [dept, a, b] = [ok(release.units.dept), ok(release.units.a), ok(release.units.b)];
    let estimate: number | undefined;
    if (dept && a && b) {
      // Relation summed over the department, minus the teams' relation sums.
      const left = dept.scales.relation.n - a.scales.relation.n - b.scales.relation.n;
      if (left > 0)
        estimate =
          (dept.scales.relation.n * dept.scales.relation.mean -
            a.scales.relation.n * a.scales.relation.mean -
            b.scales.relation.n * b.scales.relation.mean) /
          left;
    }
    expectBlocked(estimate, truth(skipper, 'relation'));
  });

  it('a department’s item minus a team’s does not give back the few who answered it in another team', () => {
    const withoutQ01 = (r: Response): Response => {
      const { q01: _dropped, ...answers } = r.answers;
      return { ...r, answers };
    };
    const b = team(9, 8).map((r, i) => (i < 6 ? withoutQ01(r) : r));
    const release = asJson(
      releaseUnits([
        { id: 'dept', responses: [] },
        { id: 'a', parent: 'dept', responses: team(8, 8) },
        { id: 'b', parent: 'dept', responses: b },
      ]),
    );
    const [dept, a] = [ok(release.units.dept), ok(release.units.a)];
    const d = dept?.items.q01;
    const t = a?.items.q01;
    const estimate = d && t ? difference(d.n, d.mean, t.n, t.mean)?.mean : undefined;
    const actual = ((b[6]!.answers.q01 as number) + (b[7]!.answers.q01 as number)) / 2;
    expectBlocked(estimate, actual);
  });
});

describe('attack 3: the same unit, twice', () => {
  it('a second release with one newcomer does not give the newcomer’s score', () => {
    const five = team(10, 5);
    const newcomer = team(11, 1).map((r) => ({ ...r, id: 'newcomer' }))[0]!;
    const atFive = summarizeTeam(five) as TeamSummaryOk;
    const atSix = summarizeTeam([...five, newcomer]) as TeamSummaryOk;
    expectWorks(
      difference(6, atSix.scales.relation.mean, 5, atFive.scales.relation.mean)?.mean,
      truth(newcomer, 'relation'),
    );
    const first = asJson(releaseUnits([{ id: 't', responses: five }]));
    const ledger = Object.entries(first.sets).map(([unit, ids]) => ({ unit, ids: [...ids] }));
    const second = asJson(releaseUnits([{ id: 't', responses: [...five, newcomer] }], { earlier: ledger }));
    const [a, b] = [ok(first.units.t), ok(second.units.t)];
    expect(second.units.t).toMatchObject({ status: 'suppressed', reason: 'ledger' });
    const estimate = a && b ? difference(b.n, b.scales.relation.mean, a.n, a.scales.relation.mean)?.mean : undefined;
    expectBlocked(estimate, truth(newcomer, 'relation'));
  });
});

describe('attack 4: two groupings', () => {
  it('a location that is one team plus one person is not released beside the teams', () => {
    const [a, b] = [team(12, 6), team(13, 6)];
    const teams = asJson(
      releaseUnits([
        { id: 'dept', responses: [] },
        { id: 'a', parent: 'dept', responses: a },
        { id: 'b', parent: 'dept', responses: b },
      ]),
    );
    const ledger = Object.entries(teams.sets).map(([unit, ids]) => ({ unit, ids: [...ids] }));
    const mover = b[0]!;
    const locations = asJson(
      releaseUnits(
        [
          { id: 'all', responses: [] },
          { id: 'oslo', parent: 'all', responses: [...a, mover] },
          { id: 'bergen', parent: 'all', responses: b.slice(1) },
        ],
        { earlier: ledger },
      ),
    );
    const osloUnprotected = summarizeTeam([...a, mover]) as TeamSummaryOk;
    const teamAlone = summarizeTeam(a) as TeamSummaryOk;
    expectWorks(
      difference(7, osloUnprotected.scales.relation.mean, 6, teamAlone.scales.relation.mean)?.mean,
      truth(mover, 'relation'),
    );
    const [teamA, oslo] = [ok(teams.units.a), ok(locations.units.oslo)];
    const estimate =
      teamA && oslo
        ? difference(oslo.n, oslo.scales.relation.mean, teamA.n, teamA.scales.relation.mean)?.mean
        : undefined;
    expectBlocked(estimate, truth(mover, 'relation'));
    expect(locations.units.oslo).toMatchObject({ status: 'suppressed', reason: 'ledger' });
  });
});

describe('attack 5: forged inputs', () => {
  it('a summary edited to claim one respondent is refused, and the report’s k is honoured', () => {
    const real = summarizeTeam(team(14, 6)) as TeamSummaryOk;
    const forged = { ...structuredClone(real), n: 1, required: 1 };
    expect(() => buildReport({ team: forged }, { locale: 'en' })).toThrow(/input\.team\.required/);
    expect(() => buildReport({ team: real }, { locale: 'en', minGroupSize: 7 })).toThrow(
      /input\.team\.required: must be at least options\.minGroupSize \(7\)/,
    );
  });
});

describe('attack 6: side channels', () => {
  const responses = team(15, 7).map((r, i) => ({ ...r, locale: i === 0 ? ('sv' as const) : ('nb' as const) }));
  const release = releaseUnits([{ id: 't', responses }]);
  const report = buildReport({ team: release.units.t! }, { locale: 'en' });

  it('no summary or report carries a response id, a page time or the language someone answered in', () => {
    for (const text of [JSON.stringify(release.units), JSON.stringify(report)]) {
      for (const r of responses) expect(text).not.toContain(r.id);
      expect(text).not.toContain('pageTimes');
      expect(text).not.toContain('"sv"');
    }
  });

  it('the order responses arrived in changes nothing, to the bit', () => {
    const reversed = releaseUnits([{ id: 't', responses: [...responses].reverse() }]);
    expect(JSON.stringify(reversed.units)).toBe(JSON.stringify(release.units));
  });

  it('the respondent sets handed to the ledger are never in a summary', () => {
    expect(Object.keys(release.units.t!)).not.toContain('ids');
    expect(JSON.stringify(release.units)).not.toContain(release.sets.t![0]!);
  });
});
