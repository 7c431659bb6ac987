import { agreementFromHistograms, HISTOGRAM_WIDTH } from '../agreement/index.js';
import type { FigureKey, HiddenReason } from '../anonymity/figures.js';
import { answeredItem, hasCharacteristic, isUnflagged, type FigureLayout } from '../anonymity/membership.js';
import { figureState, type ReleasePlan } from '../anonymity/plan.js';
import { assessScores, type BalanceAssessment, type TiltEstimate } from '../assessBalance/index.js';
import { classifyAxes, type ZoneClassification } from '../classifyZone/index.js';
import { FAVOURABLE_ITEM } from '../constants/index.js';
import type { ScoringOptions } from '../options/scoring.js';
import type { InternalScore } from '../scoreResponse/internal.js';
import { clamp, intervalHalfWidth, mean, sampleSd, sortedCopy, studentTQuantile } from '../stats/index.js';
import { CHARACTERISTICS, ITEM_CHARACTERISTICS, SCALES, type Characteristic, type Scale } from '../vocabulary/index.js';
import type { Estimate, ItemSummary, ScaleSummary, Sensitivity, TeamSummaryOk } from './types.js';

/*
 * The statistics of one unit, computed over respondent sets the release rules have already
 * approved (packages/core/src/anonymity). Nothing here decides what may be shown: a figure the
 * plan hides is never computed, and each shown one is computed over exactly the people its set
 * holds (membership.ts).
 */

/** Top-two-box: the lowest favourable item answer (§8.5). */
const FAVOURABLE_FROM = Math.min(...FAVOURABLE_ITEM);
const RELATION = SCALES.indexOf('relation');
const SYSTEM = SCALES.indexOf('system');
const SAFETY_AND_STANDARD = CHARACTERISTICS.indexOf('safetyAndStandard');
const CHARACTERISTIC_SLOTS = ITEM_CHARACTERISTICS.map((c) => CHARACTERISTICS.indexOf(c));

/** Mean, SD and interval of a non-empty list of 0–100 scores. */
function estimateOf(unsorted: readonly number[], o: ScoringOptions): Estimate {
  const n = unsorted.length;
  const values = sortedCopy(unsorted);
  const m = mean(values);
  const sd = sampleSd(values);
  const halfWidth = intervalHalfWidth(sd, n, o.confidence, o.minHalfWidth);
  return { mean: m, sd, n, halfWidth, ci80: [clamp(m - halfWidth, 0, 100), clamp(m + halfWidth, 0, 100)] };
}

/**
 * Histograms of keyed answers per item over `respondents` (see HISTOGRAM_WIDTH): item i's counts
 * are exactly its figure's respondent set, the counted respondents who answered it.
 */
function itemHistograms(respondents: readonly InternalScore[], items: number): Int32Array {
  const histograms = new Int32Array(items * HISTOGRAM_WIDTH);
  for (const r of respondents) {
    for (let i = 0; i < items; i++) {
      if (answeredItem(r, i)) histograms[i * HISTOGRAM_WIDTH + r.keyed[i]!]! += 1;
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
  const scores: number[] = [];
  let answered = 0;
  for (const r of counted) {
    scores.push(r.scales[s]!);
    answered += r.answeredPerScale[s]!;
  }
  const estimate = estimateOf(scores, o);
  let favourable = 0;
  let unfavourable = 0;
  for (const x of scores) {
    if (x >= o.favourable) favourable++;
    else if (x <= o.unfavourable) unfavourable++;
  }
  const n = estimate.n;
  // Fields written out rather than spread: object spread is a slow path in V8's hot loops.
  return {
    mean: estimate.mean,
    sd: estimate.sd,
    n,
    halfWidth: estimate.halfWidth,
    ci80: estimate.ci80,
    agreement: agreementFromHistograms(histograms, c.positionsByScale[s]!, o.rwgNullVariance, o.adLowAgreement),
    polarised: favourable / n >= o.polarised && unfavourable / n >= o.polarised,
    distribution: { favourable, neutral: n - favourable - unfavourable, unfavourable },
    missingRate: 1 - answered / (n * c.itemsPerScale[s]!),
  };
}

/** An item over the counted respondents who answered it, read from the unit's histograms. */
function itemSummary(histograms: Int32Array, position: number, o: ScoringOptions): ItemSummary {
  const base = position * HISTOGRAM_WIDTH;
  const reversed = o.compiled.reverse[position] === 1;
  let n = 0;
  let sum = 0;
  let favourable = 0;
  for (let k = 1; k <= 5; k++) {
    const count = histograms[base + k]!;
    // Items are reported as answered, so a reverse-keyed item reads as its own wording.
    const raw = reversed ? 6 - k : k;
    n += count;
    sum += count * raw;
    if (raw >= FAVOURABLE_FROM) favourable += count;
  }
  return { mean: sum / n, n, favourable: favourable / n };
}

/** The tilt R − S from each counted person's own difference (§8.11). */
function tiltOf(counted: readonly InternalScore[], o: ScoringOptions): TiltEstimate {
  const differences: number[] = [];
  for (const r of counted) differences.push(r.scales[RELATION]! - r.scales[SYSTEM]!);
  const d = sortedCopy(differences);
  const t = studentTQuantile(1 - (1 - o.confidence) / 2, d.length - 1);
  return { mean: mean(d), halfWidth: (t * sampleSd(d)) / Math.sqrt(d.length) };
}

function sensitivityOf(counted: readonly InternalScore[]): Sensitivity {
  const kept = counted.filter(isUnflagged);
  const scales = {} as Record<Scale, number>;
  SCALES.forEach((scale, s) => (scales[scale] = mean(sortedCopy(kept.map((r) => r.scales[s]!)))));
  return { n: kept.length, scales };
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
    zone: classifyAxes(axis(safety), axis(standard), o.cut),
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
    if (state !== 'shown' && state !== 'none') hidden[layout.names[key]!] = state;
  }

  const histograms = itemHistograms(counted, c.ids.length);
  const scales = {} as Record<Scale, ScaleSummary>;
  SCALES.forEach((scale, s) => (scales[scale] = scaleSummary(counted, histograms, s, o)));

  const items: Record<string, ItemSummary | null> = {};
  for (let i = 0; i < c.ids.length; i++) {
    // Built by assignment: Object.fromEntries is several times slower for 40 keys in V8.
    items[c.ids[i]!] = shown[layout.firstItem + i] === 1 ? itemSummary(histograms, i, o) : null;
  }

  const characteristics = {} as Record<Characteristic, Estimate | null>;
  const both: number[] = [];
  for (const r of counted) both.push(r.characteristics[SAFETY_AND_STANDARD]!);
  characteristics.safetyAndStandard = estimateOf(both, o);
  for (let index = 0; index < ITEM_CHARACTERISTICS.length; index++) {
    const ch = ITEM_CHARACTERISTICS[index]!;
    if (shown[layout.firstCharacteristic + index] === 0) {
      characteristics[ch] = null;
      continue;
    }
    const slot = CHARACTERISTIC_SLOTS[index]!;
    const values: number[] = [];
    for (const r of counted) if (hasCharacteristic(r, index)) values.push(r.characteristics[slot]!);
    characteristics[ch] = estimateOf(values, o);
  }

  const { zone, balance } = zoneAndBalance(scales, tiltOf(counted, o), o);

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
