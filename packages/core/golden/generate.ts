/**
 * The golden table: fixed inputs through the whole model (scores → zone → balance → advice, and
 * seller ratings → style), written as markdown a reviewer can read. `golden.test.ts` fails when
 * the committed golden.md differs from what the code produces now; regenerate it on purpose with
 * `pnpm --filter @balanse/core golden` and review the diff.
 */
import {
  adviseTeam,
  compareSelf,
  recommendStyle,
  summarizeTeam,
  type Response,
  type Scale,
  type SellerInput,
  type TeamSummaryOk,
} from '../src/index.js';
import { answersFor } from '../src/test-utils/index.js';
import { createRandom, PROFILES, syntheticResponse, syntheticTeam, type TeamProfile } from '../src/synthetic/index.js';

const f = (v: number) => v.toFixed(1);
const est = (s: TeamSummaryOk, scale: Scale) => {
  const e = s.scales[scale];
  return e ? `${f(e.mean)} ±${f(e.halfWidth)}` : '—';
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
  { name: 'four respondents (suppressed)', responses: syntheticTeam(9, 4, PROFILES.performance) },
];

function teamTable(): string {
  const rows = [
    '| team | n | relation | system | administration | safety | standard | zone | candidates | foundation | tilt | lean | force | profile | expected zone | advice |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of TEAM_CASES) {
    const s = summarizeTeam(c.responses);
    if (s.status !== 'ok') {
      rows.push(`| ${c.name} | ${s.responded} | suppressed (k = ${s.required}) | | | | | | | | | | | | | |`);
      continue;
    }
    const z = s.zone;
    const b = s.balance;
    const advice = adviseTeam(s);
    const topics = advice.status === 'ok' ? advice.advice.map((a) => a.topic).join(', ') || '—' : '—';
    rows.push(
      `| ${c.name} | ${s.n} | ${est(s, 'relation')} | ${est(s, 'system')} | ${est(s, 'administration')} | ${est(s, 'safety')} | ${est(s, 'standard')} | ${z?.zone ?? '—'} | ${z ? z.candidates.join(' / ') : '—'} | ${b?.foundation ?? '—'} | ${b ? f(b.tilt) : '—'} | ${b?.lean ?? '—'} | ${b?.force ?? '—'} | ${b?.profile ?? '—'} | ${b?.expectedZone ?? '—'} | ${topics} |`,
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
];

function styleTable(): string {
  const rows = [
    '| seller | competence | commitment | flags | style | relation / system | levers | reasons |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, input] of SELLERS) {
    const r = recommendStyle(input);
    const flags = (['newInRole', 'comfortZone', 'lowEnergy'] as const).filter((k) => input[k]).join(', ') || '—';
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
      const g = c.scales[scale]!;
      rows.push(
        `| ${scale} | ${f(g.self)} | ${f(g.team)} | ${f(g.gap)} | ${g.meaningful ? 'yes' : 'no'} | ${g.large ? 'yes' : 'no'} | ${g.label} |`,
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
    'drifts. Scores are 0–100 team means ± the 80 % half-width; the cut is 62.5; k = 5. Synthetic teams use',
    '`syntheticTeam(seed, n, PROFILES.<name>)` from `@balanse/core/synthetic`.',
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
  ].join('\n');
}
