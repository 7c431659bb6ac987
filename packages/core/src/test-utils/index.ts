/** Builders for tests: responses with chosen answers per scale, in the built-in instrument's order. */
import { instrument } from '../instrument/builtin.js';
import type { Answers, Response } from '../response/response-schema.js';
import type { Scale } from '../vocabulary/index.js';

export const ITEM_IDS = instrument.items.map((item) => item.id);

/** Item ids of one scale, in order. */
export function idsOf(scale: Scale): string[] {
  return instrument.items.filter((item) => item.scale === scale).map((item) => item.id);
}

/**
 * Answers where every item of a scale gets the given value (or the values in turn, when a list),
 * and scales not named are left unanswered.
 */
export function answersFor(values: Partial<Record<Scale, number | readonly (number | null)[]>>): Answers {
  const answers: Record<string, 1 | 2 | 3 | 4 | 5 | null> = {};
  for (const [scale, v] of Object.entries(values) as [Scale, number | readonly (number | null)[]][]) {
    idsOf(scale).forEach((id, i) => {
      const value = typeof v === 'number' ? v : v[i];
      if (value !== undefined) answers[id] = value as 1 | 2 | 3 | 4 | 5 | null;
    });
  }
  return answers;
}

/** Every item answered with the same value. */
export function allAnswered(value: 1 | 2 | 3 | 4 | 5): Answers {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, value]));
}

/** A team-form response whose scale scores are exactly the given 1–5 levels (all 8 items at that level). */
export function responseAt(levels: Record<Scale, 1 | 2 | 3 | 4 | 5>, extra: Partial<Response> = {}): Response {
  return { form: 'team', answers: answersFor(levels), ...extra };
}

/** Level of a 0–100 score: 0→1 … 100→5. */
export const level = (score: number) => score / 25 + 1;

/**
 * Answers on every scale, so the response is counted (§8.6): the named scales as `answersFor`
 * gives them, every other scale all at `fill`.
 */
export function countedAnswers(
  values: Partial<Record<Scale, number | readonly (number | null)[]>>,
  fill: 1 | 2 | 3 | 4 | 5 = 4,
): Answers {
  return answersFor({ relation: fill, system: fill, administration: fill, safety: fill, standard: fill, ...values });
}

/**
 * Runs for a property test: `full`, scaled by BALANSE_PROPERTY_RUNS when set (the mutation run
 * uses a quarter, since it runs the tests once per mutant).
 */
export function propertyRuns(full: number): number {
  const scale = Number(process.env.BALANSE_PROPERTY_RUNS ?? 1);
  return Math.max(5, Math.round(full * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** `answers` without the items `ids`: as if the respondent skipped them. */
export function withoutItems(answers: Answers, ids: readonly string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}
