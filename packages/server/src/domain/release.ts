/**
 * The release of a round's results, when it closes (ANONYMITY.md R5: each unit once). Every
 * figure comes from core over the whole tree, so differencing is checked against every sibling;
 * the server adds no rule of its own. What is stored: each unit's summary (a released report
 * never changes) and its respondent set (the ledger; never shown).
 */
import { summarizeUnits, type Response, type UnitSummary } from '@balanse/core';

export interface TreeUnit {
  readonly id: string;
  readonly parent: string | null;
}

export interface Release {
  readonly summaries: Record<string, UnitSummary>;
  /** Per unit that shows figures, the ids of the responses they count. */
  readonly sets: Record<string, string[]>;
}

/**
 * Summarises every unit of the tree through core. Until core's `releaseUnits` (with the ledger
 * of earlier releases) is on main, `summarizeUnits` makes the figures, and a unit's set is every
 * response in it and below it: what a parent's figures pool.
 */
export function releaseRound(
  tree: readonly TreeUnit[],
  responsesByUnit: ReadonlyMap<string, readonly Response[]>,
  minGroupSize: number,
): Release {
  const summaries = summarizeUnits(
    tree.map((u) => ({
      id: u.id,
      ...(u.parent ? { parent: u.parent } : {}),
      responses: responsesByUnit.get(u.id) ?? [],
    })),
    { minGroupSize },
  );
  const children = new Map<string, string[]>();
  for (const u of tree) if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u.id]);
  const pooled = (id: string): string[] => [
    ...(responsesByUnit.get(id) ?? []).map((r) => r.id!),
    ...(children.get(id) ?? []).flatMap(pooled),
  ];
  const sets: Record<string, string[]> = {};
  for (const u of tree) if (summaries[u.id]?.status === 'ok') sets[u.id] = pooled(u.id);
  return { summaries, sets };
}
