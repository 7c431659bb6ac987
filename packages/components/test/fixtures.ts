/**
 * Realistic test data for the report elements, made the way a host makes it: seeded synthetic
 * teams from core, summarised and turned into a Report by core. Nothing here is real data.
 */
import {
  buildReport,
  classifyZone,
  releaseUnits,
  summarizeTeam,
  type Locale,
  type Report,
  type TeamSummaryOk,
} from '@balanse/core';
import { createRandom, PROFILES, syntheticDepartment, syntheticResponse, syntheticTeam } from '@balanse/core/synthetic';
import type { AdvisorSeller } from '../src/style-advisor/sellers.js';

export { PROFILES, syntheticTeam };

/** A comfort-zone team of 8 led from relation (profile A). */
export const comfortTeam = summarizeTeam(syntheticTeam(11, 8, PROFILES.comfort)) as TeamSummaryOk;
/** A performance-zone team of 8 with a solid foundation. */
export const performanceTeam = summarizeTeam(syntheticTeam(21, 8, PROFILES.performance)) as TeamSummaryOk;
/** An apathy-zone team: light pressure and a weak foundation. */
export const apathyTeam = summarizeTeam(syntheticTeam(31, 8, PROFILES.apathy)) as TeamSummaryOk;
/** A team whose safety interval contains the cut: borderline between two zones. */
export const borderlineZone = classifyZone({
  safety: { mean: 64, halfWidth: 8 },
  standard: { mean: 75, halfWidth: 6, polarised: true },
});
/** The leader's self-form response. */
export const selfResponse = syntheticResponse(createRandom(3), PROFILES.performance, {
  form: 'self',
  id: 'leader-self',
});

/** The leader's private sellers, as the style advisor would give them to buildReport. */
export const sellers = [
  { name: 'Kari', competence: [2, 2], commitment: [2, 3], newInRole: true },
  { name: 'Ola', competence: [4, 5], commitment: [4, 4], comfortZone: true },
];

/** A complete report of the comfort team in `locale`, with the leader's self form and, if asked, sellers. */
export function fullReport(locale: Locale, options: { sellers?: boolean; department?: boolean } = {}): Report {
  return buildReport(
    {
      team: comfortTeam,
      self: selfResponse,
      ...(options.sellers ? { sellers } : {}),
      ...(options.department
        ? {
            department: {
              name: 'Salg',
              units: [
                { id: 'north', name: 'Nord', summary: comfortTeam },
                { id: 'south', name: 'Sør', summary: summarizeTeam(syntheticTeam(41, 3, PROFILES.stress)) },
              ],
            },
          }
        : {}),
    },
    { locale, teamName: 'Salg Nord', invited: 9 },
  );
}

/**
 * The sample department's report as a server releases it: four teams below it, one in each zone,
 * and a fifth too small to show; with the previous round of the same department beside it.
 */
export function departmentReport(locale: Locale): Report {
  const now = releaseUnits(syntheticDepartment(2)).units;
  const before = releaseUnits(syntheticDepartment(1)).units;
  const teams = syntheticDepartment(2).filter((u) => u.parent === 'sales');
  return buildReport(
    {
      team: now.sales!,
      department: {
        name: 'Salg',
        units: teams.map((u) => ({ id: u.id, name: u.name, invited: u.invited, summary: now[u.id]! })),
      },
      previous: { summary: before.sales!, round: '2025' },
    },
    { locale, teamName: 'Salg', invited: 40, generatedAt: '2026-11-20' },
  );
}

/** A report with too few answers: participation only ("3 of 7 answered; results appear from 5"). */
export function suppressedReport(locale: Locale): Report {
  return buildReport(
    { team: summarizeTeam(syntheticTeam(11, 3, PROFILES.comfort)) },
    { locale, teamName: 'Salg Øst', invited: 7 },
  );
}

/** Texts that try to run script if anything renders them as HTML. */
export const INJECTIONS = [
  '<img src=x onerror="window.__balanseInjected=1">',
  '<script>window.__balanseInjected=1</script>',
  '"><svg onload="window.__balanseInjected=1">',
  '<a href="javascript:window.__balanseInjected=1">x</a>',
  '{{constructor.constructor("window.__balanseInjected=1")()}}',
];

/** True if any injection ran. */
export const injected = (): boolean => (window as unknown as { __balanseInjected?: number }).__balanseInjected === 1;

/** Two sellers for the style advisor: Kari new in the role and unsure, Ola able and settled in the comfort zone. */
export const kari: AdvisorSeller = {
  id: 'kari',
  name: 'Kari',
  competence: [2, 2],
  commitment: [2, 3],
  newInRole: true,
  comfortZone: false,
  lowEnergy: false,
};
export const ola: AdvisorSeller = {
  id: 'ola',
  name: 'Ola',
  competence: [4, 5],
  commitment: [4, 4],
  newInRole: false,
  comfortZone: true,
  lowEnergy: false,
};
