import { parseWith } from '../errors/index.js';
import { TeamSummarySchema } from '../summarizeTeam/summary-schema.js';
import type { TeamSummary } from '../summarizeTeam/types.js';
import { assertThreshold } from './inputs.js';
import { isSealedSummary, sealSummary } from './sealed.js';

/**
 * Reads a summary handed to a public function (ANONYMITY.md R6): its shape and counts
 * (`TeamSummarySchema`), then its threshold against the caller's k. Throws a `BalanseError`
 * naming the field; every function that takes a summary reads it through here. A summary
 * `parseSummary` sealed (read by it, and frozen since) skips the first part: it passed it when it
 * was sealed and cannot have changed. The threshold is the caller's and is always checked.
 */
export function readSummary(input: unknown, k: number, root: string): TeamSummary {
  const summary = isSealedSummary(input) ? input : parseWith(TeamSummarySchema, input, root);
  assertThreshold(summary, k, root);
  return summary;
}

/**
 * Reads a team summary received from elsewhere (JSON from a database, a file, another process)
 * through the checks of ANONYMITY.md R6: its shape, and its counts against its own k and each
 * other. Returns a frozen copy that `buildReport`, `compareSelf` and `adviseTeam` take without
 * reading it again, which is what a server building many reports from one release wants: read
 * each stored summary once, then build every report from the copies. Each of those functions
 * still checks the copy's k against its own `minGroupSize`. Throws a `BalanseError` naming the
 * field (`summary.scales.relation.n: must equal n (10): …`).
 *
 * @param input - a team summary as stored: parsed JSON from `summarizeTeam` or `releaseUnits`
 * @returns a frozen, checked copy that core's readers take without reading it again
 * @throws {BalanseError} `invalid_input` naming the field when the summary is malformed, forged, or its counts break the release rules
 *
 * @example
 * ```ts
 * import { buildReport, parseSummary, summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const stored = JSON.stringify(summarizeTeam(syntheticTeam(1, 8, PROFILES.performance)));
 * const team = parseSummary(JSON.parse(stored));
 * buildReport({ team }, { locale: 'en' }).status; // => 'ok'
 * Object.isFrozen(team); // => true
 * // An edited copy, such as { ...team, n: 2 }, is read in full and refused: "summary.n: must be at least required (5)".
 * ```
 */
export function parseSummary(input: unknown): TeamSummary {
  if (isSealedSummary(input)) return input;
  return sealSummary(parseWith(TeamSummarySchema, input, 'summary'));
}
