import { parseWith } from '../errors/index.js';
import { ReportSchema, type Report } from './report-schema.js';

/**
 * The columns of `reportToCsv`, in order. Every row fills the columns its section has and leaves
 * the others empty; packages/components/src/report/README.md describes each column and section.
 */
export const REPORT_CSV_COLUMNS = [
  'section',
  'key',
  'name',
  'scale',
  'mean',
  'low',
  'high',
  'n',
  'count',
  'invited',
  'favourable',
  'neutral',
  'unfavourable',
  'cannot_answer',
  'ad',
  'rwg_star',
  'rwg',
  'rwg_slight_skew',
  'agreement_band',
  'self',
  'gap',
  'previous_mean',
  'change',
  'change_low',
  'change_high',
  'reading',
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

type Cell = string | number | boolean | null | undefined;

/**
 * Quotes a CSV field. Fields that a spreadsheet would run as a formula (starting with =, +, −, @,
 * tab or carriage return) get a leading apostrophe: reports travel to spreadsheets, and a name or
 * label must never execute there (CSV injection).
 */
function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The aggregated results of a report as CSV (RFC 4180, comma-separated, header row first), for
 * consultancies' own analysis: participation; per scale its mean, interval, n, distribution,
 * agreement (AD, r*wg(J), rwg(J) against both nulls, band) and the change from the previous
 * round; every item the release rules show (score, n, distribution, "cannot answer") and the
 * reason for each one they hide; zone, balance, the linking table, characteristics, gaps, the
 * units below with their scales, and the spread over zones. The columns are `REPORT_CSV_COLUMNS`.
 * Nothing per person exists in a report, so nothing per person can appear here. A suppressed
 * report gives participation rows (and the units below) only.
 *
 * @param report - a report from `buildReport`, or one loaded from storage; checked here
 * @returns the CSV text, rows separated by CRLF, the header first
 * @throws {BalanseError} `invalid_input` naming the field when `report` does not match `ReportSchema`
 *
 * @example
 * ```ts
 * import { buildReport, reportToCsv, summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const report = buildReport({ team: summarizeTeam(syntheticTeam(1, 8, PROFILES.performance)) }, { locale: 'en' });
 * reportToCsv(report).split('\r\n')[0]?.split(',').slice(0, 8).join(','); // => 'section,key,name,scale,mean,low,high,n'
 * ```
 */
export function reportToCsv(report: Report): string {
  const r = parseWith(ReportSchema, report, 'report');
  const rows: Partial<Record<ReportCsvColumn, Cell>>[] = [];
  const h = r.headings;
  const p = r.participation;
  // Participation is counts, not figures: `count`, never `n` (which is always k or more).
  rows.push({
    section: 'participation',
    key: 'responded',
    name: h.participation,
    count: p.responded,
    invited: p.invited,
    reading: p.text,
  });
  rows.push({ section: 'participation', key: 'required', name: h.participation, count: p.required });
  if (p.incomplete !== null) {
    rows.push({
      section: 'participation',
      key: 'incomplete',
      name: h.participation,
      count: p.incomplete,
      reading: p.incompleteText,
    });
  }
  const changes = new Map((r.previous?.scales ?? []).map((c) => [c.scale, c]));
  for (const s of r.scales) {
    const x = s.result;
    const c = changes.get(s.scale);
    rows.push({
      section: 'scale',
      key: s.scale,
      name: s.name,
      scale: s.scale,
      mean: x?.mean,
      low: x?.interval[0],
      high: x?.interval[1],
      n: x?.n,
      favourable: x?.distribution.favourable,
      neutral: x?.distribution.neutral,
      unfavourable: x?.distribution.unfavourable,
      ad: x?.agreement?.ad,
      rwg_star: x?.agreement?.rwgStar,
      rwg: x?.agreement?.rwg,
      rwg_slight_skew: x?.agreement?.rwgSlightSkew,
      agreement_band: x?.agreement?.band,
      previous_mean: c?.previous,
      change: c?.change,
      change_low: c?.interval[0],
      change_high: c?.interval[1],
      reading: x ? (c ? `${x.agreementText} ${c.text}` : x.agreementText) : s.suppressedText,
    });
  }
  for (const scale of r.items?.scales ?? []) {
    for (const i of scale.rows) {
      rows.push({
        section: 'item',
        key: i.id,
        name: i.text,
        scale: scale.scale,
        mean: i.score,
        n: i.n,
        favourable: i.distribution.favourable,
        neutral: i.distribution.neutral,
        unfavourable: i.distribution.unfavourable,
        cannot_answer: i.cannotAnswer,
        reading: i.rank ?? null,
      });
    }
    for (const i of scale.notShown)
      rows.push({ section: 'item', key: i.id, name: i.text, scale: scale.scale, reading: i.reason });
  }
  if (r.zone) rows.push({ section: 'zone', key: r.zone.zone, name: h.zone, reading: r.zone.text });
  if (r.balance)
    rows.push({
      section: 'balance',
      key: r.balance.lean,
      name: h.balance,
      mean: r.balance.tilt,
      reading: r.balance.leanText,
    });
  if (r.linking) rows.push({ section: 'linking', key: r.linking.match, name: h.linking, reading: r.linking.text });
  if (r.previous) {
    rows.push({
      section: 'previous',
      key: r.previous.status,
      name: r.previous.round ?? h.previous,
      reading: r.previous.text,
    });
    if (r.previous.zone) {
      rows.push({ section: 'previous', key: 'zone', name: h.previous, reading: r.previous.zone.text });
    }
  }
  for (const c of r.characteristics?.rows ?? []) {
    rows.push({
      section: 'characteristic',
      key: c.characteristic,
      name: c.name,
      mean: c.mean,
      low: c.interval[0],
      high: c.interval[1],
      n: c.n,
      reading: c.statusText,
    });
  }
  for (const g of r.gaps?.rows ?? []) {
    rows.push({
      section: 'gap',
      key: g.scale,
      name: g.name,
      scale: g.scale,
      mean: g.team,
      self: g.self,
      gap: g.gap,
      reading: g.labelName,
    });
  }
  for (const u of r.department?.units ?? []) {
    rows.push({ section: 'unit', key: u.id, name: u.name, count: u.responded, invited: u.invited, reading: u.text });
    for (const [scale, mean] of Object.entries(u.scales ?? {})) {
      rows.push({ section: 'unit_scale', key: u.id, name: u.name, scale, mean, n: u.responded });
    }
  }
  for (const z of r.department?.zones ?? []) {
    rows.push({ section: 'zone_spread', key: z.zone, name: z.name, count: z.count, reading: z.text });
  }
  const lines = [
    REPORT_CSV_COLUMNS.join(','),
    ...rows.map((row) => REPORT_CSV_COLUMNS.map((c) => field(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
