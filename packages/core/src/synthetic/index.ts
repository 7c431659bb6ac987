/**
 * Seeded synthetic responses for demos, tests, benchmarks and docs. Nothing here is real data:
 * each team has a profile (its true level per scale on the 1–5 scale), each person varies around
 * it, and each answer around the person. The same seed always gives the same answers.
 */
import { instrument as builtIn } from '../instrument/builtin.js';
import type { Instrument } from '../instrument/instrument-schema.js';
import type { Answers, Response } from '../response/response-schema.js';
import { SCALES, type Scale } from '../vocabulary/index.js';

/** A small, fast, seedable PRNG (mulberry32) returning numbers in [0, 1). *
 * @param seed - any number; the same seed gives the same sequence
 * @returns a function giving the next number in [0, 1) at each call
 * @throws Never: it is arithmetic
 */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A team's true level per scale, 1–5, and how much people and answers vary. */
export interface TeamProfile {
  readonly levels: Readonly<Record<Scale, number>>;
  /** SD of a person's level around the team's, in response units (default 0.5). */
  readonly personSd?: number;
  /** SD of an answer around the person's level (default 0.6). */
  readonly itemSd?: number;
  /** Chance that an item is skipped (default 0.03). */
  readonly skipRate?: number;
  /** Chance that an item is answered "cannot answer" (`null`; default 0). */
  readonly cannotAnswerRate?: number;
}

/** Profiles for each zone and balance picture, for demos and tests. */
export const PROFILES = {
  performance: { levels: { relation: 4.2, system: 4.1, administration: 4.2, safety: 4.2, standard: 4.1 } },
  comfort: { levels: { relation: 4.3, system: 2.9, administration: 3.8, safety: 4.3, standard: 2.8 } },
  stress: { levels: { relation: 2.7, system: 4.3, administration: 3.9, safety: 2.7, standard: 4.3 } },
  apathy: { levels: { relation: 2.6, system: 2.6, administration: 2.5, safety: 2.7, standard: 2.6 } },
  borderline: { levels: { relation: 3.7, system: 3.5, administration: 3.9, safety: 3.55, standard: 3.6 } },
} as const satisfies Record<string, TeamProfile>;

const clampAnswer = (x: number): 1 | 2 | 3 | 4 | 5 => Math.min(5, Math.max(1, Math.round(x))) as 1 | 2 | 3 | 4 | 5;

/** One synthetic response drawn from a profile. *
 * @param random - a number source, such as `createRandom(seed)`
 * @param profile - the team profile the answers are drawn around (`PROFILES`)
 * @param extra - fields to set on the response (an `id`, a `form`)
 * @param instrument - the instrument whose items are answered; the built-in one by default
 * @returns one response, a few items skipped as the profile's `skipRate` says
 * @throws Never: it draws numbers
 */
export function syntheticResponse(
  random: () => number,
  profile: TeamProfile,
  extra: Partial<Response> = {},
  instrument: Instrument = builtIn,
): Response {
  const personSd = profile.personSd ?? 0.5;
  const itemSd = profile.itemSd ?? 0.6;
  const skipRate = profile.skipRate ?? 0.03;
  const cannotAnswerRate = profile.cannotAnswerRate ?? 0;
  const person = {} as Record<Scale, number>;
  const shared = normal(random) * personSd * 0.6;
  for (const scale of SCALES) person[scale] = profile.levels[scale] + shared + normal(random) * personSd * 0.8;
  const answers: Answers = {};
  for (const item of instrument.items) {
    if (random() < skipRate) continue;
    // Drawn only when asked for, so the default profiles keep their answers seed for seed.
    if (cannotAnswerRate > 0 && random() < cannotAnswerRate) {
      answers[item.id] = null;
      continue;
    }
    const value = clampAnswer(person[item.scale] + normal(random) * itemSd);
    answers[item.id] = item.reverse ? clampAnswer(6 - value) : value;
  }
  const pages = instrument.pages?.length ?? Math.ceil(instrument.items.length / 8);
  const pageTimes = Array.from({ length: pages }, () => Math.round(25000 + random() * 60000));
  return { form: 'team', answers, pageTimes, ...extra };
}

/** `size` synthetic team responses from a profile, with a fixed seed. *
 * @param seed - the seed of the draw; the same seed gives the same team
 * @param size - how many responses
 * @param profile - the team profile the answers are drawn around (`PROFILES`)
 * @param instrument - the instrument whose items are answered; the built-in one by default
 * @returns `size` responses with ids unique within the team
 * @throws Never: it draws numbers
 */
export function syntheticTeam(
  seed: number,
  size: number,
  profile: TeamProfile,
  instrument: Instrument = builtIn,
): Response[] {
  const random = createRandom(seed);
  return Array.from({ length: size }, (_, i) =>
    syntheticResponse(random, profile, { id: `synthetic-${seed}-${i + 1}` }, instrument),
  );
}

/** One unit of a synthetic department, ready for `releaseUnits` (with its headcount beside it). */
export interface SyntheticUnit {
  readonly id: string;
  readonly parent?: string;
  readonly name: string;
  /** How many were invited. */
  readonly invited: number;
  readonly responses: Response[];
}

/**
 * A sample department for demos, stories and tests: four teams, one in each zone, a small team
 * below the anonymity threshold, and two people who report to the department head directly.
 * Response ids are unique across the department, so the units go straight to `releaseUnits`.
 * Round 1 is the previous round, where South was still in the comfort zone; round 2, the
 * default, has South in the performance zone. The same round always gives the same answers.
 *
 * @param round - 2 for the current round, 1 for the previous one (other answers, same people)
 * @param instrument - the instrument whose items are answered; the built-in one by default
 * @returns the department's units with their responses, ready for `releaseUnits`
 * @throws Never: it draws numbers
 *
 * @example
 * ```ts
 * import { releaseUnits } from '@balanse/core';
 * import { syntheticDepartment } from '@balanse/core/synthetic';
 *
 * const { units } = releaseUnits(syntheticDepartment());
 * Object.values(units).map((u) => (u.status === 'ok' ? u.zone.zone : u.status));
 * // => ['performance', 'comfort', 'performance', 'stress', 'apathy', 'suppressed']
 * ```
 */
export function syntheticDepartment(round: 1 | 2 = 2, instrument: Instrument = builtIn): SyntheticUnit[] {
  const seed = (n: number) => round * 1000 + n;
  const team = (id: string, name: string, n: number, invited: number, profile: TeamProfile, parent = 'sales') => ({
    id,
    parent,
    name,
    invited,
    responses: syntheticTeam(seed(id.length * 31 + n), n, profile, instrument).map((r, i) => ({
      ...r,
      id: `r${round}-${id}-${i + 1}`,
    })),
  });
  const withCannotAnswer = (profile: TeamProfile): TeamProfile => ({ ...profile, cannotAnswerRate: 0.02 });
  const { parent: _none, ...head } = team('sales', 'Sales', 2, 2, PROFILES.performance);
  return [
    head,
    team('north', 'Sales North', 8, 9, withCannotAnswer(PROFILES.comfort)),
    team('south', 'Sales South', 7, 8, round === 1 ? PROFILES.comfort : PROFILES.performance),
    team('west', 'Sales West', 7, 8, PROFILES.stress),
    team('east', 'Sales East', 6, 7, PROFILES.apathy),
    team('central', 'Sales Central', 3, 6, PROFILES.borderline),
  ];
}
