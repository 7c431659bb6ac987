/*
 * Summaries already read through R6 (ANONYMITY.md) by `parseSummary`, sealed so that reading them
 * again costs nothing. R6 distrusts every summary from elsewhere (a server's database, a file, a
 * caller's object) and reads it in full: its shape, then its counts against its own k and each
 * other. That read was most of what building a report cost, and a server builds a report per
 * unit and gives each team to two reports (its own and its department's view).
 *
 * Only `parseSummary` seals. Sealing every summary `summarizeTeam` and `releaseUnits` return
 * would cost them a deep freeze each (measured at 40–140 ms per 1,000 summaries, against
 * 350–470 ms to make them: 10–40 % more) for a saving only callers who build reports in the same
 * process see; a server stores summaries as JSON and reads them back. Such callers can call
 * `parseSummary` on what they keep.
 *
 * A sealed summary is deep-frozen before it is recorded here, so nothing can change it after the
 * check: an assignment throws (core is strict-mode ESM; callers in sloppy mode see it ignored),
 * and a copy (a spread, `structuredClone`, JSON) is a new object that this set has never seen, so
 * it gets the full read. Being in the set is the only mark of trust: no field, symbol or brand a
 * forger could copy onto an object of their own. The set is per copy of core: a summary made by
 * another copy loaded in the same process is read in full, which is slower and as safe.
 */
import type { TeamSummary } from '../summarizeTeam/types.js';

const sealed = new WeakSet();

/**
 * Freezes every object reachable from `value` (summaries are plain JSON-shaped data, without
 * cycles). An object already frozen is walked too: a shallow freeze would leave its children open.
 */
function deepFreeze(value: object): void {
  Object.freeze(value);
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
}

/** Freezes a summary core has read through R6, and records it as needing no second read. */
export function sealSummary<S extends TeamSummary>(summary: S): S {
  deepFreeze(summary);
  sealed.add(summary);
  return summary;
}

/** Whether `value` is a summary this copy of core sealed: the very object, unchanged since. */
export function isSealedSummary(value: unknown): value is TeamSummary {
  // WeakSet.has is false for anything that is not an object: no type test needed first.
  return sealed.has(value as object);
}
