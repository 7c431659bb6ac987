import { agreementFromHistograms, HISTOGRAM_WIDTH } from '../agreement/index.js';
import { assessScores, type BalanceAssessment, type TiltEstimate } from '../assessBalance/index.js';
import { classifyAxes, type ZoneClassification } from '../classifyZone/index.js';
import { FAVOURABLE_ITEM } from '../constants/index.js';
import type { ScoringOptions } from '../options/scoring.js';
import type { InternalScore } from '../scoreResponse/internal.js';
import { clamp, intervalHalfWidth, mean, sampleSd, sortedCopy, studentTQuantile } from '../stats/index.js';
import { CHARACTERISTICS, SCALES, type Characteristic, type Scale } from '../vocabulary/index.js';
import type { Estimate, ItemSummary, ScaleSummary, Sensitivity, TeamSummary } from './types.js';

/** Top-two-box: the lowest favourable item answer (§8.5). */
const FAVOURABLE_FROM = Math.min(...FAVOURABLE_ITEM);
const RELATION = SCALES.indexOf('relation');
const SYSTEM = SCALES.indexOf('system');

/** Mean, SD and interval of `values`, or null below k. */
function estimateOf(unsorted: readonly number[], o: ScoringOptions): Estimate | null {
  const n = unsorted.length;
  if (n < o.minGroupSize) return null;
  const values = sortedCopy(unsorted);
  const m = mean(values);
  const sd = sampleSd(values);
  const halfWidth = intervalHalfWidth(sd, n, o.confidence, o.minHalfWidth);
  return { mean: m, sd, n, halfWidth, ci80: [clamp(m - halfWidth, 0, 100), clamp(m + halfWidth, 0, 100)] };
}

/** Histograms of keyed answers per item over `respondents` (see HISTOGRAM_WIDTH). */
function itemHistograms(respondents: readonly InternalScore[], items: number): Int32Array {
  const histograms = new Int32Array(items * HISTOGRAM_WIDTH);
  for (const r of respondents) {
    const keyed = r.keyed;
    for (let i = 0; i < items; i++) {
      const k = keyed[i]!;
      if (k !== 0) histograms[i * HISTOGRAM_WIDTH + k]! += 1;
    }
  }
  return histograms;
}

function scaleSummary(
  respondents: readonly InternalScore[],
  histograms: Int32Array,
  s: number,
  o: ScoringOptions,
): ScaleSummary | null {
  const c = o.compiled;
  const scores: number[] = [];
  let everyone = true;
  for (const r of respondents) {
    const v = r.scales[s]!;
    if (Number.isNaN(v)) everyone = false;
    else scores.push(v);
  }
  const estimate = estimateOf(scores, o);
  if (!estimate) return null;
  let favourable = 0;
  let unfavourable = 0;
  for (const x of scores) {
    if (x >= o.favourable) favourable++;
    else if (x <= o.unfavourable) unfavourable++;
  }
  const positions = c.positionsByScale[s]!;
  // Agreement is among those with a score on this scale; usually that is everyone, and the
  // team's item histograms serve as they are.
  const agreementHistograms = everyone
    ? histograms
    : itemHistograms(
        respondents.filter((r) => !Number.isNaN(r.scales[s]!)),
        c.ids.length,
      );
  let answered = 0;
  for (const r of respondents) answered += r.answeredPerScale[s]!;
  const n = estimate.n;
  // Fields written out rather than spread: object spread is a slow path in V8's hot loops.
  return {
    mean: estimate.mean,
    sd: estimate.sd,
    n,
    halfWidth: estimate.halfWidth,
    ci80: estimate.ci80,
    agreement: agreementFromHistograms(agreementHistograms, positions, o.rwgNullVariance, o.adLowAgreement),
    polarised: favourable / n >= o.polarised && unfavourable / n >= o.polarised,
    distribution: { favourable, neutral: n - favourable - unfavourable, unfavourable },
    missingRate: 1 - answered / (respondents.length * c.itemsPerScale[s]!),
  };
}

function itemSummaries(histograms: Int32Array, o: ScoringOptions): Record<string, ItemSummary | null> {
  const c = o.compiled;
  // Built by assignment: Object.fromEntries is several times slower for 40 keys in V8.
  const items: Record<string, ItemSummary | null> = {};
  for (let i = 0; i < c.ids.length; i++) {
    const base = i * HISTOGRAM_WIDTH;
    const reversed = c.reverse[i] === 1;
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
    items[c.ids[i]!] = n >= o.minGroupSize ? { mean: sum / n, n, favourable: favourable / n } : null;
  }
  return items;
}

