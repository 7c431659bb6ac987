import { at, outOfRange } from '../_lib/at.js';
import { agreementFromHistograms, HISTOGRAM_WIDTH } from '../_lib/agreement/index.js';
import type { FigureKey, HiddenReason } from '../anonymity/figures.js';
import { answeredItem, hasCharacteristic, isUnflagged, type FigureLayout } from '../anonymity/membership.js';
import { figureState, type ReleasePlan } from '../anonymity/plan.js';
import { assessScores, type BalanceAssessment, type TiltEstimate } from '../assessBalance/index.js';
import { classifyAxes, type ZoneClassification } from '../classifyZone/index.js';
import { FAVOURABLE_ITEM, UNFAVOURABLE_ITEM } from '../constants/index.js';
import { atLeast, exceeds } from '../_lib/cut/index.js';
import type { ScoringOptions } from '../options/scoring.js';
import type { InternalScore } from '../_lib/scoring.js';
import { meanScore, scoreOf } from '../_lib/stats/exact.js';
import { clamp, intervalHalfWidth, sampleSd, sortedCopy, studentTQuantile } from '../_lib/stats/index.js';
import { ITEM_CHARACTERISTICS, SCALES, type Characteristic, type Scale } from '../vocabulary/index.js';
import type { Estimate, ItemSummary, ScaleSummary, Sensitivity, TeamSummaryOk } from './types.js';

/*
 * The statistics of one unit, computed over respondent sets the release rules have already
 * approved (packages/core/src/anonymity). Nothing here decides what may be shown: a figure the
 * plan hides is never computed, and each shown one is computed over exactly the people its set
 * holds (membership.ts).
 */

/** Top-two-box and bottom-two-box: the item answers that are favourable and unfavourable (§8.5). */
const FAVOURABLE_FROM = Math.min(...FAVOURABLE_ITEM);
const UNFAVOURABLE_TO = Math.max(...UNFAVOURABLE_ITEM);
const RELATION = SCALES.indexOf('relation');
const SYSTEM = SCALES.indexOf('system');

/**
 * Mean, SD and interval of a non-empty list of people's 0–100 scores, each given by its keyed
 * sum and answered count: the mean exact (`meanScore`), the SD from the scores in ascending order.
 */
function estimateOf(sums: readonly number[], counts: readonly number[], o: ScoringOptions): Estimate {
  const n = sums.length;
  const scores: number[] = [];
  for (let i = 0; i < n; i++) scores.push(scoreOf(sums[i] ?? outOfRange(sums, i), counts[i] ?? outOfRange(counts, i)));
  const m = meanScore(sums, counts);
  const sd = sampleSd(sortedCopy(scores), m);
  const halfWidth = intervalHalfWidth(sd, n, o.confidence, o.minHalfWidth);
  return { mean: m, sd, n, halfWidth, interval: [clamp(m - halfWidth, 0, 100), clamp(m + halfWidth, 0, 100)] };
}

/**
 * Histograms of keyed answers per item over `respondents` (see HISTOGRAM_WIDTH): item i's counts
 * are exactly its figure's respondent set, the counted respondents who answered it.
 */
function itemHistograms(respondents: readonly InternalScore[], items: number): Int32Array {
  const histograms = new Int32Array(items * HISTOGRAM_WIDTH);
  for (const r of respondents) {
    for (let i = 0; i < items; i++) {
      if (!answeredItem(r, i)) continue;
      const bin = i * HISTOGRAM_WIDTH + (r.keyed[i] ?? outOfRange(r.keyed, i));
      histograms[bin] = (histograms[bin] ?? outOfRange(histograms, bin)) + 1;
    }
  }
  return histograms;
}

