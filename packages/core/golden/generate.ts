/**
 * The golden table: fixed inputs through the whole model (scores → zone → balance → advice, and
 * seller ratings → style), written as markdown a reviewer can read. `golden.test.ts` fails when
 * the committed golden.md differs from what the code produces now; regenerate it on purpose with
 * `pnpm --filter @balanse/core golden` and review the diff.
 */
import {
  adviseTeam,
  buildReport,
  compareSelf,
  recommendStyle,
  summarizeTeam,
  type Response,
  type Scale,
  type SellerInput,
  type TeamSummaryOk,
} from '../src/index.js';
import { at } from '../src/_lib/at.js';
import { answersFor } from '../src/test-utils/index.js';
import { createRandom, PROFILES, syntheticResponse, syntheticTeam, type TeamProfile } from '../src/synthetic/index.js';

const f = (v: number) => v.toFixed(1);
const est = (s: TeamSummaryOk, scale: Scale) => {
  const e = s.scales[scale];
  return `${f(e.mean)} ±${f(e.halfWidth)}`;
};

interface TeamCase {
  name: string;
  responses: Response[];
}

const uniform = (levels: Record<Scale, number>, n: number): Response[] =>
  Array.from({ length: n }, () => ({ answers: answersFor(levels) }));
const split = (scale: Scale, n: number, base: number): Response[] =>
  Array.from({ length: n }, (_, i) => ({
    answers: answersFor({
      relation: base,
      system: base,
      administration: base,
      safety: base,
      standard: base,
      [scale]: i % 2 === 0 ? 5 : 1,
    }),
  }));

/**
 * Six people whose safety and administration scores average exactly 62.5 over 8, 6 and 5
 * answered items: summed person by person in floating point this gave 62.49999999999999.
 */
function atTheCut(): Response[] {
  const people: [number, number][] = [
    [28, 8],
    [29, 6],
    [31, 8],
    [33, 8],
    [10, 5],
    [16, 6],
  ];
  return people.map(([sum, answered]) => {
    const values: (1 | 2 | 3 | 4 | 5)[] = Array.from({ length: answered }, () => 1);
    for (let left = sum - answered, i = 0; left > 0; i = (i + 1) % answered) {
      const v = at(values, i);
      if (v < 5) {
        values[i] = (v + 1) as 1 | 2 | 3 | 4 | 5;
        left--;
      }
    }
    return { answers: answersFor({ relation: 4, system: 4, administration: values, safety: values, standard: 4 }) };
  });
}

const TEAM_CASES: TeamCase[] = [
  ...(Object.entries(PROFILES) as [string, TeamProfile][]).map(([name, profile], i) => ({
    name: `synthetic ${name} (seed ${i + 1}, n 8)`,
    responses: syntheticTeam(i + 1, 8, profile),
  })),
  {
    name: 'all answers 4 (n 5)',
    responses: uniform({ relation: 4, system: 4, administration: 4, safety: 4, standard: 4 }, 5),
  },
  {
    name: 'weak foundation (n 6)',
    responses: uniform({ relation: 4, system: 4, administration: 2, safety: 4, standard: 4 }, 6),
  },
  {
    name: 'system-led, stress (n 6)',
    responses: uniform({ relation: 2, system: 5, administration: 4, safety: 2, standard: 5 }, 6),
  },
  { name: 'split on safety (n 6)', responses: split('safety', 6, 4) },
  {
    name: 'half safe, half demanding: T = D = 75 (n 6)',
    responses: [
      ...uniform({ relation: 4, system: 4, administration: 4, safety: 5, standard: 3 }, 3),
      ...uniform({ relation: 4, system: 4, administration: 4, safety: 3, standard: 5 }, 3),
    ],
  },
  {
    name: 'only system low (n 6)',
    responses: uniform({ relation: 4, system: 3, administration: 4, safety: 4, standard: 4 }, 6),
  },
  {
    name: 'strong on both, leaning to relation (n 6)',
    responses: [
      ...uniform({ relation: 5, system: 4, administration: 4, safety: 4, standard: 4 }, 3),
      ...Array.from({ length: 3 }, () => ({
        answers: answersFor({
          relation: 5,
          system: [4, 4, 4, 4, 4, 4, 5, 5],
          administration: 4,
          safety: 4,
          standard: 4,
        }),
      })),
    ],
  },
  { name: 'mean exactly at the cut, 62.5 (n 6)', responses: atTheCut() },
  { name: 'four respondents (suppressed)', responses: syntheticTeam(9, 4, PROFILES.performance) },
];

