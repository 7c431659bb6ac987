import { outOfRange } from './at.js';
import type { CarelessFlags } from './careless/index.js';
import { carelessFlags } from './careless/index.js';
import { minAnsweredFor } from '../constants/index.js';
import { scoreOf } from './stats/exact.js';
import type { ScoringOptions } from '../options/scoring.js';
import { CHARACTERISTICS, ITEM_CHARACTERISTICS, SCALES } from '../vocabulary/index.js';

const SCALE_COUNT = SCALES.length;
const SAFETY = SCALES.indexOf('safety');
const STANDARD = SCALES.indexOf('standard');
/** Position in CHARACTERISTICS of each ITEM_CHARACTERISTICS entry. */
const CHARACTERISTIC_SLOT = ITEM_CHARACTERISTICS.map((c) => CHARACTERISTICS.indexOf(c));
const SAFETY_AND_STANDARD = CHARACTERISTICS.indexOf('safetyAndStandard');

/**
 * One response scored into flat arrays, the form team statistics are computed from. Internal:
 * `NaN` marks "no score" here and is turned into `null` before anything leaves core. Plain
 * arrays, not typed arrays: V8 allocates small plain arrays far faster.
 */
export interface InternalScore {
  /** 0–100 per scale in SCALES order; NaN when the half rule is not met. */
  readonly scales: readonly number[];
  /** 0–100 per characteristic in CHARACTERISTICS order; NaN when not met. */
  readonly characteristics: readonly number[];
  /** Keyed answer per item position (reverse keying applied), 0 when missing. */
  readonly keyed: readonly number[];
  /**
   * Item positions answered "cannot answer" (`null`), in order; usually empty. They are missing
   * like a skipped item in every score and set (§8.2); only the item detail counts them.
   */
  readonly cannotAnswer: readonly number[];
  readonly answered: number;
  readonly answeredPerScale: readonly number[];
  /** Sum of keyed answers per scale, in SCALES order: with `answeredPerScale`, the exact score (§8.5). */
  readonly sumPerScale: readonly number[];
  /** Sum and count of keyed answers per item-based characteristic, in ITEM_CHARACTERISTICS order. */
  readonly characteristicSums: readonly number[];
  readonly characteristicCounts: readonly number[];
  readonly flags: CarelessFlags;
  /** True when at least one scale has a score: the response counts as a respondent (§8.6). */
  readonly valid: boolean;
}

// Scratch space reused across calls. Safe because scoring is synchronous and never re-entered.
const answeredPerPage: number[] = [];
/** No "cannot answer": shared, so the common case allocates nothing. */
const NONE: readonly number[] = Object.freeze([]);

/** Answered items per page, into the shared scratch array. */
function countPerPage(raw: readonly number[], pageOf: Int16Array, pageCount: number): number[] {
  answeredPerPage.length = pageCount;
  answeredPerPage.fill(0);
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0) continue;
    const p = pageOf[i] ?? outOfRange(pageOf, i);
    answeredPerPage[p] = (answeredPerPage[p] ?? outOfRange(answeredPerPage, p)) + 1;
  }
  return answeredPerPage;
}

/**
 * Scores answers by item position (`raw[i]` is 1–5, or 0 when missing), as read from a
 * validated response by `readResponse`. Takes ownership of `raw`: after the
 * careless-answer flags are read from it, it is keyed in place (reverse items as 6 − x) and
 * becomes the score's `keyed`, saving an allocation per response.
 */
export function scoreAnswers(
  raw: number[],
  pageTimes: readonly number[] | undefined,
  o: ScoringOptions,
  cannotAnswer: readonly number[] = NONE,
): InternalScore {
  const c = o.compiled;
  const n = raw.length;
  const pageCount = c.pages.length;
  const scaleSums = [0, 0, 0, 0, 0];
  const charSums = [0, 0, 0, 0];
  const charCounts = [0, 0, 0, 0];

  // Flags read raw answers (straight-lining is about identical raw answers), so they come first.
  const flags = carelessFlags(raw, countPerPage(raw, c.pageOf, pageCount), pageTimes, o);
  const keyed = raw;
  const answeredPerScale = [0, 0, 0, 0, 0];
  const { scaleOf, reverse, characteristicOf } = c;
  let answered = 0;
  for (let i = 0; i < n; i++) {
    const v = raw[i] ?? outOfRange(raw, i);
    if (v === 0) continue;
    const k = reverse[i] === 1 ? 6 - v : v;
    keyed[i] = k;
    answered++;
    const s = scaleOf[i] ?? outOfRange(scaleOf, i);
    answeredPerScale[s] = (answeredPerScale[s] ?? outOfRange(answeredPerScale, s)) + 1;
    scaleSums[s] = (scaleSums[s] ?? outOfRange(scaleSums, s)) + k;
    const ch = characteristicOf[i] ?? outOfRange(characteristicOf, i);
    if (ch >= 0) {
      charSums[ch] = (charSums[ch] ?? outOfRange(charSums, ch)) + k;
      charCounts[ch] = (charCounts[ch] ?? outOfRange(charCounts, ch)) + 1;
    }
  }

  const scales = [NaN, NaN, NaN, NaN, NaN];
  let valid = false;
  for (let s = 0; s < SCALE_COUNT; s++) {
    const need = o.minAnsweredPerScale ?? c.minAnsweredPerScale[s] ?? outOfRange(c.minAnsweredPerScale, s);
    const count = answeredPerScale[s] ?? outOfRange(answeredPerScale, s);
    if (count >= need && count > 0) {
      scales[s] = scoreOf(scaleSums[s] ?? outOfRange(scaleSums, s), count);
      valid = true;
    }
  }
  const characteristics = [NaN, NaN, NaN, NaN, NaN];
  for (let ch = 0; ch < ITEM_CHARACTERISTICS.length; ch++) {
    const items = c.itemsPerCharacteristic[ch] ?? outOfRange(c.itemsPerCharacteristic, ch);
    const count = charCounts[ch] ?? outOfRange(charCounts, ch);
    if (items > 0 && count >= minAnsweredFor(items))
      characteristics[CHARACTERISTIC_SLOT[ch] ?? outOfRange(CHARACTERISTIC_SLOT, ch)] = scoreOf(
        charSums[ch] ?? outOfRange(charSums, ch),
        count,
      );
  }
  // Safety + standard needs both: "not a trade-off" (§8.12).
  characteristics[SAFETY_AND_STANDARD] = Math.min(
    scales[SAFETY] ?? outOfRange(scales, SAFETY),
    scales[STANDARD] ?? outOfRange(scales, STANDARD),
  );
  return {
    scales,
    characteristics,
    keyed,
    cannotAnswer,
    answered,
    answeredPerScale,
    sumPerScale: scaleSums,
    characteristicSums: charSums,
    characteristicCounts: charCounts,
    flags,
    valid,
  };
}
