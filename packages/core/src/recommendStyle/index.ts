import * as z from 'zod/mini';
import { LOW_ENERGY_RELATION_SHIFT, NEW_IN_ROLE_RELATION_SHIFT, STYLE_PRESSURE } from '../constants/index.js';
import { atLeast } from '../_lib/cut/index.js';
import { DIAGNOSIS, type DiagnosisEntry } from '../diagnose/index.js';
import { parseWith } from '../errors/index.js';
import { resolveOptions, type BalanseOptions, type ResolvedOptions } from '../options/index.js';
import { flag, numberBetween } from '../_lib/schema-builders/index.js';
import type { Style } from '../vocabulary/index.js';

/** Why a style was recommended, as codes the report and the style advisor put into words. */
export const STYLE_REASONS = [
  'competence-low',
  'competence-high',
  'commitment-low',
  'commitment-high',
  'new-in-role',
  'comfort-zone',
  'comfort-not-will',
  'below-level',
  'below-level-explained',
  'low-energy',
  'weak-foundation',
] as const;
export type StyleReason = (typeof STYLE_REASONS)[number];

/** Relation and system pressure in percent; they sum to 100. */
export interface Pressure {
  readonly relation: number;
  readonly system: number;
}

/** A style recommendation for one seller (§8.14). */
export interface StyleRecommendation {
  readonly style: Style;
  readonly pressure: Pressure;
  /** The facts the recommendation rests on, in the order they were weighed. */
  readonly reasons: readonly StyleReason[];
  /** The diagnosis overlay: which lever each observation calls for. */
  readonly levers: readonly DiagnosisEntry[];
  /** The ratings as used: the mean of the given ratings and whether it counts as high. */
  readonly competence: { readonly rating: number; readonly high: boolean };
  readonly commitment: { readonly rating: number; readonly high: boolean };
}

const RATING_RULE = 'must be a rating from 1 to 5, or a list of 1 to 4 such ratings';
const RatingSchema = z.union(
  [
    numberBetween(1, 5),
    z.array(numberBetween(1, 5)).check(z.minLength(1, { error: RATING_RULE }), z.maxLength(4, { error: RATING_RULE })),
  ],
  { error: RATING_RULE },
);

/** The style advisor's inputs for one seller: leader-rated, leader-private, never aggregated (§8.14). */
export const SellerInputSchema = z.object({
  /** Competence, 1–5: one rating, or its items (knowledge; skill in practice), averaged. */
  competence: RatingSchema,
  /** Commitment, 1–5: one rating, or its items (motivation; confidence), averaged. */
  commitment: RatingSchema,
  /** In the role less than `NEW_IN_ROLE_MONTHS` (6). */
  newInRole: z.optional(flag()),
  /** Performs below their own level and believes it is fine. */
  comfortZone: z.optional(flag()),
  /** Performs below their own level, without a cause the leader knows of. */
  belowLevel: z.optional(flag()),
  /** Energy or safety is low: exhausted, insecure or overwhelmed. */
  lowEnergy: z.optional(flag()),
  /** The team's administration foundation is weak (from the team summary). */
  weakFoundation: z.optional(flag()),
});
export type SellerInput = z.input<typeof SellerInputSchema>;

const ratingOf = (r: number | number[]) => (typeof r === 'number' ? r : r.reduce((a, b) => a + b, 0) / r.length);

/** Moves `shift` points of pressure toward relation, never beyond the model's 70 %, never away from it. */
function towardRelation(pressure: Pressure, shift: number): Pressure {
  const max = STYLE_PRESSURE.instructingSupportive.relation;
  const relation = Math.max(pressure.relation, Math.min(max, pressure.relation + shift));
  return { relation, system: 100 - relation };
}

/**
 * Recommends a communication style and the relation/system pressure for one seller. The
 * decision table of §8.14 is complete, so every input gets exactly one style, first match:
 *
 * - competence low → instructing: 70/30 when new in role, or when commitment is low for another
 *   reason than the comfort zone; else 40/60 (a skill problem, and a comfort zone, call for system);
 * - high competence in the comfort zone → challenging (30/70): the comfort zone is a standard
 *   problem, so low commitment there is read as comfort, not as a will problem (§9.2);
 * - high competence, new in role and low commitment (new and unsure) → instructing (70/30);
 * - high competence, low commitment → direct (60/40): a will problem calls for relation;
 * - high competence and commitment, below their own level without a known cause → direct (60/40):
 *   more relation, to find the cause;
 * - otherwise → delegating (50/50).
 *
 * Someone new who is not already instructed needs to be seen and included: 10 points toward
 * relation. Low energy moves 10 points toward relation too; together never beyond 70 %. "High"
 * is a mean of 3.5 or more. The reasons say, in order, what was weighed.
 *
 * @param input - one seller as the leader reads them (competence, commitment, zone, new in role …)
 * @param options - model options
 * @returns the style, the relation/system pressure and the reason of the table row that matched
 * @throws {BalanseError} `invalid_input` naming the field when the input does not match `SellerInputSchema`; `invalid_option` when an option is
 *
 * @example
 * ```ts
 * import { recommendStyle } from '@balanse/core';
 *
 * const r = recommendStyle({ competence: 2, commitment: 2, newInRole: true });
 * r.style; // => 'instructing'
 * r.pressure; // => { relation: 70, system: 30 }
 * r.reasons; // => ['competence-low', 'new-in-role', 'commitment-low']
 * recommendStyle({ competence: [4, 5], commitment: [4, 4] }).style; // => 'delegating'
 * recommendStyle({ competence: 4, commitment: 2, newInRole: true }).style; // => 'instructing'
 * ```
 */
