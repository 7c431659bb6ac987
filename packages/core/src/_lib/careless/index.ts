/**
 * Careless-response flags (§8.7). Flags describe a response; they never delete or
 * change it, and flagged responses stay in the team score by default.
 */

import { outOfRange } from '../at.js';

/** The flags of one response. */
export interface CarelessFlags {
  /** The same answer on ≥ 20 consecutive items, or on every answered item when ≥ 20 are answered. */
  readonly longstring: boolean;
  /** The answers' SD is below 0.3 with ≥ 30 items answered. */
  readonly lowVariability: boolean;
  /** Pages answered faster than 2 s per answered item. */
  readonly speedPages: number;
  /** True when any flag above is raised. */
  readonly flagged: boolean;
}

export interface CarelessThresholds {
  readonly longstring: number;
  readonly lowVariabilitySd: number;
  readonly lowVariabilityMinAnswered: number;
  readonly pageTimeFlag: number;
}

/**
 * Flags for raw answers in instrument order (`raw[i]` is 1–5, or 0 when missing; reverse keying
 * is not applied, because straight-lining is about identical raw answers). `answeredPerPage[p]`
 * counts answered items on page p; `pageTimes[p]` is the time on that page in milliseconds.
 */
export function carelessFlags(
  raw: readonly number[],
  answeredPerPage: readonly number[],
  pageTimes: readonly number[] | undefined,
  t: CarelessThresholds,
): CarelessFlags {
  let longestRun = 0;
  let run = 0;
  let previous = 0;
  let answered = 0;
  let sum = 0;
  let sumSq = 0;
  let first = 0;
  let allSame = true;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i] ?? outOfRange(raw, i);
    if (v === 0) {
      // A skipped item breaks a run: the rule counts consecutive items.
      run = 0;
      previous = 0;
      continue;
    }
    answered++;
    sum += v;
    sumSq += v * v;
    if (first === 0) first = v;
    else if (v !== first) allSame = false;
    run = v === previous ? run + 1 : 1;
    previous = v;
    if (run > longestRun) longestRun = run;
  }
  const longstring = longestRun >= t.longstring || (answered >= t.longstring && allSame);
  let lowVariability = false;
  if (answered >= t.lowVariabilityMinAnswered && answered >= 2) {
    const variance = Math.max(0, (sumSq - (sum * sum) / answered) / (answered - 1));
    lowVariability = Math.sqrt(variance) < t.lowVariabilitySd;
  }
  let speedPages = 0;
  if (pageTimes) {
    for (let p = 0; p < answeredPerPage.length; p++) {
      const n = answeredPerPage[p] ?? outOfRange(answeredPerPage, p);
      const time = pageTimes[p];
      if (n > 0 && time !== undefined && time < t.pageTimeFlag * n) speedPages++;
    }
  }
  return { longstring, lowVariability, speedPages, flagged: longstring || lowVariability || speedPages > 0 };
}
