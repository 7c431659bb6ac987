import { parseWith } from '../errors/index.js';
import { ReportSchema, type Report } from './schema.js';

/**
 * Quotes a CSV field. Fields that a spreadsheet would run as a formula (starting with =, +, −, @,
 * tab or carriage return) get a leading apostrophe: reports travel to spreadsheets, and a name or
 * label must never execute there (CSV injection).
 */
function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The aggregated results of a report as CSV (RFC 4180, comma-separated, header row first): one
 * row per scale and characteristic with mean, interval, n and agreement, plus participation.
 * Nothing per person exists in a report, so nothing per person can appear here. A suppressed
 * report gives participation rows only.
 *
 * @example
 * ```ts
 * import { buildReport, reportToCsv, summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const report = buildReport({ team: summarizeTeam(syntheticTeam(1, 8, PROFILES.performance)) }, { locale: 'en' });
 * reportToCsv(report).split('\r\n')[0]; // => 'section,key,name,mean,low,high,n,reading'
 * ```
 */
export function reportToCsv(report: Report): string {
  const r = parseWith(ReportSchema, report, 'report');
  const rows: (string | number | boolean | null)[][] = [
    ['section', 'key', 'name', 'mean', 'low', 'high', 'n', 'reading'],
  ];
  rows.push([
    'participation',
    'responded',
    r.headings.participation,
    r.participation.responded,
    null,
    null,
    null,
    r.participation.text,
  ]);
  if (r.participation.invited !== null) {
    rows.push(['participation', 'invited', r.headings.participation, r.participation.invited, null, null, null, null]);
  }
  rows.push(['participation', 'required', r.headings.participation, r.participation.required, null, null, null, null]);
  for (const s of r.scales) {
    const x = s.result;
    rows.push([
      'scale',
      s.scale,
      s.name,
      x?.mean ?? null,
      x?.ci80[0] ?? null,
      x?.ci80[1] ?? null,
      x?.n ?? null,
      x ? x.agreementText : s.suppressedText,
    ]);
  }
  if (r.zone) rows.push(['zone', r.zone.zone, r.headings.zone, null, null, null, null, r.zone.text]);
  if (r.balance)
    rows.push(['balance', r.balance.lean, r.headings.balance, r.balance.tilt, null, null, null, r.balance.leanText]);
  for (const c of r.characteristics?.rows ?? []) {
    rows.push(['characteristic', c.characteristic, c.name, c.mean, c.ci80[0], c.ci80[1], c.n, c.statusText]);
  }
  for (const g of r.gaps?.rows ?? []) rows.push(['gap', g.scale, g.name, g.gap, g.self, g.team, null, g.labelName]);
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
