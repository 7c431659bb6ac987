/**
 * The measurement constants (§8.16), each named after the specification, with the section it
 * comes from. Section numbers (§8.1–§8.16) throughout @balanse/core refer to the measurement
 * specification in docs/model/measurement.md. Every function that uses one accepts an option that overrides it
 * (see `BalanseOptions`), so a consultancy can, for instance, set a norm-referenced cut.
 */

/** Number of response points, coded 1–5 (§8.2: gains plateau after 5–7 points). */
export const RESPONSE_POINTS = 5;

/** Items per scale in the built-in instrument (§8.1: α ≈ .75–.85 and ≥ .70 with only 4 answered). */
export const ITEMS_PER_SCALE = 8;

/** Items per page in the built-in instrument (§8.4: 5 pages of 8 make the page-time index computable). */
export const ITEMS_PER_PAGE = 8;

/**
 * Converts a mean on the 1–5 scale to 0–100: `(mean − 1) × 25`, so 1→0, 3→50, 5→100
 * (§8.5, as COPSOQ and Glint score).
 *
 * @param mean - a mean on the 1–5 answer scale
 * @returns the same mean on 0–100
 * @throws Never: it is arithmetic
 */
export function to100(mean: number): number {
  return (mean - 1) * 25;
}

/** The smallest number of answered items that gives a scale score: half, rounded up (§8.6, COPSOQ half rule). *
 * @param itemsInScale - how many items the scale has
 * @returns the answered items a scale score needs: half, rounded up
 * @throws Never: it is arithmetic
 */
export function minAnsweredFor(itemsInScale: number): number {
  return Math.ceil(itemsInScale / 2);
}

/** `minAnsweredFor(8)`: 4 of 8 items must be answered for a respondent's scale score (§8.6). */
export const MIN_ANSWERED_PER_SCALE = minAnsweredFor(ITEMS_PER_SCALE);

/**
 * The cut between low and high on every 0–100 scale: 62.5, i.e. a mean of 3.5, the start of the
 * "agree" category (§8.9). Criterion-referenced; a score equal to the cut counts as high.
 */
export const ZONE_CUT = 62.5;

/** The two-sided confidence level of the team interval used for borderline zones (§8.9: 80 %, t at 0.90). */
export const BORDERLINE_CI = 0.8;

/** The smallest half-width of a team interval, in points (§8.9, our choice: stops spurious precision). */
export const BORDERLINE_MIN_HALF_WIDTH = 5;

/** A person is favourable on a scale from this score (§8.5: mean ≥ 3.5). */
export const FAVOURABLE_PERSON = 62.5;

/** A person is unfavourable on a scale up to this score (§8.5: mean ≤ 2.5). */
export const UNFAVOURABLE_PERSON = 37.5;

/** Item answers that count as favourable: top two boxes (§8.5, Glint and Culture Amp). */
export const FAVOURABLE_ITEM: readonly number[] = [4, 5];

/** Item answers that count as unfavourable: bottom two boxes (§8.5). */
export const UNFAVOURABLE_ITEM: readonly number[] = [1, 2];

/**
 * Low agreement when AD_M(J) exceeds c/6 = 5/6 ≈ 0.833 response units (≈ 20.8 points), the
 * practical cutoff of Burke & Dunlap (2002) for a 5-point scale (§8.10).
 */
export const AD_LOW_AGREEMENT = 5 / 6;

/** Expected error variance of a uniform null for 5 points, for rwg(J) and r*wg(J) (§8.10, James et al.). */
export const RWG_NULL_VAR_UNIFORM_5 = 2.0;

/** Expected error variance of a slightly skewed null for 5 points (§8.10, LeBreton & Senter, WGA). */
export const RWG_NULL_VAR_SLIGHT_SKEW_5 = 1.34;

/**
 * Lower bounds of the r*wg(J) agreement bands (LeBreton & Senter 2008; ✱ band labels unverified,
 * §9.5): below .31 lack, .31 weak, .51 moderate, .71 strong, .91 very strong. Export only: product
 * labels use AD (§8.10), because rwg(J) inflates with J = 8.
 */
export const RWG_BANDS = { weak: 0.31, moderate: 0.51, strong: 0.71, veryStrong: 0.91 } as const;

