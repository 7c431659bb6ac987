import * as z from 'zod/mini';
import { resolveScoringOptions, type ScoringOptions } from '../options/scoring.js';
import { adviseOnSummary } from '../adviseTeam/index.js';
import type { BalanceAssessment } from '../assessBalance/index.js';
import type { ZoneClassification } from '../classifyZone/index.js';
import { compareWithSummary } from '../compareSelf/index.js';
import { REPORT_SCHEMA_VERSION } from '../constants/index.js';
import { BalanseError, parseWith } from '../errors/index.js';
import { characteristicKey, itemKey } from '../anonymity/figures.js';
import { localize } from '../instrument/localize.js';
import { formatMessage, messages, numberFormat, type Messages } from '../messages/index.js';
import type { BalanseOptions } from '../options/index.js';
import { recommendForValid, SellerInputSchema, type SellerInput } from '../recommendStyle/index.js';
import { intAtLeast, oneOf, text } from '../schema/index.js';
import { readSummary } from '../anonymity/read-summary.js';
import type { SuppressedSummary, TeamSummary, TeamSummaryOk } from '../summarizeTeam/types.js';
import {
  CHARACTERISTICS,
  ITEM_CHARACTERISTICS,
  LOCALES,
  SCALES,
  type ItemCharacteristic,
  type Locale,
  type Scale,
  type Zone,
} from '../vocabulary/index.js';
import type {
  Report,
  ReportAdvice,
  ReportBalance,
  ReportGaps,
  ReportScale,
  ReportSeller,
  ReportUnit,
  ReportZone,
} from './schema.js';
import { ReportSchema } from './schema.js';

/** One seller in the leader's private style-advisor section. */
export type ReportSellerInput = SellerInput & { name: string };

/** A unit of the department overview: its name and its (possibly suppressed) summary. */
export interface ReportUnitInput {
  id: string;
  name?: string;
  summary: TeamSummary;
}

/** What a report is built from: only summaries and the leader's own inputs, never team answers. */
export interface ReportInput {
  /** The team's summary from `summarizeTeam` (or a unit's from `summarizeUnits`). */
  team: TeamSummary;
  /** The leader's self-form response (form `self`): the leader's own answers, shown beside the team's. */
  self?: unknown;
  /** The style advisor's inputs per seller; makes the report the leader's private version. */
  sellers?: readonly ReportSellerInput[];
  /** Other units of the department, for the overview. */
  department?: { name?: string; units: readonly ReportUnitInput[] };
}

/** How the report is written. Any other `BalanseOptions` (the cut, k, a custom instrument) may be given too. */
export type ReportOptions = BalanseOptions & {
  /** The report's language. */
  locale: Locale;
  /** The team's name, shown as the subtitle. */
  teamName?: string;
  /** How many were invited, for "3 of 7 answered". */
  invited?: number;
  /** When the report was made, as an ISO 8601 date or date-time. */
  generatedAt?: string;
};

const ReportOptionsSchema = z.object({
  locale: oneOf(LOCALES),
  teamName: z.optional(text(200)),
  invited: z.optional(intAtLeast(0)),
  generatedAt: z.optional(
    z
      .string({ error: 'must be an ISO 8601 date' })
      .check(z.refine((s) => !Number.isNaN(Date.parse(s)), { error: 'must be an ISO 8601 date' })),
  ),
});

const ReportInputSchema = z.object({
  team: z.unknown(),
  self: z.optional(z.unknown()),
  sellers: z.optional(z.array(z.object({ name: text(200) }), { error: 'must be an array of sellers' })),
  department: z.optional(
    z.object({
      name: z.optional(text(200)),
      units: z.array(z.object({ id: text(100), name: z.optional(text(200)), summary: z.unknown() })),
    }),
  ),
});

const REPORT_OPTION_KEYS = ['locale', 'teamName', 'invited', 'generatedAt'] as const;

/** A writer bound to one locale: number formatting and messages. */
class Writer {
  readonly m: Messages;
  constructor(readonly locale: Locale) {
    this.m = messages[locale];
  }
  f(template: string, values: Record<string, string | number> = {}, digits = 0): string {
    return formatMessage(template, values, this.locale, digits);
  }
  zoneTerm(zone: Zone): string {
    return this.m.zones[zone].term;
  }
}

function zoneText(w: Writer, c: ZoneClassification): string {
  if (c.candidates.length === 4) return w.m.zoneMap.centre;
  if (c.candidates.length === 2) {
    return w.f(w.m.zoneMap.borderline, { a: w.zoneTerm(c.candidates[0]!), b: w.zoneTerm(c.candidates[1]!) });
  }
  return w.f(w.m.zoneMap.clear, { zone: w.zoneTerm(c.zone) });
}