/** Safety + standard with its reading: the lower of the two team means, in place from the cut (§8.12). */
function safetyAndStandard(s: TeamSummaryOk): string {
  const c = adviseTeam(s);
  const row = c.status === 'ok' ? c.characteristics.find((x) => x.characteristic === 'safetyAndStandard') : undefined;
  return row ? `${f(row.score)} (${row.present ? 'in place' : 'develop'})` : '—';
}

/** The linking table's match for a team's report. */
function linkingMatch(s: TeamSummaryOk): string {
  const linking = buildReport({ team: s }, { locale: 'en' }).linking;
  if (!linking) throw new Error('a report of an ok summary has no linking section');
  return linking.match;
}

function teamTable(): string {
  const rows = [
    '| team | n | relation | system | administration | safety | standard | zone | candidates | foundation | tilt | lean | force | profile | expected zone | linking | safety + standard | advice |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of TEAM_CASES) {
    const s = summarizeTeam(c.responses);
    if (s.status !== 'ok') {
      rows.push(`| ${c.name} | ${s.responded} | suppressed (k = ${s.required}) | | | | | | | | | | | | | | | |`);
      continue;
    }
    const z = s.zone;
    const b = s.balance;
    const advice = adviseTeam(s);
    const topics = advice.status === 'ok' ? advice.advice.map((a) => a.topic).join(', ') || '—' : '—';
    rows.push(
      `| ${c.name} | ${s.n} | ${est(s, 'relation')} | ${est(s, 'system')} | ${est(s, 'administration')} | ${est(s, 'safety')} | ${est(s, 'standard')} | ${z.zone} | ${z.candidates.join(' / ')} | ${b.foundation} | ${f(b.tilt)} | ${b.lean} | ${b.force ?? '—'} | ${b.profile ?? '—'} | ${b.expectedZone} | ${linkingMatch(s)} | ${safetyAndStandard(s)} | ${topics} |`,
    );
  }
  return rows.join('\n');
}

const SELLERS: [string, SellerInput][] = [
  ['new and insecure', { competence: [2, 2], commitment: [2, 2], newInRole: true }],
  ['unskilled but keen', { competence: [2, 3], commitment: [4, 5] }],
  ['experienced, comfort zone', { competence: [5, 4], commitment: [4, 4], comfortZone: true }],
  ['competent, unmotivated', { competence: [4, 4], commitment: [2, 3] }],
  ['competent, self-driven', { competence: [4, 5], commitment: [4, 4] }],
  ['self-driven, low energy', { competence: [4, 5], commitment: [4, 4], lowEnergy: true }],
  ['comfort zone, low energy', { competence: [4, 4], commitment: [3, 4], comfortZone: true, lowEnergy: true }],
  ['on the cut (3.5 / 3.5)', { competence: [3, 4], commitment: [3, 4] }],
  ['new, competent, unsure', { competence: [4, 4], commitment: [2, 2], newInRole: true }],
  ['new, competent, self-driven', { competence: [4, 5], commitment: [4, 4], newInRole: true }],
  ['unskilled, in the comfort zone', { competence: [2, 2], commitment: [2, 2], comfortZone: true }],
  ['comfort zone, low commitment', { competence: [4, 4], commitment: [2, 2], comfortZone: true }],
  ['below own level, cause unknown', { competence: [4, 5], commitment: [4, 4], belowLevel: true }],
  ['below own level, unskilled', { competence: [2, 2], commitment: [4, 4], belowLevel: true }],
];

