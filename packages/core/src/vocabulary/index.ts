/**
 * The model's vocabulary as `as const` tuples. Every union type in Balanse derives from these,
 * and components, stories and tests import the same tuples, so an id can never drift.
 */

/** The five scales of the instrument (§8.1): three about the leader, two about the team. */
export const SCALES = ['relation', 'system', 'administration', 'safety', 'standard'] as const;
export type Scale = (typeof SCALES)[number];

/** The three parts of the balance model: the two sides of the board and its foundation. */
export const LEVERS = ['relation', 'system', 'administration'] as const;
export type Lever = (typeof LEVERS)[number];

/** The culture zones of the performance zone model, from psychological safety (x) and standard (y). */
export const ZONES = ['apathy', 'comfort', 'stress', 'performance'] as const;
export type Zone = (typeof ZONES)[number];

/** The four communication styles (the model, "Communication style"). */
export const STYLES = ['instructing', 'direct', 'delegating', 'challenging'] as const;
export type Style = (typeof STYLES)[number];

/** The four observations a leader reads a situation by (the model, "Reading the situation"). */
export const OBSERVATIONS = ['competence', 'will', 'structure', 'energy'] as const;
export type Observation = (typeof OBSERVATIONS)[number];

/** The languages every product text exists in. `nb` is the source locale. */
export const LOCALES = ['nb', 'nn', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale used when a requested one is missing. */
export const SOURCE_LOCALE: Locale = 'nb';

/** The five characteristics of a performance culture (§8.12). */
export const CHARACTERISTICS = [
  'clearExpectations',
  'continuousFeedback',
  'personalAccountability',
  'safetyAndStandard',
  'systematicFollowUp',
] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];

/** The characteristics built from tagged items; `safetyAndStandard` is min(safety, standard) instead. */
export const ITEM_CHARACTERISTICS = [
  'clearExpectations',
  'continuousFeedback',
  'personalAccountability',
  'systematicFollowUp',
] as const satisfies readonly Characteristic[];
export type ItemCharacteristic = (typeof ITEM_CHARACTERISTICS)[number];

/** Who answers: a team member about their leader and team, or the leader about themself. */
export const FORMS = ['team', 'self'] as const;
export type Form = (typeof FORMS)[number];

/** Labels of a self-versus-team gap (§8.13). */
export const GAP_LABELS = ['blind-spot', 'hidden-strength', 'agreement-strong', 'agreement-development'] as const;
export type GapLabel = (typeof GAP_LABELS)[number];

/** Where a team's score on one zone axis lies relative to the cut, given its interval. */
export const AXIS_READINGS = ['low', 'high', 'borderline'] as const;
export type AxisReading = (typeof AXIS_READINGS)[number];

/** The two axes of the zone map: x is psychological safety, y is perceived standard. */
export const ZONE_AXES = ['safety', 'standard'] as const satisfies readonly Scale[];
export type ZoneAxis = (typeof ZONE_AXES)[number];

/** Three bands of a person's or item's score (§8.5, secondary view). */
export const BANDS = ['favourable', 'neutral', 'unfavourable'] as const;
export type Band = (typeof BANDS)[number];

/** Agreement bands of r*wg(J) (LeBreton & Senter 2008; for export and research, §8.10). */
export const AGREEMENT_BANDS = ['lack', 'weak', 'moderate', 'strong', 'very-strong'] as const;
export type AgreementBand = (typeof AGREEMENT_BANDS)[number];

/** The response codes of the 5-point agreement scale (§8.2). */
export const RESPONSE_CODES = [1, 2, 3, 4, 5] as const;
export type ResponseCode = (typeof RESPONSE_CODES)[number];