function scaleSummary(
  counted: readonly InternalScore[],
  histograms: Int32Array,
  s: number,
  o: ScoringOptions,
): ScaleSummary {
  const c = o.compiled;
  const sums: number[] = [];
  const counts: number[] = [];
  let answered = 0;
  for (const r of counted) {
    const count = r.answeredPerScale[s] ?? outOfRange(r.answeredPerScale, s);
    sums.push(r.sumPerScale[s] ?? outOfRange(r.sumPerScale, s));
    counts.push(count);
    answered += count;
  }
  const estimate = estimateOf(sums, counts, o);
  let favourable = 0;
  let unfavourable = 0;
  for (const r of counted) {
    const x = r.scales[s] ?? outOfRange(r.scales, s);
    if (atLeast(x, o.favourable)) favourable++;
    else if (!exceeds(x, o.unfavourable)) unfavourable++;
  }
  const n = estimate.n;
  // Fields written out rather than spread: object spread is a slow path in V8's hot loops.
  return {
    mean: estimate.mean,
    sd: estimate.sd,
    n,
    halfWidth: estimate.halfWidth,
    interval: estimate.interval,
    agreement: agreementFromHistograms(histograms, at(c.positionsByScale, s), o.rwgNullVariance, o.adLowAgreement),
    polarised: atLeast(favourable / n, o.polarised) && atLeast(unfavourable / n, o.polarised),
    distribution: { favourable, neutral: n - favourable - unfavourable, unfavourable },
    missingRate: 1 - answered / (n * (c.itemsPerScale[s] ?? outOfRange(c.itemsPerScale, s))),
  };
}

/**
 * An item over the counted respondents who answered it, read from the unit's histograms of keyed
 * answers; `cannotAnswer` counts the unit's counted respondents who chose "cannot answer".
 */
function itemSummary(histograms: Int32Array, position: number, cannotAnswer: number, o: ScoringOptions): ItemSummary {
  const base = position * HISTOGRAM_WIDTH;
  const reversed = o.compiled.reverse[position] === 1;
  let n = 0;
  let keyedSum = 0;
  let favourable = 0;
  let unfavourable = 0;
  for (let k = 1; k <= 5; k++) {
    const count = histograms[base + k] ?? outOfRange(histograms, base + k);
    n += count;
    keyedSum += count * k;
    // Bands in the scale's direction: on a reverse-keyed item, disagreeing is the favourable answer.
    if (k >= FAVOURABLE_FROM) favourable += count;
    else if (k <= UNFAVOURABLE_TO) unfavourable += count;
  }
  // The mean as answered, so a reverse-keyed item reads as its own wording; the score as keyed.
  const answeredSum = reversed ? 6 * n - keyedSum : keyedSum;
  return {
    mean: answeredSum / n,
    score: scoreOf(keyedSum, n),
    n,
    distribution: { favourable, neutral: n - favourable - unfavourable, unfavourable },
    cannotAnswer,
  };
}

/** The tilt R − S from each counted person's own difference (§8.11): the mean exact, the SD from the differences. */
function tiltOf(counted: readonly InternalScore[], relation: number, system: number, o: ScoringOptions): TiltEstimate {
  const differences: number[] = [];
  for (const r of counted)
    differences.push(
      (r.scales[RELATION] ?? outOfRange(r.scales, RELATION)) - (r.scales[SYSTEM] ?? outOfRange(r.scales, SYSTEM)),
    );
  const d = sortedCopy(differences);
  const m = relation - system;
  const t = studentTQuantile(1 - (1 - o.confidence) / 2, d.length - 1);
  return { mean: m, halfWidth: (t * sampleSd(d, m)) / Math.sqrt(d.length) };
}

function sensitivityOf(counted: readonly InternalScore[]): Sensitivity {
  const kept = counted.filter(isUnflagged);
  const scales = {} as Record<Scale, number>;
  SCALES.forEach(
    (scale, s) =>
      (scales[scale] = meanScore(
        kept.map((r) => r.sumPerScale[s] ?? outOfRange(r.sumPerScale, s)),
        kept.map((r) => r.answeredPerScale[s] ?? outOfRange(r.answeredPerScale, s)),
      )),
  );
  return { n: kept.length, scales };
}

/** Safety + standard (§8.12): the lower of the two team means, with its spread and interval. */
function safetyAndStandard(scales: Readonly<Record<Scale, ScaleSummary>>): Estimate {
  const e = scales.standard.mean < scales.safety.mean ? scales.standard : scales.safety;
  return { mean: e.mean, sd: e.sd, n: e.n, halfWidth: e.halfWidth, interval: e.interval };
}