function styleTable(): string {
  const rows = [
    '| seller | competence | commitment | flags | style | relation / system | levers | reasons |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, input] of SELLERS) {
    const r = recommendStyle(input);
    const flags =
      (['newInRole', 'comfortZone', 'belowLevel', 'lowEnergy'] as const).filter((k) => input[k]).join(', ') || '—';
    rows.push(
      `| ${name} | ${f(r.competence.rating)} | ${f(r.commitment.rating)} | ${flags} | ${r.style} | ${r.pressure.relation} / ${r.pressure.system} | ${r.levers.map((l) => `${l.observation} → ${l.lever}`).join(', ') || '—'} | ${r.reasons.join(', ')} |`,
    );
  }
  return rows.join('\n');
}

function gapTable(): string {
  const team = summarizeTeam(syntheticTeam(1, 8, PROFILES.comfort)) as TeamSummaryOk;
  const self = syntheticResponse(createRandom(77), PROFILES.performance, { form: 'self' });
  const c = compareSelf(self, team);
  const rows = ['| scale | self | team | gap | meaningful | large | label |', '|---|---|---|---|---|---|---|'];
  if (c.status === 'ok') {
    for (const scale of c.order) {
      const g = c.scales[scale];
      if (!g) throw new Error(`compareSelf ordered ${scale} without its gap`);
      rows.push(
        `| ${scale} | ${f(g.self)} | ${f(g.team)} | ${f(g.gap)} | ${g.meaningful ? 'yes' : 'no'} | ${g.large ? 'yes' : 'no'} | ${g.label} |`,
      );
    }
  }
  return rows.join('\n');
}

/** Two rounds of one team, each summarised on its own (separate respondent sets, ANONYMITY.md R5). */
const ROUNDS: [string, Response[], Response[]][] = [
  ['the same answers twice', syntheticTeam(21, 8, PROFILES.comfort), syntheticTeam(21, 8, PROFILES.comfort)],
  ['comfort, then performance', syntheticTeam(22, 8, PROFILES.comfort), syntheticTeam(23, 8, PROFILES.performance)],
  ['two draws of one comfort team', syntheticTeam(24, 6, PROFILES.comfort), syntheticTeam(25, 6, PROFILES.comfort)],
];

function changeTable(): string {
  const rows = [
    '| rounds | scale | before | now | change | interval | reading | zone move |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, before, now] of ROUNDS) {
    const report = buildReport(
      { team: summarizeTeam(now), previous: { summary: summarizeTeam(before) } },
      { locale: 'en' },
    );
    const p = report.previous;
    if (!p?.zone) throw new Error(`${name}: the report has no previous round or no zone move`);
    const zone = p.zone;
    for (const c of p.scales) {
      rows.push(
        `| ${name} | ${c.scale} | ${f(c.previous)} | ${f(c.current)} | ${f(c.change)} | ${f(c.interval[0])} to ${f(c.interval[1])} | ${c.clear ? c.direction : 'no clear change'} | ${zone.from} → ${zone.to}${zone.moved ? (zone.clear ? ' (clear)' : ' (within the uncertainty)') : ''} |`,
      );
    }
  }
  return rows.join('\n');
}

export function goldenMarkdown(): string {
  return [
    '# Golden table',
    '',
    'Generated by `packages/core/golden/generate.ts` (`pnpm --filter @balanse/core golden`); a test fails when it',
    'drifts. Scores are 0–100 team means ± the 80 % half-width; the cut is 62.5 and a score equal to it counts as high;',
    'k = 5. Force is read only on a board that does not lean, a profile only on one that does (§8.11); safety +',
    'standard is the lower of the two team means (§8.12); linking compares the expected zone with the team’s.',
    'Synthetic teams use `syntheticTeam(seed, n, PROFILES.<name>)` from `@balanse/core/synthetic`.',
    '',
    '## Teams: scores → zone → balance → advice',
    '',
    teamTable(),
    '',
    '## Sellers: ratings → style (INSTRUMENT.md §8.14)',
    '',
    styleTable(),
    '',
    '## Leader versus team: a performance-minded self form beside the comfort-zone team (§8.13)',
    '',
    gapTable(),
    '',
    '## Change since the previous round: Welch interval of the difference, 5-point floor',
    '',
    changeTable(),
    '',
  ].join('\n');
}
