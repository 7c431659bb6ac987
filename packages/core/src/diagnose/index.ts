import * as z from 'zod/mini';
import { parseWith } from '../errors/index.js';
import { oneOf } from '../_lib/schema-builders/index.js';
import { OBSERVATIONS, type Lever, type Observation } from '../vocabulary/index.js';

/**
 * Where to adjust for each observation (the model, "Reading the situation"): a skill problem calls
 * for system leadership, a will problem for relational leadership, failing structure for
 * administration, and low energy or safety for relational leadership.
 */
export const DIAGNOSIS = {
  competence: 'system',
  will: 'relation',
  structure: 'administration',
  energy: 'relation',
} as const satisfies Record<Observation, Lever>;

/** One observation and the lever it calls for. */
export interface DiagnosisEntry {
  readonly observation: Observation;
  readonly lever: Lever;
}

const ObservationsSchema = z.array(oneOf(OBSERVATIONS), { error: 'must be an array of observations' });

/**
 * Maps observations to the lever each calls for, in input order. Wrong diagnosis = wrong
 * balance = a reinforced problem, so the mapping is the model's table and nothing else.
 *
 * @param observations - what the leader sees in a seller: `competence`, `will`, `structure`, `energy`
 * @returns each observation with the lever it calls for, in input order
 * @throws {BalanseError} `invalid_input` naming the entry when an observation is not one of `OBSERVATIONS`
 *
 * @example
 * ```ts
 * import { diagnose } from '@balanse/core';
 *
 * diagnose(['will', 'competence']);
 * // => [{ observation: 'will', lever: 'relation' }, { observation: 'competence', lever: 'system' }]
 * ```
 */
export function diagnose(observations: readonly Observation[]): DiagnosisEntry[] {
  const valid = parseWith(ObservationsSchema, observations, 'observations');
  return valid.map((observation) => ({ observation, lever: DIAGNOSIS[observation] }));
}
