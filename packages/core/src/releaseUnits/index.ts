import { at } from '../_lib/at.js';
import * as z from 'zod/mini';
import type { ReleasedSet } from '../anonymity/ledger.js';
import { BalanseError, parseWith } from '../errors/index.js';
import type { BalanseOptions } from '../options/index.js';
import { resolveScoringOptions, type ScoringOptions } from '../options/scoring.js';
import { scoringOptionsForTags } from '../options/versioned.js';
import { text } from '../_lib/schema-builders/index.js';
import { releasedIds, releaseTree, scoreTeamResponses, type ScoredUnit, type UnitSummary } from './release.js';

export type { SuppressedUnitSummary, UnitSummary } from './release.js';

/** One unit of an organisation: its id, its parent's id, and the responses given in it. */
export interface UnitInput {
  id: string;
  parent?: string;
  responses: readonly unknown[];
}

/** Options of `releaseUnits`: any `BalanseOptions`, and the ledger of the round's earlier releases. */
export type ReleaseOptions = BalanseOptions & {
  /** The respondent sets of the round's earlier releases, by response id (ANONYMITY.md R5). */
  earlier?: readonly ReleasedSet[];
};

/** What `releaseUnits` returns. */
export interface Release {
  /** Per unit id: its summary, or why it shows participation only. */
  readonly units: Readonly<Record<string, UnitSummary>>;
  /**
   * Per unit id that shows figures: the ids of the responses they count, to record in the
   * ledger (R5). Never show them: they say which responses are in which unit.
   */
  readonly sets: Readonly<Record<string, readonly string[]>>;
}

const UNIT_ID_RULE = 'must be a unit id of at most 100 characters';
const UnitsSchema = z.array(
  z.object({
    id: text(100),
    parent: z.optional(z.string({ error: UNIT_ID_RULE })),
    responses: z.array(z.unknown(), { error: 'must be an array of responses' }),
  }),
  { error: 'must be an array of units { id, parent?, responses }' },
);
const EarlierSchema = z.array(
  z.object({ unit: text(100), ids: z.array(text(200), { error: 'must be an array of response ids' }) }),
  { error: 'must be an array of released sets { unit, ids }' },
);

/**
 * Validates units into a tree: unique ids, known parents, no cycles; every response scored, and
 * with `requireIds` every response carrying an id that no other response has. Unless the caller
 * chose an instrument, the responses' own tags choose the built-in version (all must name the
 * same one); the options actually used come back with the units.
 */
export function scoreUnits(
  units: unknown,
  given: ScoringOptions,
  requireIds: boolean,
): { scored: ScoredUnit[]; o: ScoringOptions } {
  const valid = parseWith(UnitsSchema, units, 'units');
  const all: unknown[] = [];
  const paths: string[] = [];
  valid.forEach((unit, i) =>
    unit.responses.forEach((response, j) => {
      all.push(response);
      paths.push(`units[${i}].responses[${j}]`);
    }),
  );
  const o = scoringOptionsForTags(given, all, (n) => at(paths, n));
  const index = new Map<string, number>();
  valid.forEach((unit, i) => {
    if (index.has(unit.id)) throw new BalanseError('invalid_input', `units[${i}].id`, 'must be unique', unit.id);
    index.set(unit.id, i);
  });
  // Every parent is known before any walk up, so a walk never meets an unknown id.
  const parents = valid.map((unit, i): number => {
    if (unit.parent === undefined) return -1;
    const p = index.get(unit.parent);
    if (p === undefined) {
      throw new BalanseError('invalid_input', `units[${i}].parent`, 'must be the id of another unit', unit.parent);
    }
    return p;
  });
  valid.forEach((unit, i) => {
    // Walk up; a unit met twice means a cycle (ids are unique, so indices stand for them).
    const seen = new Set<number>([i]);
    for (let p = at(parents, i); p >= 0; p = at(parents, p)) {
      if (seen.has(p))
        throw new BalanseError('invalid_input', `units[${i}].parent`, 'must not form a cycle', unit.parent);
      seen.add(p);
    }
  });
  const where = new Map<string, string>();
  const scored = valid.map((unit, i): ScoredUnit => {
    const root = `units[${i}].responses`;
    const { scores, responseIds } = scoreTeamResponses(unit.responses, o, root);
    if (requireIds) {
      let j = 0;
      for (const response of unit.responses as { id?: unknown; form?: unknown }[]) {
        const path = `${root}[${j++}].id`;
        if (response.id === undefined)
          throw new BalanseError('invalid_input', path, 'must be given: the ledger counts responses by id', undefined);
        const id = response.id as string;
        const other = where.get(id);
        // One response in two units would be counted twice: in two sibling units, or in two groupings.
        if (other !== undefined)
          throw new BalanseError('invalid_input', path, `must be unique, but is also in unit "${other}"`, id);
        where.set(id, unit.id);
      }
    }
    return { id: unit.id, parent: at(parents, i), scores, responseIds };
  });
  return { scored, o };
}

/**
 * Releases an organisation's results under the release rules of ANONYMITY.md, as a survey server
 * does when a round closes: `summarizeUnits`, plus the ledger. Every response needs an opaque
 * `id`, unique across the units. `options.earlier` holds the respondent sets of the round's
 * earlier releases; a unit whose set differs from one of them by fewer than k is refused with
 * `reason: 'ledger'` (show its earlier release, if it had one). `sets` gives, per unit shown, the
 * response ids its figures count: record them in the ledger, never show them.
 *
 * @param units - every unit with its responses (each with an `id`, unique across the units) and, below the top, its `parent`'s id
 * @param options - model options and `earlier`, the ledger of the round's earlier releases
 * @returns the summaries by unit id, and per unit shown the response ids its figures count (`sets`: for the ledger, never to show)
 * @throws {BalanseError} as `summarizeUnits`, and `invalid_input` when a response has no `id`, an id is in two units, or `options.earlier` is malformed
 *
 * @example
 * ```ts
 * import { releaseUnits } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const units = [{ id: 'north', responses: syntheticTeam(1, 6, PROFILES.performance) }];
 * const first = releaseUnits(units);
 * first.units.north?.status; // => 'ok'
 * const ledger = [{ unit: 'north', ids: [...first.sets.north!] }];
 * // The same team again with one more person: the newcomer's answers would fall out.
 * const grown = [{ id: 'north', responses: syntheticTeam(1, 7, PROFILES.performance) }];
 * releaseUnits(grown, { earlier: ledger }).units.north; // => { status: 'suppressed', responded: 7, required: 5, reason: 'ledger' }
 * ```
 */
export function releaseUnits(units: readonly UnitInput[], options?: ReleaseOptions): Release {
  const { earlier, ...model } = options ?? {};
  const ledger = earlier === undefined ? undefined : parseWith(EarlierSchema, earlier, 'options.earlier');
  const { scored, o } = scoreUnits(units, resolveScoringOptions(options === undefined ? undefined : model), true);
  const { summaries, sets } = releaseTree(scored, o, ledger);
  const out: Record<string, UnitSummary> = {};
  const released: Record<string, readonly string[]> = {};
  scored.forEach((unit, u) => {
    out[unit.id] = at(summaries, u);
    const set = sets[u];
    // scoreUnits(…, true) refused any response without an id.
    if (set) released[unit.id] = releasedIds(set);
  });
  return { units: out, sets: released };
}
