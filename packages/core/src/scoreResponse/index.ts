import { at } from '../_lib/at.js';
import type { CarelessFlags } from '../_lib/careless/index.js';
import { resolveScoringOptions } from '../options/scoring.js';
import { scoringOptionsForTags } from '../options/versioned.js';
import type { BalanseOptions } from '../options/index.js';
import { readResponse } from '../response/validate.js';
import { CHARACTERISTICS, SCALES, type Characteristic, type Scale } from '../vocabulary/index.js';
import { scoreAnswers } from '../_lib/scoring.js';

/** The scores of one response. */
export interface ResponseScore {
  /** 0–100 per scale; `null` when fewer than half of the scale's items are answered (§8.6). */
  readonly scales: Readonly<Record<Scale, number | null>>;
  /** 0–100 per characteristic of a performance culture; `null` when not enough is answered (§8.12). */
  readonly characteristics: Readonly<Record<Characteristic, number | null>>;
  /** Careless-answer flags; they describe the response and never remove it (§8.7). */
  readonly flags: CarelessFlags;
  /** Number of items answered 1–5 ("cannot answer" and skipped items are missing). */
  readonly answered: number;
  /** Items answered per scale. */
  readonly answeredPerScale: Readonly<Record<Scale, number>>;
  /** True when at least one scale has a score, so the response counts as a respondent (§8.6). */
  readonly valid: boolean;
}

const toNullable = (v: number): number | null => (Number.isNaN(v) ? null : v);

/**
 * Scores one response on the 0–100 scale of each scale: the mean of its answered items, mapped
 * by `(mean − 1) × 25`, when at least half of the scale's items are answered (§8.5–8.7). A
 * response tagged with a built-in version (`instrument: { id: 'balanse', version: '1.0.0' }`)
 * scores with that version's items unless `options.instrument` says otherwise; a tag that does
 * not match the instrument it is scored with is refused. Throws a `BalanseError` naming the
 * field for any invalid input.
 *
 * @param response - one response, `{ answers, form?, instrument?, pageTimes? }`; validated here
 * @param options - model options (`BalanseOptions`), such as `instrument` or `minAnsweredPerScale`
 * @returns each scale's and characteristic's score (null below the half rule), the careless-answer flags and the answered counts
 * @throws {BalanseError} `invalid_input` naming the field when the response is malformed (an answer outside 1–5, an unknown item, a tag of another instrument); `invalid_option` when an option is
 *
 * @example
 * ```ts
 * import { instrument, scoreResponse } from '@balanse/core';
 *
 * const answers = Object.fromEntries(instrument.items.map((item) => [item.id, 4]));
 * scoreResponse({ answers }).scales.relation; // => 75
 * // 3 of 8 relation items answered: below the half rule.
 * scoreResponse({ answers: { q01: 5, q06: 4, q11: 4 } }).scales.relation; // => null
 * ```
 */
export function scoreResponse(response: unknown, options?: BalanseOptions): ResponseScore {
  const o = scoringOptionsForTags(resolveScoringOptions(options), [response], () => 'response');
  const read = readResponse(response, o.compiled, 'response');
  const s = scoreAnswers(read.raw, read.response.pageTimes, o);
  const scales = {} as Record<Scale, number | null>;
  const answeredPerScale = {} as Record<Scale, number>;
  SCALES.forEach((scale, i) => {
    scales[scale] = toNullable(at(s.scales, i));
    answeredPerScale[scale] = at(s.answeredPerScale, i);
  });
  const characteristics = {} as Record<Characteristic, number | null>;
  CHARACTERISTICS.forEach((ch, i) => (characteristics[ch] = toNullable(at(s.characteristics, i))));
  return { scales, characteristics, flags: s.flags, answered: s.answered, answeredPerScale, valid: s.valid };
}