function zoneSection(w: Writer, c: ZoneClassification, selfZone: ZoneClassification | null): ReportZone {
  const splitTexts = (['safety', 'standard'] as const)
    .filter((axis) => c[axis].split)
    .map((axis) => w.f(w.m.zoneMap.split, { axis: w.m.scales[axis].term }));
  return {
    zone: c.zone,
    candidates: [...c.candidates],
    borderline: c.borderline,
    safety: { ...c.safety, interval: [...c.safety.interval] as [number, number] },
    standard: { ...c.standard, interval: [...c.standard.interval] as [number, number] },
    cut: c.cut,
    text: zoneText(w, c),
    meaning: w.m.zones[c.zone].meaning,
    splitTexts,
    self: selfZone
      ? {
          safety: selfZone.safety.score,
          standard: selfZone.standard.score,
          zone: selfZone.zone,
          text: w.f(w.m.zoneMap.selfPoint, { zone: w.zoneTerm(selfZone.zone) }),
        }
      : null,
  };
}

function balanceSection(w: Writer, b: BalanceAssessment): ReportBalance {
  const bm = w.m.balance;
  return {
    ...b,
    scores: { ...b.scores },
    foundationText: bm.foundation[b.foundation],
    leanText: bm.lean[b.lean],
    forceText: bm.force[b.force],
    profileText: b.profile ? { ...bm.profile[b.profile] } : null,
    expectedZoneText: w.f(bm.expectedZone, { zone: w.zoneTerm(b.expectedZone) }),
    tiltText: w.f(bm.tilt, { value: b.tilt }),
  };
}

function headlineBalance(w: Writer, b: BalanceAssessment): string {
  const h = w.m.report.headlineBalance;
  if (b.foundation === 'weak') return h.weak;
  if (b.lean !== 'balanced') return h[b.lean];
  return h[b.force];
}

function scaleSection(w: Writer, team: TeamSummaryOk, scale: Scale): ReportScale {
  const names = w.m.scales[scale];
  const s = team.scales[scale];
  const agreementLow = s.agreement?.low === true;
  const agreementText = s.polarised
    ? w.m.agreement.polarised
    : agreementLow
      ? w.f(w.m.agreement.low, { ad: s.agreement!.ad }, 1)
      : w.m.agreement.high;
  return {
    scale,
    name: names.name,
    description: names.description,
    result: {
      mean: s.mean,
      halfWidth: s.halfWidth,
      ci80: [s.ci80[0], s.ci80[1]],
      n: s.n,
      scoreText: w.f(w.m.report.score, { value: s.mean }),
      intervalText: w.f(w.m.report.interval, { low: s.ci80[0], high: s.ci80[1] }),
      agreementLow,
      polarised: s.polarised,
      agreementText,
      distribution: { ...s.distribution },
      missingRate: s.missingRate,
      // Heavy skipping is worth a sentence (§8.6); a few skipped items are not.
      missingText: s.missingRate >= 0.1 ? w.f(w.m.report.missing, { percent: s.missingRate * 100 }) : null,
    },
    suppressedText: null,
  };
}

function gapsSection(
  w: Writer,
  self: unknown,
  team: TeamSummaryOk,
  o: ScoringOptions,
): { gaps: ReportGaps | null; selfZone: ZoneClassification | null } {
  const comparison = compareWithSummary(self, team, o, 'input.self');
  if (comparison.status !== 'ok') return { gaps: null, selfZone: null };
  const items = o.compiled.instrument.items;
  const itemText = (id: string) => {
    const item = items.find((i) => i.id === id)!;
    return localize(item.text, w.locale);
  };
  const rows = comparison.order.map((scale) => {
    const g = comparison.scales[scale]!;
    const label = w.m.gapLabels[g.label];
    return {
      scale,
      name: w.m.scales[scale].name,
      self: g.self,
      team: g.team,
      gap: g.gap,
      gapText: w.f(w.m.report.gapValue, { value: g.gap }),
      label: g.label,
      labelName: label.name,
      labelText: label.text,
      meaningful: g.meaningful,
      large: g.large,
    };
  });
  const itemGap = (g: { id: string; self: number; team: number; gap: number }) => ({ ...g, text: itemText(g.id) });
  const someHidden = o.compiled.ids.some((id) => team.hidden[itemKey(id)] !== undefined);
  return {
    gaps: {
      note: w.m.report.selfNote,
      rows,
      itemsHigher: comparison.items.higher.map(itemGap),
      itemsLower: comparison.items.lower.map(itemGap),
      itemsNote: someHidden ? w.m.hidden.items : null,
    },
    selfZone: comparison.selfZone,
  };
}