/** The zone from safety and standard, and the balance from relation, system and administration. */
function zoneAndBalance(
  scales: Readonly<Record<Scale, ScaleSummary>>,
  tilt: TiltEstimate,
  o: ScoringOptions,
): { zone: ZoneClassification; balance: BalanceAssessment } {
  const { safety, standard, relation, system, administration } = scales;
  const axis = (e: ScaleSummary) => ({
    mean: e.mean,
    low: e.mean - e.halfWidth,
    high: e.mean + e.halfWidth,
    split: e.polarised || e.agreement?.low === true,
  });
  return {
    zone: classifyAxes(axis(safety), axis(standard), o.cut, o.confidence),
    balance: assessScores(relation.mean, system.mean, administration.mean, tilt, o.cut, o.tiltMeaningful),
  };
}

/**
 * Summarises unit `unit`'s counted respondents (at least k: the plan says so) with the figure
 * states the release plan gave it. `incomplete` counts the unit's submissions that are not counted.
 */
export function aggregate(
  counted: readonly InternalScore[],
  incomplete: number,
  plan: ReleasePlan,
  unit: number,
  layout: FigureLayout,
  o: ScoringOptions,
): TeamSummaryOk {
  const c = o.compiled;
  // Why each absent figure is absent, read once from the plan; `shown[key]` for the rest.
  const hidden: Partial<Record<FigureKey, HiddenReason>> = {};
  const shown: number[] = [0];
  for (let key = 1; key < layout.keys; key++) {
    const state = figureState(plan, unit, key);
    shown.push(state === 'shown' ? 1 : 0);
    if (state === 'shown' || state === 'none') continue;
    // Keys from 1 on name a figure; only key 0, the unit's own set, has no name.
    const name = at(layout.names, key);
    if (name !== null) hidden[name] = state;
  }

  const histograms = itemHistograms(counted, c.ids.length);
  const scales = {} as Record<Scale, ScaleSummary>;
  SCALES.forEach((scale, s) => (scales[scale] = scaleSummary(counted, histograms, s, o)));

  // "Cannot answer" per item over the counted respondents: a count over the unit's own set.
  const cannotAnswer = new Int32Array(c.ids.length);
  for (const r of counted)
    for (const p of r.cannotAnswer) cannotAnswer[p] = (cannotAnswer[p] ?? outOfRange(cannotAnswer, p)) + 1;
  const items: Record<string, ItemSummary | null> = {};
  for (let i = 0; i < c.ids.length; i++) {
    // Built by assignment: Object.fromEntries is several times slower for 40 keys in V8.
    items[at(c.ids, i)] =
      shown[layout.firstItem + i] === 1
        ? itemSummary(histograms, i, cannotAnswer[i] ?? outOfRange(cannotAnswer, i), o)
        : null;
  }

  const characteristics = {} as Record<Characteristic, Estimate | null>;
  characteristics.safetyAndStandard = safetyAndStandard(scales);
  for (let index = 0; index < ITEM_CHARACTERISTICS.length; index++) {
    const ch = at(ITEM_CHARACTERISTICS, index);
    if (shown[layout.firstCharacteristic + index] === 0) {
      characteristics[ch] = null;
      continue;
    }
    const sums: number[] = [];
    const counts: number[] = [];
    for (const r of counted) {
      if (!hasCharacteristic(r, index)) continue;
      sums.push(r.characteristicSums[index] ?? outOfRange(r.characteristicSums, index));
      counts.push(r.characteristicCounts[index] ?? outOfRange(r.characteristicCounts, index));
    }
    characteristics[ch] = estimateOf(sums, counts, o);
  }

  const tilt = tiltOf(counted, scales.relation.mean, scales.system.mean, o);
  const { zone, balance } = zoneAndBalance(scales, tilt, o);

  let flagged = 0;
  let longstring = 0;
  let lowVariability = 0;
  let speed = 0;
  for (const r of counted) {
    if (r.flags.flagged) flagged++;
    if (r.flags.longstring) longstring++;
    if (r.flags.lowVariability) lowVariability++;
    if (r.flags.speedPages > 0) speed++;
  }

  const { id, version } = c.instrument;
  return {
    status: 'ok',
    n: counted.length,
    incomplete,
    required: o.minGroupSize,
    confidence: o.confidence,
    instrument: { id, version },
    scales,
    items,
    characteristics,
    zone,
    balance,
    flags: { flagged, longstring, lowVariability, speed },
    sensitivity: shown[layout.sensitivity] === 1 ? sensitivityOf(counted) : null,
    hidden,
  };
}
