import { parseWith } from '../errors/index.js';
import { TeamSummarySchema } from '../summarizeTeam/schema.js';
import type { TeamSummary } from '../summarizeTeam/types.js';
import { assertThreshold } from './inputs.js';

/**
 * Reads a summary handed to a public function (ANONYMITY.md R6): its shape and counts
 * (`TeamSummarySchema`), then its threshold against the caller's k. Throws a `BalanseError`
 * naming the field; every function that takes a summary reads it through here.
 */
export function readSummary(input: unknown, k: number, root: string): TeamSummary {
  const summary = parseWith(TeamSummarySchema, input, root);
  assertThreshold(summary, k, root);
  return summary;
}