export function tiltOf(respondents: readonly InternalScore[], o: ScoringOptions): TiltEstimate | undefined {
  const d: number[] = [];
  for (const r of respondents) {
    const rel = r.scales[RELATION]!;
    const sys = r.scales[SYSTEM]!;
    if (!Number.isNaN(rel) && !Number.isNaN(sys)) d.push(rel - sys);
  }
  // Below k paired respondents the per-person tilt is not reported; the caller falls back to R̄ − S̄.
  if (d.length < o.minGroupSize) return undefined;
  const sorted = sortedCopy(d);
  const t = studentTQuantile(1 - (1 - o.confidence) / 2, sorted.length - 1);
  return { mean: mean(sorted), halfWidth: (t * sampleSd(sorted)) / Math.sqrt(sorted.length) };
}

function sensitivityOf(respondents: readonly InternalScore[], o: ScoringOptions): Sensitivity | null {
  const kept = respondents.filter((r) => !r.flags.flagged);
  if (kept.length === respondents.length || kept.length < o.minGroupSize) return null;
  const scales = {} as Record<Scale, number | null>;
  SCALES.forEach((scale, s) => {
    const values = kept.map((r) => r.scales[s]!).filter((v) => !Number.isNaN(v));
    scales[scale] = values.length >= o.minGroupSize ? mean(sortedCopy(values)) : null;
  });
  return { n: kept.length, scales };
}

/**
 * The zone from safety and standard, and the balance from relation, system and administration,
 * each only when all of its scales are shown: neither may outlive its inputs.
 */
export function zoneAndBalance(
  scales: Readonly<Record<Scale, ScaleSummary | null>>,
  tilt: TiltEstimate | undefined,
  o: ScoringOptions,
): { zone: ZoneClassification | null; balance: BalanceAssessment | null } {
  const { safety, standard, relation, system, administration } = scales;
  const axis = (e: ScaleSummary) => ({
    mean: e.mean,
    low: e.mean - e.halfWidth,
    high: e.mean + e.halfWidth,
    split: e.polarised || e.agreement?.low === true,
  });
  return {
    zone: safety && standard ? classifyAxes(axis(safety), axis(standard), o.cut) : null,
    balance:
      relation && system && administration
        ? assessScores(relation.mean, system.mean, administration.mean, tilt, o.cut, o.tiltMeaningful)
        : null,
  };
}

/**
 * Summarises already-scored team-form responses. Every statistic needs k respondents with a
 * valid score on it; below k on the whole team, only the counts leave this function (§8.8).
 */
export function aggregate(scored: readonly InternalScore[], o: ScoringOptions): TeamSummary {
  const respondents = scored.filter((r) => r.valid);
  const n = respondents.length;
  if (n < o.minGroupSize) return { status: 'suppressed', responded: n, required: o.minGroupSize };

  const histograms = itemHistograms(respondents, o.compiled.ids.length);
  const scales = {} as Record<Scale, ScaleSummary | null>;
  SCALES.forEach((scale, s) => (scales[scale] = scaleSummary(respondents, histograms, s, o)));

  const characteristics = {} as Record<Characteristic, Estimate | null>;
  for (let i = 0; i < CHARACTERISTICS.length; i++) {
    const values: number[] = [];
    for (const r of respondents) {
      const v = r.characteristics[i]!;
      if (!Number.isNaN(v)) values.push(v);
    }
    characteristics[CHARACTERISTICS[i]!] = estimateOf(values, o);
  }

  const { zone, balance } = zoneAndBalance(scales, tiltOf(respondents, o), o);

  let flagged = 0;
  let longstring = 0;
  let lowVariability = 0;
  let speed = 0;
  for (const r of respondents) {
    if (r.flags.flagged) flagged++;
    if (r.flags.longstring) longstring++;
    if (r.flags.lowVariability) lowVariability++;
    if (r.flags.speedPages > 0) speed++;
  }

  const { id, version } = o.compiled.instrument;
  return {
    status: 'ok',
    n,
    incomplete: scored.length - n,
    required: o.minGroupSize,
    instrument: { id, version },
    scales,
    items: itemSummaries(histograms, o),
    characteristics,
    zone,
    balance,
    flags: { flagged, longstring, lowVariability, speed },
    sensitivity: sensitivityOf(respondents, o),
  };
}