export function recommendStyle(input: SellerInput, options?: BalanseOptions): StyleRecommendation {
  return recommendForValid(parseWith(SellerInputSchema, input, 'input'), resolveOptions(options));
}

/** `recommendStyle` for input that `SellerInputSchema` has already accepted. Internal to core. */
export function recommendForValid(v: z.infer<typeof SellerInputSchema>, o: ResolvedOptions): StyleRecommendation {
  const competence = ratingOf(v.competence);
  const commitment = ratingOf(v.commitment);
  const competenceHigh = atLeast(competence, o.styleHighFrom);
  const commitmentHigh = atLeast(commitment, o.styleHighFrom);
  const reasons: StyleReason[] = [competenceHigh ? 'competence-high' : 'competence-low'];
  const comfort = () => {
    reasons.push('comfort-zone');
    if (!commitmentHigh) reasons.push('comfort-not-will');
  };

  let style: Style;
  let pressure: Pressure;
  /** Whether "someone new needs to be seen" still moves the pressure (instructing has it built in). */
  let seeTheNewcomer = false;
  if (!competenceHigh) {
    style = 'instructing';
    if (v.newInRole) reasons.push('new-in-role');
    reasons.push(commitmentHigh ? 'commitment-high' : 'commitment-low');
    if (v.comfortZone) comfort();
    pressure =
      v.newInRole || (!commitmentHigh && !v.comfortZone)
        ? { ...STYLE_PRESSURE.instructingSupportive }
        : { ...STYLE_PRESSURE.instructingSkill };
    if (v.belowLevel) reasons.push('below-level-explained');
  } else if (v.comfortZone) {
    style = 'challenging';
    comfort();
    pressure = { ...STYLE_PRESSURE.challenging };
    seeTheNewcomer = v.newInRole === true;
    if (v.belowLevel) reasons.push('below-level-explained');
  } else if (!commitmentHigh) {
    reasons.push('commitment-low');
    if (v.newInRole) {
      // New and unsure: much support, demands introduced gradually.
      style = 'instructing';
      reasons.splice(1, 0, 'new-in-role');
      pressure = { ...STYLE_PRESSURE.instructingSupportive };
    } else {
      style = 'direct';
      pressure = { ...STYLE_PRESSURE.direct };
    }
    if (v.belowLevel) reasons.push('below-level-explained');
  } else if (v.belowLevel) {
    style = 'direct';
    reasons.push('commitment-high', 'below-level');
    pressure = { ...STYLE_PRESSURE.direct };
    seeTheNewcomer = v.newInRole === true;
  } else {
    style = 'delegating';
    reasons.push('commitment-high');
    pressure = { ...STYLE_PRESSURE.delegating };
    seeTheNewcomer = v.newInRole === true;
  }

  if (seeTheNewcomer) {
    reasons.push('new-in-role');
    pressure = towardRelation(pressure, NEW_IN_ROLE_RELATION_SHIFT);
  }
  if (v.lowEnergy) {
    reasons.push('low-energy');
    pressure = towardRelation(pressure, LOW_ENERGY_RELATION_SHIFT);
  }
  if (v.weakFoundation) reasons.push('weak-foundation');

  // The diagnosis overlay of §8.14.
  const levers: DiagnosisEntry[] = [];
  if (!competenceHigh) levers.push({ observation: 'competence', lever: DIAGNOSIS.competence });
  // In the comfort zone low commitment is comfort, a standard problem: no will lever (§9.2).
  if (competenceHigh && !commitmentHigh && !v.comfortZone) levers.push({ observation: 'will', lever: DIAGNOSIS.will });
  if (v.weakFoundation) levers.push({ observation: 'structure', lever: DIAGNOSIS.structure });
  if (v.lowEnergy) levers.push({ observation: 'energy', lever: DIAGNOSIS.energy });

  return {
    style,
    pressure,
    reasons,
    levers,
    competence: { rating: competence, high: competenceHigh },
    commitment: { rating: commitment, high: commitmentHigh },
  };
}