function adviceSection(w: Writer, team: TeamSummaryOk, o: ScoringOptions): ReportAdvice[] {
  const advice = adviseOnSummary(team, o);
  if (advice.status !== 'ok') return [];
  const statName = (statistic: string) =>
    (SCALES as readonly string[]).includes(statistic)
      ? w.m.scales[statistic as Scale].term
      : w.m.characteristics[statistic as (typeof CHARACTERISTICS)[number]].term;
  return advice.advice.map((a) => ({
    topic: a.topic,
    lever: a.lever,
    leverName: w.m.levers[a.lever],
    title: w.m.advice[a.topic].title,
    text: w.m.advice[a.topic].text,
    reasons: a.reasons.map((r) =>
      // The cut keeps its decimal (62.5), the score is whole.
      w.f(w.m.adviceReasons[r.rule], {
        statistic: statName(r.statistic),
        value: r.value,
        cut: numberFormat(w.locale, 1).format(o.cut),
      }),
    ),
  }));
}

function sellerSection(
  w: Writer,
  seller: ReportSellerInput,
  weakFoundation: boolean,
  o: ScoringOptions,
  index: number,
): ReportSeller {
  const { name, ...input } = seller;
  const parsed = parseWith(SellerInputSchema, input, `input.sellers[${index}]`);
  const rec = recommendForValid({ ...parsed, weakFoundation: parsed.weakFoundation ?? weakFoundation }, o);
  const style = w.m.styles[rec.style];
  return {
    name,
    style: rec.style,
    styleName: style.name,
    situation: style.situation,
    how: style.how,
    pressure: { ...rec.pressure },
    pressureText: w.f(w.m.pressure, { relation: rec.pressure.relation, system: rec.pressure.system }),
    reasons: rec.reasons.map((r) => w.m.styleReasons[r]),
    levers: rec.levers.map((l) => ({
      ...l,
      text: w.f(w.m.diagnosis, { observation: w.m.observations[l.observation].name, lever: w.m.scales[l.lever].term }),
    })),
    phrases: [...style.phrases],
  };
}

/** Why a unit shows participation only, in words. */
function suppressedText(w: Writer, summary: SuppressedSummary): string {
  return w.f(w.m.hidden.unit[summary.reason ?? 'below-threshold'], { required: summary.required });
}

function unitSection(w: Writer, unit: ReportUnitInput, index: number, o: ScoringOptions): ReportUnit {
  const summary = readSummary(unit.summary, o.minGroupSize, `input.department.units[${index}].summary`);
  const name = unit.name ?? unit.id;
  if (summary.status !== 'ok') {
    return {
      id: unit.id,
      name,
      status: 'suppressed',
      responded: summary.responded,
      zone: null,
      text: suppressedText(w, summary),
    };
  }
  const zone = summary.zone;
  return {
    id: unit.id,
    name,
    status: 'ok',
    responded: summary.n,
    zone: zone.zone,
    text: w.f(w.m.report.unitZone, { unit: name, zone: zoneText(w, zone) }),
  };
}

/**
 * Builds the department report the elements render: headline, zone, balance, per-scale results
 * with interval and agreement, leader-versus-team gaps, the five characteristics, the model's
 * advice, participation and data quality, every text in `options.locale`. With fewer than k
 * respondents it holds participation only. `sellers` adds the leader's private style section and
 * marks the report `audience: 'leader'`; without it, the report is safe to share with the team.
 * The result is checked against `ReportSchema` before it is returned.
 *
 * @example
 * ```ts
 * import { buildReport, summarizeTeam } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const team = summarizeTeam(syntheticTeam(1, 8, PROFILES.performance));
 * const report = buildReport({ team }, { locale: 'en', teamName: 'Sales North', invited: 8 });
 * report.headline?.zone; // => 'The team is in the performance zone.'
 * report.audience; // => 'team'
 * ```
 */
