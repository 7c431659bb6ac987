/**
 * The release of a round's results, when it closes (ANONYMITY.md R5: each unit once). Every
 * figure comes from core's `releaseUnits` over the whole tree, so differencing is checked against
 * every sibling, and the round's ledger (the respondent sets of its earlier releases) goes with
 * it; the server adds no rule of its own. What is stored: each unit's summary (a released report
 * never changes) and the set its figures count (the ledger; never shown).
 */
import { builtInInstrument, releaseUnits, type ReleasedSet, type Response, type UnitSummary } from '@balanse/core';

export interface TreeUnit {
  readonly id: string;
  readonly parent: string | null;
}

export interface Release {
  readonly summaries: Readonly<Record<string, UnitSummary>>;
  /** Per unit that shows figures, the ids of the responses they count. */
  readonly sets: Readonly<Record<string, readonly string[]>>;
}

/**
 * Releases every unit of the tree through core, scored under the instrument version the round
 * opened with (a round opened before an upgrade keeps its own wording and scoring). `earlier` is
 * the round's ledger: a round closes once, so it is empty today, but a release never ignores it.
 */
export function releaseRound(
  tree: readonly TreeUnit[],
  responsesByUnit: ReadonlyMap<string, readonly Response[]>,
  minGroupSize: number,
  instrumentVersion: string,
  earlier: readonly ReleasedSet[] = [],
): Release {
  const { units, sets } = releaseUnits(
    tree.map((u) => ({
      id: u.id,
      ...(u.parent ? { parent: u.parent } : {}),
      responses: responsesByUnit.get(u.id) ?? [],
    })),
    { minGroupSize, earlier, instrument: builtInInstrument(instrumentVersion) },
  );
  return { summaries: units, sets };
}
