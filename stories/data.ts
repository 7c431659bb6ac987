/**
 * The stories' data, made the way a host makes it: seeded synthetic teams from
 * `@balanse/core/synthetic`, summarised, classified and turned into reports by core. No number
 * here is written by hand. A story that needs a particular picture (a borderline team, a weak
 * foundation) asks for the first seed whose summary shows it, so the stories keep their meaning
 * if the model's constants change.
 */
import {
  assessBalance,
  buildReport,
  compareSelf,
  releaseUnits,
  instrument,
  recommendStyle,
  STYLES,
  summarizeTeam,
  type Answers,
  type BalanceAssessment,
  type Locale,
  type Report,
  type SellerInput,
  type Style,
  type TeamSummaryOk,
  type ZoneClassification,
} from '@balanse/core';
import {
  createRandom,
  PROFILES,
  syntheticDepartment,
  syntheticResponse,
  syntheticTeam,
  type TeamProfile,
} from '@balanse/core/synthetic';

export { PROFILES };

/** How many seeds a search tries before it gives up. */
const SEEDS = 300;

/** The summary of the first seeded team of `size` from `profile` for which `where` holds. */
export function findTeam(
  profile: TeamProfile,
  size: number,
  where: (summary: TeamSummaryOk) => boolean,
): TeamSummaryOk {
  for (let seed = 1; seed <= SEEDS; seed++) {
    const summary = summarizeTeam(syntheticTeam(seed, size, profile));
    if (summary.status === 'ok' && where(summary)) return summary;
  }
  throw new Error(`No seed up to ${SEEDS} gives a team of ${size} with the asked-for summary.`);
}

const memo = new Map<string, unknown>();
/** Computes a value once per page: stories re-render on every control change. */
export function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/** A team of 8 whose zone is clear: its interval lies on one side of the cut on both axes. */
export const clearTeam = (zone: keyof typeof PROFILES & ZoneClassification['zone']): TeamSummaryOk =>
  once(`clear-${zone}`, () => findTeam(PROFILES[zone], 8, (s) => s.zone.zone === zone && !s.zone.borderline));

/** A team borderline on exactly one axis (safety): two candidate zones. */
export const borderlineTeam = (): TeamSummaryOk =>
  once('borderline-one', () =>
    findTeam(
      PROFILES.performance,
      8,
      (s) => s.zone.safety.reading === 'borderline' && s.zone.standard.reading !== 'borderline' && !s.zone.safety.split,
    ),
  );

/** A team near the centre: borderline on both axes, so any zone is possible. */
export const centreTeam = (): TeamSummaryOk =>
  once('centre', () => findTeam(PROFILES.borderline, 8, (s) => s.zone.candidates.length >= 3));

/** A team that is split on one axis: low agreement or polarised answers. */
export const splitTeam = (): TeamSummaryOk =>
  once('split', () =>
    findTeam(PROFILES.comfort, 8, (s) => (s.zone.safety.split || s.zone.standard.split) && !s.zone.borderline),
  );

/** The leader's own self-form response (seeded; the leader sees the team as performing). */
export const selfResponse = () =>
  once('self', () => syntheticResponse(createRandom(3), PROFILES.performance, { form: 'self', id: 'leader-self' }));

/** Where the leader places the team, from core's comparison of the self form with the team. */
export function selfZone(team: TeamSummaryOk): ZoneClassification | null {
  const comparison = compareSelf(selfResponse(), team);
  return comparison.status === 'ok' ? comparison.selfZone : null;
}

/** A team whose balance shows what `where` asks for, searched across the profiles. */
export function balanceWhere(key: string, where: (b: BalanceAssessment) => boolean): BalanceAssessment {
  return once(`balance-${key}`, () => {
    for (const profile of Object.values(PROFILES)) {
      try {
        return findTeam(profile, 8, (s) => where(s.balance)).balance;
      } catch {
        // try the next profile
      }
    }
    throw new Error(`No synthetic team has the balance "${key}".`);
  });
}