export function buildReport(input: ReportInput, options: ReportOptions): Report {
  if (typeof options !== 'object' || options === null) {
    throw new BalanseError('invalid_option', 'options', 'must be an object with at least { locale }', options);
  }
  const reportOptions: Record<string, unknown> = {};
  const modelOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if ((REPORT_OPTION_KEYS as readonly string[]).includes(key)) reportOptions[key] = value;
    else modelOptions[key] = value;
  }
  const ro = parseWith(ReportOptionsSchema, reportOptions, 'options', 'invalid_option');
  const o = resolveScoringOptions(modelOptions);
  const valid = parseWith(ReportInputSchema, input, 'input');
  const team = readSummary(valid.team, o.minGroupSize, 'input.team');
  const w = new Writer(ro.locale);
  const r = w.m.report;
  const instrument = o.compiled.instrument;
  const audience: Report['audience'] = input.sellers ? 'leader' : 'team';
  const responded = team.status === 'ok' ? team.n : team.responded;
  const participation = {
    responded,
    invited: ro.invited ?? null,
    required: team.required,
    incomplete: team.status === 'ok' ? team.incomplete : null,
    text:
      ro.invited !== undefined
        ? w.f(r.participation, { responded, invited: ro.invited })
        : w.f(r.participationUnknown, { responded }),
    incompleteText: team.status === 'ok' && team.incomplete > 0 ? w.f(r.incomplete, { count: team.incomplete }) : null,
  };

  const base = {
    format: 'balanse-report' as const,
    schemaVersion: REPORT_SCHEMA_VERSION,
    locale: ro.locale,
    audience,
    audienceText: r.audience[audience],
    title: r.title,
    subtitle: ro.teamName ? w.f(r.subtitle, { team: ro.teamName }) : null,
    generatedAt: ro.generatedAt ?? null,
    generatedText: ro.generatedAt
      ? w.f(r.generated, {
          date: new Intl.DateTimeFormat(ro.locale, { dateStyle: 'long' }).format(new Date(ro.generatedAt)),
        })
      : null,
    instrument: {
      id: instrument.id,
      version: instrument.version,
      text: w.f(r.instrument, { id: instrument.id, version: instrument.version }),
    },
    headings: { ...r.sections },
    participation,
    intervalHelp: r.intervalHelp,
    selfNote: r.selfNote,
    private: input.sellers
      ? {
          notice: r.privateNotice,
          sellers: input.sellers.map((seller, i) =>
            sellerSection(w, seller, team.status === 'ok' && team.balance.foundation === 'weak', o, i),
          ),
        }
      : null,
    department: valid.department
      ? {
          name: valid.department.name ?? null,
          units: input.department!.units.map((unit, i) => unitSection(w, unit, i, o)),
        }
      : null,
  };

  let report: Report;
  if (team.status !== 'ok') {
    report = {
      ...base,
      status: 'suppressed',
      suppressedText:
        team.reason === undefined || team.reason === 'below-threshold'
          ? w.f(r.suppressed, { required: team.required })
          : suppressedText(w, team),
      headline: null,
      zone: null,
      balance: null,
      scales: [],
      gaps: null,
      characteristics: null,
      advice: [],
      noAdviceText: null,
      flags: null,
    };
  } else {
    const { gaps, selfZone } =
      input.self !== undefined ? gapsSection(w, input.self, team, o) : { gaps: null, selfZone: null };
    const advice = adviceSection(w, team, o);
    const notShown = CHARACTERISTICS.flatMap((ch) => {
      const reason = (ITEM_CHARACTERISTICS as readonly string[]).includes(ch)
        ? team.hidden[characteristicKey(ch as ItemCharacteristic)]
        : undefined;
      return reason
        ? [
            {
              characteristic: ch,
              name: w.m.characteristics[ch].name,
              text: w.f(w.m.hidden.figure[reason], { required: team.required }),
            },
          ]
        : [];
    });
    const characteristicRows = CHARACTERISTICS.flatMap((ch) => {
      const e = team.characteristics[ch];
      if (!e) return [];
      const present = e.mean >= o.cut;
      return [
        {
          characteristic: ch,
          name: w.m.characteristics[ch].name,
          description: w.m.characteristics[ch].description,
          mean: e.mean,
          ci80: [e.ci80[0], e.ci80[1]] as [number, number],
          n: e.n,
          present,
          statusText: present ? r.characteristicPresent : r.characteristicDevelop,
        },
      ];
    });
    const sensitivity = team.sensitivity;
    report = {
      ...base,
      status: 'ok',
      suppressedText: null,
      headline: { zone: zoneText(w, team.zone), balance: headlineBalance(w, team.balance) },
      zone: zoneSection(w, team.zone, selfZone),
      balance: balanceSection(w, team.balance),
      scales: SCALES.map((scale) => scaleSection(w, team, scale)),
      gaps,
      characteristics: { note: r.characteristicsNote, rows: characteristicRows, notShown },
      advice,
      noAdviceText: advice.length === 0 ? r.noAdvice : null,
      flags: {
        flagged: team.flags.flagged,
        text: team.flags.flagged > 0 ? w.f(r.flags, { flagged: team.flags.flagged }) : r.noFlags,
        sensitivityText: sensitivity
          ? w.f(r.sensitivity, {
              details: SCALES.map((s) => `${w.m.scales[s].term} ${w.f('{v}', { v: sensitivity.scales[s] })}`).join(
                ', ',
              ),
            })
          : team.hidden.sensitivity
            ? w.f(w.m.hidden.sensitivity, { required: team.required })
            : null,
      },
    };
  }
  // The report is checked before it leaves core: a malformed or anonymity-breaking report is a bug.
  return parseWith(ReportSchema, report, 'report') as Report;
}
