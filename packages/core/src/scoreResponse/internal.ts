import { carelessFlags, type CarelessFlags } from '../careless/index.js';
import { minAnsweredFor, to100 } from '../constants/index.js';
import type { ResolvedOptions } from '../options/index.js';
import type { Response } from '../response/schema.js';
import { CHARACTERISTICS, ITEM_CHARACTERISTICS, SCALES } from '../vocabulary/index.js';

const SCALE_COUNT = SCALES.length;
const SAFETY = SCALES.indexOf('safety');
const STANDARD = SCALES.indexOf('standard');
/** Position in CHARACTERISTICS of each ITEM_CHARACTERISTICS entry. */
const CHARACTERISTIC_SLOT = ITEM_CHARACTERISTICS.map((c) => CHARACTERISTICS.indexOf(c));
const SAFETY_AND_STANDARD = CHARACTERISTICS.indexOf('safetyAndStandard');

/**
 * One response scored into flat arrays, the form team statistics are computed from. Internal:
 * `NaN` marks "no score" here and is turned into `null` before anything leaves core.
 */
export interface InternalScore {
  /** 0–100 per scale in SCALES order; NaN when the half rule is not met. */
  readonly scales: Float64Array;
  /** 0–100 per characteristic in CHARACTERISTICS order; NaN when not met. */
  readonly characteristics: Float64Array;
  /** Keyed answer per item position (reverse keying applied), 0 when missing. */
  readonly keyed: Int8Array;
  readonly answered: number;
  readonly answeredPerScale: Int16Array;
  readonly flags: CarelessFlags;
  /** True when at least one scale has a score: the response counts as a respondent (§8.6). */
  readonly valid: boolean;
}

/** Scores a response that has already been validated against `o.compiled`. */
export function scoreValidResponse(response: Response, o: ResolvedOptions): InternalScore {
  const c = o.compiled;
  const n = c.ids.length;
  const raw = new Int8Array(n);
  const keyed = new Int8Array(n);
  const answeredPerScale = new Int16Array(SCALE_COUNT);
  const scaleSums = new Float64Array(SCALE_COUNT);
  const charSums = new Float64Array(ITEM_CHARACTERISTICS.length);
  const charCounts = new Int16Array(ITEM_CHARACTERISTICS.length);
  const answeredPerPage = new Int16Array(c.pages.length);
  const answers = response.answers as Record<string, number | null | undefined>;
  let answered = 0;
  for (let i = 0; i < n; i++) {
    const v = answers[c.ids[i]!];
    if (v === null || v === undefined) continue;
    raw[i] = v;
    const k = c.reverse[i] === 1 ? 6 - v : v;
    keyed[i] = k;
    answered++;
    const s = c.scaleOf[i]!;
    answeredPerScale[s]! += 1;
    scaleSums[s]! += k;
    answeredPerPage[c.pageOf[i]!]! += 1;
    const ch = c.characteristicOf[i]!;
    if (ch >= 0) {
      charSums[ch]! += k;
      charCounts[ch]! += 1;
    }
  }
  const scales = new Float64Array(SCALE_COUNT);
  let valid = false;
  for (let s = 0; s < SCALE_COUNT; s++) {
    const need = o.minAnsweredPerScale ?? c.minAnsweredPerScale[s]!;
    const count = answeredPerScale[s]!;
    if (count >= need && count > 0) {
      scales[s] = to100(scaleSums[s]! / count);
      valid = true;
    } else {
      scales[s] = NaN;
    }
  }
  const characteristics = new Float64Array(CHARACTERISTICS.length).fill(NaN);
  for (let ch = 0; ch < ITEM_CHARACTERISTICS.length; ch++) {
    const items = c.itemsPerCharacteristic[ch]!;
    const count = charCounts[ch]!;
    if (items > 0 && count >= minAnsweredFor(items)) characteristics[CHARACTERISTIC_SLOT[ch]!] = to100(charSums[ch]! / count);
  }
  // Safety + standard needs both: "not a trade-off" (§8.12).
  characteristics[SAFETY_AND_STANDARD] = Math.min(scales[SAFETY]!, scales[STANDARD]!);
  const flags = carelessFlags(raw, answeredPerPage, response.pageTimes, o);
  return { scales, characteristics, keyed, answered, answeredPerScale, flags, valid };
}
