import { BalanseError } from '../errors/index.js';
import type { SuppressedSummary, TeamSummary } from '../summarizeTeam/types.js';
import { SCALES, ZONES, type Scale, type Zone } from '../vocabulary/index.js';
import type { ReportUnit, ReportZoneSpread } from './report-schema.js';
import { zoneText, type Writer } from './writer.js';

/** A unit below the report's unit: its id, name, (possibly suppressed) summary and headcount. */
export interface ReportUnitInput {
  id: string;
  name?: string;
  summary: TeamSummary;
  /** How many were invited in this unit, for its response rate. */
  invited?: number;
}

/** Why a unit shows participation only, in words. */
export function suppressedText(w: Writer, summary: SuppressedSummary): string {
  return w.f(w.m.hidden.unit[summary.reason ?? 'below-threshold'], { required: summary.required });
}

function unitRow(w: Writer, unit: ReportUnitInput, index: number): ReportUnit {
  const root = `input.department.units[${index}]`;
  // Read by buildReport through the same R6 check as the report's own summary.
  const summary = unit.summary;
  const name = unit.name ?? unit.id;
  const responded = summary.status === 'ok' ? summary.n : summary.responded;
  const invited = unit.invited ?? null;
  if (invited !== null && invited < responded) {
    throw new BalanseError(
      'invalid_input',
      `${root}.invited`,
      `must be at least the unit's respondents (${responded})`,
      invited,
    );
  }
  // Participation is a count per unit and is shown for every unit (ANONYMITY.md R7).
  const responseRate = invited !== null && invited > 0 ? responded / invited : null;
  const rateText = responseRate === null ? null : w.f(w.m.department.rate, { percent: w.percent(responseRate) });
  if (summary.status !== 'ok') {
    return {
      id: unit.id,
      name,
      status: 'suppressed',
      responded,
      invited,
      responseRate,
      rateText,
      zone: null,
      borderline: false,
      scales: null,
      text: suppressedText(w, summary),
    };
  }
  const scales = {} as Record<Scale, number>;
  for (const scale of SCALES) scales[scale] = summary.scales[scale].mean;
  return {
    id: unit.id,
    name,
    status: 'ok',
    responded,
    invited,
    responseRate,
    rateText,
    zone: summary.zone.zone,
    borderline: summary.zone.borderline,
    scales,
    text: w.f(w.m.report.unitZone, { unit: name, zone: zoneText(w, summary.zone) }),
  };
}

/**
 * The department view: a row per unit below the report's unit, with figures only for units whose
 * own summary is shown (each read by `buildReport` through the same R6 check as the report's own), and how many of
 * the shown units sit in each zone. The department's own zone and scales are those of the
 * report's summary, computed from its own respondents, never from the units' points.
 */
export function departmentSection(
  w: Writer,
  department: { name?: string | undefined; units: readonly ReportUnitInput[] },
) {
  const units = department.units.map((unit, i) => unitRow(w, unit, i));
  const shown = units.filter((u) => u.status === 'ok');
  const zones = ZONES.map((zone: Zone): ReportZoneSpread => {
    const here = shown.filter((u) => u.zone === zone);
    return {
      zone,
      name: w.m.zones[zone].name,
      count: here.length,
      units: here.map((u) => u.name),
      text: w.f(w.m.department.zoneIn, { count: here.length, zone: w.zoneTerm(zone) }),
    };
  });
  const hidden = units.length - shown.length;
  return {
    name: department.name ?? null,
    note: w.m.department.note,
    units,
    zones,
    spreadText:
      shown.length > 0
        ? w.f(w.m.department.spread, { count: shown.length, zones: zones.map((z) => z.text).join(', ') })
        : w.m.department.noneShown,
    hiddenText: hidden > 0 ? w.f(w.m.department.hidden, { count: hidden }) : null,
  };
}
