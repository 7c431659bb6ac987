import { at } from '../_lib/at.js';
import { atLeast, exceeds, sideOf, zoneAt } from '../_lib/cut/index.js';
import { compareInstruments } from '../instrument/versions.js';
import type { ScoringOptions } from '../options/scoring.js';
import { differenceHalfWidth } from '../_lib/stats/index.js';
import type { TeamSummary, TeamSummaryOk } from '../summarizeTeam/types.js';
import { SCALES, type Scale } from '../vocabulary/index.js';
import type { ReportChange, ReportPrevious } from './report-schema.js';
import type { Writer } from './writer.js';

function changeOf(w: Writer, scale: Scale, before: TeamSummaryOk, now: TeamSummaryOk, o: ScoringOptions): ReportChange {
  const p = before.scales[scale];
  const c = now.scales[scale];
  const change = c.mean - p.mean;
  const h = differenceHalfWidth(p, c, o.confidence, o.minHalfWidth);
  // A change is clear when its interval leaves out zero: |change| ≥ h, and not nothing at all.
  const clear = exceeds(Math.abs(change), 0) && atLeast(Math.abs(change), h);
  const direction = !clear ? 'none' : change > 0 ? 'up' : 'down';
  const size = Math.abs(change);
  const text =
    direction === 'up'
      ? w.f(w.m.previous.up, { value: size })
      : direction === 'down'
        ? w.f(w.m.previous.down, { value: size })
        : w.m.previous.unclear;
  return {
    scale,
    name: w.m.scales[scale].name,
    previous: p.mean,
    current: c.mean,
    change,
    interval: [change - h, change + h],
    clear,
    direction,
    text,
  };
}

/**
 * The previous round of the same unit beside this one (rounds are separate respondent sets,
 * ANONYMITY.md R5): per scale the change with the interval of the difference of two independent
 * means (Welch, at the report's confidence, never narrower than the 5-point floor of §8.9), a
 * change inside it being "no clear change"; and the move between zones, the previous point read
 * against today's cut, clear only when every axis that crossed the cut changed clearly. Whether
 * the two rounds compare is `compareInstruments`'s answer: within a version, plainly; across two
 * built-in versions, with the report saying which questions changed (`versionNote`); across
 * instruments, or versions whose changes are unknown, not at all.
 */
export function previousSection(
  w: Writer,
  now: TeamSummaryOk,
  before: TeamSummary,
  round: string | undefined,
  o: ScoringOptions,
): ReportPrevious {
  const intro = round === undefined ? w.m.previous.introUnnamed : w.f(w.m.previous.intro, { round });
  const base = { round: round ?? null, note: null, zone: null, scales: [] };
  if (before.status !== 'ok') {
    return {
      ...base,
      status: 'suppressed',
      instrument: null,
      versionNote: null,
      text: `${intro} ${w.m.previous.suppressed}`,
    };
  }
  const instrument = { id: before.instrument.id, version: before.instrument.version };
  const comparison = compareInstruments(before.instrument, now.instrument);
  if (!comparison.comparable && comparison.changedItems === null) {
    return {
      ...base,
      status: 'not-comparable',
      instrument,
      versionNote: null,
      text: `${intro} ${w.f(w.m.previous.notComparable, instrument)}`,
    };
  }
  const versionNote =
    comparison.comparable || comparison.changedItems === null
      ? null
      : w.f(w.m.report.versionNote, {
          from: before.instrument.version,
          to: now.instrument.version,
          changed: comparison.changedItems.length,
        });
  const scales = SCALES.map((scale) => changeOf(w, scale, before, now, o));
  const byScale = (scale: Scale) => at(scales, SCALES.indexOf(scale));
  const cut = o.cut;
  const from = zoneAt(before.scales.safety.mean, before.scales.standard.mean, cut);
  const to = now.zone.zone;
  const moved = from !== to;
  const crossed = (['safety', 'standard'] as const).filter(
    (axis) => sideOf(before.scales[axis].mean, cut) !== sideOf(now.scales[axis].mean, cut),
  );
  const clear = moved && crossed.every((axis) => byScale(axis).clear);
  const zones = { from: w.zoneTerm(from), to: w.zoneTerm(to), zone: w.zoneTerm(to) };
  const zoneText = !moved
    ? w.f(w.m.previous.zoneSame, zones)
    : clear
      ? w.f(w.m.previous.zoneMoved, zones)
      : w.f(w.m.previous.zoneMovedUnclear, zones);
  const count = scales.filter((s) => s.clear).length;
  return {
    round: round ?? null,
    status: 'ok',
    instrument,
    text: `${intro} ${w.f(w.m.previous.clearCount, { count })} ${zoneText}`,
    note: w.f(w.m.previous.note, { confidence: w.percent(o.confidence) }),
    versionNote,
    zone: { from, to, moved, clear, text: zoneText },
    scales,
  };
}
