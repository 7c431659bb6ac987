import { sideOf, type Side } from '../_lib/cut/index.js';
import type { Messages } from '../messages/index.js';
import type { TeamSummaryOk } from '../summarizeTeam/types.js';
import type { ReportLinking } from './report-schema.js';
import type { Writer } from './writer.js';

/**
 * Each zone axis with the side of the board that the linking table reads it from: support
 * (relation leadership) makes safety, demands (system leadership) make the standard.
 */
const AXES = [
  { axis: 'safety', lever: 'relation', high: 'supportWithoutSafety', low: 'safetyWithoutSupport' },
  { axis: 'standard', lever: 'system', high: 'demandsWithoutStandard', low: 'standardWithoutDemands' },
] as const satisfies readonly {
  axis: 'safety' | 'standard';
  lever: 'relation' | 'system';
  /** The text when leadership is high and the team low on this axis. */
  high: keyof Messages['linking'];
  low: keyof Messages['linking'];
}[];

/**
 * The linking table as explanation (the model, "How the models connect"): the zone teams led
 * like this tend to end up in (`balance.expectedZone`) beside the zone this team is in. They
 * agree, or the team is borderline and the expected zone is one of its candidates, or they
 * differ; then, for each axis where the leadership and the team are on different sides of the
 * cut, what that suggests.
 */
export function linkingSection(w: Writer, team: TeamSummaryOk): ReportLinking {
  const { balance, zone } = team;
  const expected = balance.expectedZone;
  const match: ReportLinking['match'] =
    expected === zone.zone ? 'same' : zone.candidates.includes(expected) ? 'within-uncertainty' : 'different';
  const explanations = AXES.flatMap(({ axis, lever, high, low }) => {
    const leadership: Side = sideOf(balance.scores[lever], balance.cut);
    const teamSide: Side = sideOf(zone[axis].score, zone.cut);
    if (leadership === teamSide) return [];
    return [{ axis, lever, leadership, team: teamSide, text: w.m.linking[leadership === 'high' ? high : low] }];
  });
  const values = { zone: w.zoneTerm(zone.zone), expected: w.zoneTerm(expected) };
  const text =
    match === 'same'
      ? w.f(w.m.linking.same, values)
      : match === 'different'
        ? w.f(w.m.linking.different, values)
        : w.f(w.m.linking.withinUncertainty, values);
  return { expectedZone: expected, zone: zone.zone, match, text, explanations };
}