/** A board read from the team's scale means by `assessBalance` itself (as a host without a Report would). */
export function balanceOf(team: TeamSummaryOk): BalanceAssessment {
  const estimate = (scale: 'relation' | 'system' | 'administration') => {
    const { mean, halfWidth } = team.scales[scale];
    return { mean, halfWidth };
  };
  return assessBalance({
    relation: estimate('relation'),
    system: estimate('system'),
    administration: estimate('administration'),
  });
}

// ── Style advisor ───────────────────────────────────────────────────────────────────────────────

type Pair = readonly [1 | 2 | 3 | 4 | 5, 1 | 2 | 3 | 4 | 5];
interface SellerEntry {
  id: string;
  name: string;
  competence: Pair;
  commitment: Pair;
  newInRole: boolean;
  comfortZone: boolean;
  lowEnergy: boolean;
}

const NAMES = ['Kari', 'Ola', 'Ingrid', 'Jonas', 'Sara', 'Emil'];

/**
 * Sellers as a leader would rate them, one per style: seeded ratings, kept when core's
 * `recommendStyle` gives the style wanted. The ratings are a leader's inputs, not statistics.
 */
export function sellerFor(style: Style, index = STYLES.indexOf(style)): SellerEntry {
  return once(`seller-${style}-${index}`, () => {
    const random = createRandom(100 + index);
    const rate = () => (1 + Math.floor(random() * 5)) as Pair[number];
    for (let attempt = 0; attempt < 500; attempt++) {
      const seller: SellerEntry = {
        id: `story-${style}-${index}`,
        name: NAMES[index % NAMES.length] ?? `Seller ${index + 1}`,
        competence: [rate(), rate()],
        commitment: [rate(), rate()],
        newInRole: random() < 0.3,
        comfortZone: random() < 0.3,
        lowEnergy: random() < 0.15,
      };
      const input: SellerInput = { ...seller, competence: [...seller.competence], commitment: [...seller.commitment] };
      if (recommendStyle(input).style === style) return seller;
    }
    throw new Error(`No seeded seller gets the style ${style}.`);
  });
}

/** A seller as `buildReport` takes it. */
const toReportSeller = ({ name, competence, commitment, newInRole, comfortZone, lowEnergy }: SellerEntry) => ({
  name,
  competence: [...competence],
  commitment: [...commitment],
  newInRole,
  comfortZone,
  lowEnergy,
});

// ── Reports ─────────────────────────────────────────────────────────────────────────────────────

const REPORT_DATE = '2026-03-02';

/** The leader's private report of a team: self form and the style advisor's sellers included. */
export function leaderReport(locale: Locale): Report {
  return once(`leader-report-${locale}`, () =>
    buildReport(
      {
        team: clearTeam('comfort'),
        self: selfResponse(),
        sellers: STYLES.map((style) => toReportSeller(sellerFor(style))),
      },
      { locale, teamName: 'Salg Nord', invited: 9, generatedAt: REPORT_DATE },
    ),
  );
}

/** The team's version: no self form's private parts, no sellers. */
export function teamReport(locale: Locale): Report {
  return once(`team-report-${locale}`, () =>
    buildReport(
      { team: clearTeam('performance') },
      { locale, teamName: 'Salg Vest', invited: 10, generatedAt: REPORT_DATE },
    ),
  );
}

/** Too few answers (3 of 7): participation only. */
export function suppressedReport(locale: Locale): Report {
  return once(`suppressed-report-${locale}`, () =>
    buildReport(
      { team: summarizeTeam(syntheticTeam(11, 3, PROFILES.comfort)) },
      { locale, teamName: 'Salg Øst', invited: 7, generatedAt: REPORT_DATE },
    ),
  );
}

/** A team whose zone is borderline. */
export function borderlineReport(locale: Locale): Report {
  return once(`borderline-report-${locale}`, () =>
    buildReport(
      { team: borderlineTeam(), self: selfResponse() },
      { locale, teamName: 'Salg Midt', invited: 8, generatedAt: REPORT_DATE },
    ),
  );
}