/**
 * A team is polarised on a scale when at least this share of respondents is favourable and at
 * least this share unfavourable (§8.10, our choice: finds split teams a mean hides).
 */
export const POLARISED = 0.25;

/** Default anonymity threshold: respondents with a valid score needed for any team statistic (§8.8). */
export const ANONYMITY_K_DEFAULT = 5;

/** The lowest anonymity threshold accepted; lower values are rejected (§8.8: the lowest floor any vendor allows). */
export const ANONYMITY_K_MIN = 3;

/** Recommended threshold for free-text comments, should they ever be added (§8.8). */
export const ANONYMITY_K_COMMENTS = 10;

/** A self-versus-team gap is meaningful from half a response step, or the team's interval if wider (§8.13). */
export const GAP_MEANINGFUL = 12.5;

/** A self-versus-team gap is large from a full response step (§8.13). */
export const GAP_LARGE = 25;

/** Item-level self-versus-team gaps shown per direction, largest first (§8.13). */
export const ITEM_GAPS_PER_DIRECTION = 3;

/**
 * The item detail names this many strongest and this many weakest items per scale (§8.5; our
 * choice: two of eight show which behaviours drive a scale without turning the list into a
 * ranking of every item), never more than half of the scale's shown items each.
 */
export const ITEM_EXTREMES_PER_SCALE = 2;

/** A tilt R − S is meaningful from half a response step, or its interval if wider (§8.11). */
export const TILT_MEANINGFUL = 12.5;

/** Longstring flag: this many consecutive identical answers, half the instrument (§8.7, our choice). */
export const LONGSTRING_FLAG = 20;

/** Low-variability flag: a person's answers vary less than this SD (§8.7, IRV; our choice). */
export const LOW_VARIABILITY_SD = 0.3;

/** The low-variability flag needs at least this many answered items (§8.7). */
export const LOW_VARIABILITY_MIN_ANSWERED = 30;

/** Speed flag: a page answered faster than this many milliseconds per answered item (§8.7, Huang et al.: 2 s). */
export const PAGE_TIME_FLAG = 2000;

/** A seller counts as new in role for this many months (§8.14, our choice). */
export const NEW_IN_ROLE_MONTHS = 6;

/** A style-advisor rating counts as high from this 2-item mean (§8.14: the same real-limits logic as the cut). */
export const STYLE_HIGH_FROM = 3.5;

/**
 * Relation/system pressure per situation, in percent (the model, "Balance is not 50/50", §8.14).
 * 70/30 and 30/70 are the model's figures; the others are our reading of "more relation",
 * "balanced" and the model's skill-problem diagnosis (competence low → system).
 */
export const STYLE_PRESSURE = {
  /** New in role or low commitment, low competence: much support, demands introduced gradually. */
  instructingSupportive: { relation: 70, system: 30 },
  /** Low competence with good commitment: a skill problem, so system leads (training, concrete feedback). */
  instructingSkill: { relation: 40, system: 60 },
  /** Competent but in the comfort zone: clear expectations and accountability. */
  challenging: { relation: 30, system: 70 },
  /** Competent but unmotivated: a will problem, so relation leads. */
  direct: { relation: 60, system: 40 },
  /**
   * Competent and self-driven: balanced, as much relation as system (the model's "Balansert").
   * The shares say how the pressure is divided, not how much there is: balanced is not "a light
   * touch", which on both sides is the flat, stiff board the model warns against (§9.3).
   */
  delegating: { relation: 50, system: 50 },
} as const;

/**
 * Low energy or safety moves this many points of pressure toward relation (the model, "Reading the
 * situation": energy / safety → relation; the amount is our choice), never beyond 70 % relation.
 */
export const LOW_ENERGY_RELATION_SHIFT = 10;

/**
 * Someone new in role who is not already instructed moves this many points of pressure toward
 * relation (the model, "more relation when someone is new and needs to be seen and included";
 * the amount is our choice, the same as for low energy), never beyond 70 % relation.
 */
export const NEW_IN_ROLE_RELATION_SHIFT = 10;

/** Version of the report format; bumped on any change a stored report's reader must know about. */
export const REPORT_SCHEMA_VERSION = 3 as const;
