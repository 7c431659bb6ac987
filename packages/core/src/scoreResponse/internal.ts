import type { CarelessFlags } from '../careless/index.js';
import { carelessFlags } from '../careless/index.js';
import { minAnsweredFor, to100 } from '../constants/index.js';
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
  readonly answered: number;
  readonly answeredPerScale: readonly number[];
  readonly flags: CarelessFlags;
  /** True when at least one scale has a score: the response counts as a respondent (§8.6). */
  readonly valid: boolean;
}

// Scratch space reused across calls. Safe because scoring is synchronous and never re-entered.
const scaleSums = [0, 0, 0, 0, 0];
const charSums = ITEM_CHARACTERISTICS.map(() => 0);
const charCounts = ITEM_CHARACTERISTICS.map(() => 0);
const answeredPerPage: number[] = [];

/** Answered items per page, into the shared scratch array. */
function countPerPage(raw: readonly number[], pageOf: Int16Array, pageCount: number): number[] {
  answeredPerPage.length = pageCount;
  answeredPerPage.fill(0);
  for (let i = 0; i < raw.length; i++) if (raw[i] !== 0) answeredPerPage[pageOf[i]!]! += 1;
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
): InternalScore {
  const c = o.compiled;
  const n = raw.length;
  const pageCount = c.pages.length;
  for (let s = 0; s < SCALE_COUNT; s++) scaleSums[s] = 0;
  for (let ch = 0; ch < charSums.length; ch++) charSums[ch] = charCounts[ch] = 0;

  // Flags read raw answers (straight-lining is about identical raw answers), so they come first.
  const flags = carelessFlags(raw, countPerPage(raw, c.pageOf, pageCount), pageTimes, o);
  const keyed = raw;
  const answeredPerScale = [0, 0, 0, 0, 0];
  const { scaleOf, reverse, characteristicOf } = c;
  let answered = 0;
  for (let i = 0; i < n; i++) {
    const v = raw[i]!;
    if (v === 0) continue;
    const k = reverse[i] === 1 ? 6 - v : v;
    keyed[i] = k;
    answered++;
    const s = scaleOf[i]!;
    answeredPerScale[s]! += 1;
    scaleSums[s]! += k;
    const ch = characteristicOf[i]!;
    if (ch >= 0) {
      charSums[ch]! += k;
      charCounts[ch]! += 1;
    }
  }

  const scales = [NaN, NaN, NaN, NaN, NaN];
  let valid = false;
  for (let s = 0; s < SCALE_COUNT; s++) {
    const need = o.minAnsweredPerScale ?? c.minAnsweredPerScale[s]!;
    const count = answeredPerScale[s]!;
    if (count >= need && count > 0) {
      scales[s] = to100(scaleSums[s]! / count);
      valid = true;
    }
  }
  const characteristics = [NaN, NaN, NaN, NaN, NaN];
  for (let ch = 0; ch < ITEM_CHARACTERISTICS.length; ch++) {
    const items = c.itemsPerCharacteristic[ch]!;
    const count = charCounts[ch]!;
    if (items > 0 && count >= minAnsweredFor(items))
      characteristics[CHARACTERISTIC_SLOT[ch]!] = to100(charSums[ch]! / count);
  }
  // Safety + standard needs both: "not a trade-off" (§8.12).
  characteristics[SAFETY_AND_STANDARD] = Math.min(scales[SAFETY]!, scales[STANDARD]!);
  return { scales, characteristics, keyed, answered, answeredPerScale, flags, valid };
}