/** A team whose administration foundation is weak. */
export function weakFoundationReport(locale: Locale): Report {
  return once(`weak-report-${locale}`, () =>
    buildReport(
      { team: findTeam(PROFILES.apathy, 8, (s) => s.balance.foundation === 'weak') },
      { locale, teamName: 'Salg Sør', invited: 9, generatedAt: REPORT_DATE },
    ),
  );
}

/**
 * A team where the release rules leave figures out: one person answered too few of the
 * clear-expectations items, a few skipped two questions, and two straight-lined (flagged), so the
 * characteristic, those items and the line without flagged responses are hidden, each with why.
 */
export function hiddenFiguresReport(locale: Locale): Report {
  return once(`hidden-figures-report-${locale}`, () => {
    const responses = syntheticTeam(23, 9, { ...PROFILES.performance, skipRate: 0 }).map((r, i) => {
      const skipped = new Set([...(i === 0 ? ['q02', 'q08', 'q22'] : []), ...(i < 2 ? ['q05', 'q16'] : [])]);
      return { ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([id]) => !skipped.has(id))) };
    });
    const flagged = ([4, 5] as const).map((value) => ({ form: 'team' as const, answers: answersAll(value) }));
    return buildReport(
      { team: summarizeTeam([...responses, ...flagged]), self: selfResponse() },
      { locale, teamName: 'Salg Nord', invited: 12, generatedAt: REPORT_DATE },
    );
  });
}

const answersAll = (value: 1 | 2 | 3 | 4 | 5): Answers =>
  Object.fromEntries(instrument.items.map((item) => [item.id, value]));

/** The department's overview: three units, one of them too small to show. */
export function departmentReport(locale: Locale): Report {
  return once(`department-report-${locale}`, () =>
    buildReport(
      {
        team: clearTeam('comfort'),
        department: {
          name: 'Salg',
          units: [
            { id: 'north', name: 'Nord', summary: clearTeam('comfort') },
            { id: 'west', name: 'Vest', summary: clearTeam('performance') },
            { id: 'east', name: 'Øst', summary: summarizeTeam(syntheticTeam(41, 3, PROFILES.stress)) },
          ],
        },
      },
      { locale, teamName: 'Salg Nord', invited: 9, generatedAt: REPORT_DATE },
    ),
  );
}

/** The released summary of unit `id`: every unit given to releaseUnits comes back, shown or suppressed. */
function released<T>(units: Readonly<Record<string, T>>, id: string): T {
  const summary = units[id];
  if (summary === undefined) throw new Error(`stories/data.ts: releaseUnits returned no unit "${id}"`);
  return summary;
}

/**
 * The sample department released as a server releases it: four teams, one in each zone, and a
 * fifth too small to show; with the previous round of the same department beside it.
 */
export function departmentWithPreviousReport(locale: Locale): Report {
  return once(`department-previous-report-${locale}`, () => {
    const now = releaseUnits(syntheticDepartment(2)).units;
    const before = releaseUnits(syntheticDepartment(1)).units;
    const teams = syntheticDepartment(2).filter((u) => u.parent === 'sales');
    return buildReport(
      {
        team: released(now, 'sales'),
        department: {
          name: 'Salg',
          units: teams.map((u) => ({ id: u.id, name: u.name, invited: u.invited, summary: released(now, u.id) })),
        },
        previous: { summary: released(before, 'sales'), round: '2025' },
      },
      { locale, teamName: 'Salg', invited: 40, generatedAt: REPORT_DATE },
    );
  });
}

// ── Survey ──────────────────────────────────────────────────────────────────────────────────────

/** One respondent's answers (seeded synthetic, a performance-zone team member): the first `count` items. */
export function answersOf(count: number): Answers {
  const all = once(
    'respondent',
    () => syntheticResponse(createRandom(7), { ...PROFILES.performance, skipRate: 0 }).answers,
  );
  const answers: Answers = {};
  for (const item of instrument.items.slice(0, count)) {
    const value = all[item.id];
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}
