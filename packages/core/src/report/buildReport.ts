import * as z from 'zod/mini';
import { resolveScoringOptions, type ScoringOptions } from '../options/scoring.js';
import { scoringOptionsForSummary } from '../options/versioned.js';
import { adviseOnSummary } from '../adviseTeam/index.js';
import type { BalanceAssessment } from '../assessBalance/index.js';
import type { ZoneClassification } from '../classifyZone/index.js';
import { compareWithSummary } from '../compareSelf/index.js';
import { REPORT_SCHEMA_VERSION } from '../constants/index.js';
import { atLeast, sideOf } from '../_lib/cut/index.js';
import { BalanseError, parseWith } from '../errors/index.js';
import { characteristicKey, itemKey } from '../anonymity/figures.js';
import { localize } from '../instrument/localize.js';
import { numberFormat } from '../messages/index.js';
import type { BalanseOptions } from '../options/index.js';
import { recommendForValid, SellerInputSchema, type SellerInput } from '../recommendStyle/index.js';
import { isoCalendarDate } from '../_lib/schema-builders/date.js';
import { intAtLeast, oneOf, text } from '../_lib/schema-builders/index.js';
import { readSummary } from '../anonymity/read-summary.js';
import type { TeamSummary, TeamSummaryOk } from '../summarizeTeam/types.js';
import {
  CHARACTERISTICS,
  ITEM_CHARACTERISTICS,
  LOCALES,
  SCALES,
  type ItemCharacteristic,
  type Locale,
  type Scale,
} from '../vocabulary/index.js';
import { departmentSection, suppressedText, type ReportUnitInput } from './department.js';
import { itemsSection } from './items.js';
import { linkingSection } from './linking.js';
import { previousSection } from './previous.js';
import type {
  Report,
  ReportAdvice,
  ReportBalance,
  ReportGaps,
  ReportScale,
  ReportSeller,
  ReportZone,
} from './report-schema.js';
import { Writer, zoneText } from './writer.js';

export type { ReportUnitInput } from './department.js';

/** One seller in the leader's private style-advisor section. */
export type ReportSellerInput = SellerInput & { name: string };

/** What a report is built from: only summaries and the leader's own inputs, never team answers. */
export interface ReportInput {
  /** The unit's summary from `summarizeTeam`, `summarizeUnits` or `releaseUnits`. */
  team: TeamSummary;
  /** The leader's self-form response (form `self`): the leader's own answers, shown beside the team's. */
  self?: unknown;
  /** The style advisor's inputs per seller; makes the report the leader's private version. */
  sellers?: readonly ReportSellerInput[];
  /**
   * The units below this one (its teams), for the department view: each with its own summary
   * from the same release. Only the units whose summaries are shown get figures.
   */
  department?: { name?: string; units: readonly ReportUnitInput[] };
  /**
   * The previous round's summary of the same unit, for the change since then, and the round's
   * name as the reader knows it ("Spring 2026"). Read through the same checks as `team`.
   */
  previous?: { summary: TeamSummary; round?: string };
}

/** How the report is written. Any other `BalanseOptions` (the cut, k, the confidence, a custom instrument) may be given too. */
export type ReportOptions = BalanseOptions & {
  /** The report's language. */
  locale: Locale;
  /** The team's name, shown as the subtitle. */
  teamName?: string;
  /** How many were invited, for "3 of 7 answered"; at least the number who answered. */
  invited?: number;
  /** When the report was made, as an ISO 8601 date or date-time (a day that exists). */
  generatedAt?: string;
};

const DATE_RULE = 'must be an ISO 8601 date or date-time of a day that exists, such as "2026-11-20"';
const ReportOptionsSchema = z.object({
  locale: oneOf(LOCALES),
  teamName: z.optional(text(200)),
  invited: z.optional(intAtLeast(0)),
  generatedAt: z.optional(
    z.string({ error: DATE_RULE }).check(z.refine((s) => isoCalendarDate(s) !== null, { error: DATE_RULE })),
  ),
});

const ReportInputSchema = z.object({
  team: z.unknown(),
  self: z.optional(z.unknown()),
  sellers: z.optional(z.array(z.object({ name: text(200) }), { error: 'must be an array of sellers' })),
  department: z.optional(
    z.object({
      name: z.optional(text(200)),
      units: z.array(
        z.object({
          id: text(100),
          name: z.optional(text(200)),
          summary: z.unknown(),
          invited: z.optional(intAtLeast(0)),
        }),
      ),
    }),
  ),
  previous: z.optional(z.object({ summary: z.unknown(), round: z.optional(text(200)) })),
});

const REPORT_OPTION_KEYS = ['locale', 'teamName', 'invited', 'generatedAt'] as const;

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
    confidence: c.confidence,
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
    forceText: b.force === null ? null : bm.force[b.force],
    profileText: b.profile ? { ...bm.profile[b.profile] } : null,
    expectedZoneText: w.f(bm.expectedZone, { zone: w.zoneTerm(b.expectedZone) }),
    tiltText: w.f(bm.tilt, { value: b.tilt }),
  };
}

function headlineBalance(w: Writer, b: BalanceAssessment): string {
  const h = w.m.report.headlineBalance;
  if (b.foundation === 'weak') return h.weak;
  if (b.lean !== 'balanced' || b.force === null) return h[b.lean === 'system' ? 'system' : 'relation'];
  return h[b.force];
}

function scaleSection(w: Writer, team: TeamSummaryOk, scale: Scale): ReportScale {
  const names = w.m.scales[scale];
  const s = team.scales[scale];
  const a = s.agreement;
  const agreementLow = a?.low === true;
  const agreementText = s.polarised
    ? w.m.agreement.polarised
    : a?.low === true
      ? w.f(w.m.agreement.low, { ad: a.ad }, 1)
      : w.m.agreement.high;
  return {
    scale,
    name: names.name,
    description: names.description,
    result: {
      mean: s.mean,
      halfWidth: s.halfWidth,
      interval: [s.interval[0], s.interval[1]],
      n: s.n,
      scoreText: w.f(w.m.report.score, { value: s.mean }),
      intervalText: w.f(w.m.report.interval, { low: s.interval[0], high: s.interval[1] }),
      agreementLow,
      polarised: s.polarised,
      agreementText,
      agreement: a
        ? {
            ad: a.ad,
            adPoints: a.adPoints,
            rwgStar: a.rwgStar,
            rwg: a.rwg,
            rwgSlightSkew: a.rwgSlightSkew,
            band: a.band,
          }
        : null,
      distribution: { ...s.distribution },
      missingRate: s.missingRate,
      // Heavy skipping is worth a sentence (§8.6); a few skipped items are not.
      missingText: atLeast(s.missingRate, 0.1) ? w.f(w.m.report.missing, { percent: s.missingRate * 100 }) : null,
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
    const item = items.find((i) => i.id === id);
    // The gaps are of this instrument's items: compareSelf scored the self form with it.
    if (!item) throw new RangeError(`internal: item ${id} is not in the report's instrument`);
    return localize(item.text, w.locale);
  };
  const rows = comparison.order.map((scale) => {
    const g = comparison.scales[scale];
    if (!g) throw new RangeError(`internal: compareSelf ordered ${scale} without its gap`);
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

// One formatter per locale: making an `Intl.DateTimeFormat` costs more than the rest of a date's text.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** The date written in `generatedAt`, as the locale writes it: the calendar day as given, in any time zone. */
function dateText(locale: Locale, generatedAt: string): string {
  const d = isoCalendarDate(generatedAt);
  // ReportOptionsSchema accepted generatedAt only as an ISO 8601 date.
  if (!d) throw new RangeError(`internal: generatedAt "${generatedAt}" is not an ISO date`);
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(d.year, d.month - 1, d.day)));
}

/**
 * Builds the department report the elements render: headline, zone, balance, the linking table
 * read as explanation, per-scale results with interval and agreement, every item the release
 * rules show with the strongest and weakest per scale, the change since the previous round (with
 * `input.previous`), leader-versus-team gaps, the five characteristics, the model's advice,
 * participation and data quality, and the units below (with `input.department`), every text in
 * `options.locale`. With fewer than k respondents it holds participation only. `sellers` adds the
 * leader's private style section and marks the report `audience: 'leader'`; without it, the
 * report is safe to share with the team. Every summary it is given is checked first (ANONYMITY.md
 * R6); the result has `ReportSchema`'s shape, which the tests check over random inputs.
 *
 * @param input - the team's summary, and optionally the self form, the sellers, the previous round and the department's units
 * @param options - `locale` (required), `teamName`, `invited`, `generatedAt`, and model options; `minGroupSize` must be the round's k
 * @returns the report, checked against `ReportSchema`: every text written, nothing per person
 * @throws {BalanseError} `invalid_option` when `options` is not an object or an option is invalid; `invalid_input` naming the field when any part of `input` is malformed, a summary is forged or made with a k below `minGroupSize`, or the summaries are of other instrument versions
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
  // Typed for TypeScript callers; checked for everyone else.
  const given: unknown = options;
  if (typeof given !== 'object' || given === null) {
    throw new BalanseError('invalid_option', 'options', 'must be an object with at least { locale }', options);
  }
  const reportOptions: Record<string, unknown> = {};
  const modelOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if ((REPORT_OPTION_KEYS as readonly string[]).includes(key)) reportOptions[key] = value;
    else modelOptions[key] = value;
  }
  const ro = parseWith(ReportOptionsSchema, reportOptions, 'options', 'invalid_option');
  const resolved = resolveScoringOptions(modelOptions);
  const valid = parseWith(ReportInputSchema, input, 'input');
  const team = readSummary(valid.team, resolved.minGroupSize, 'input.team');
  const units = (valid.department?.units ?? []).map((unit, i) => ({
    ...unit,
    summary: readSummary(unit.summary, resolved.minGroupSize, `input.department.units[${i}].summary`),
  }));
  // The items the summaries were made with: the built-in version the team's summary names (a
  // suppressed one names none: then the first shown unit's), unless options.instrument says.
  const shownUnit = units.findIndex((u) => u.summary.status === 'ok');
  const shownSummary = units[shownUnit]?.summary;
  const named: { tag: TeamSummaryOk['instrument']; root: string } | undefined =
    team.status === 'ok'
      ? { tag: team.instrument, root: 'input.team.instrument' }
      : shownSummary?.status === 'ok'
        ? { tag: shownSummary.instrument, root: `input.department.units[${shownUnit}].summary.instrument` }
        : undefined;
  const o = named ? scoringOptionsForSummary(resolved, named.tag, named.root) : resolved;
  const previous = valid.previous
    ? {
        round: valid.previous.round,
        summary: readSummary(valid.previous.summary, o.minGroupSize, 'input.previous.summary'),
      }
    : undefined;
  const w = new Writer(ro.locale);
  const r = w.m.report;
  const instrument = o.compiled.instrument;
  // One report, one questionnaire: the unit's figures and its units' beside them are all made with
  // the report's instrument (the previous round may differ: its section says how it compares).
  const sameInstrument = (summary: TeamSummary, root: string, rule: string) => {
    if (summary.status !== 'ok') return;
    if (summary.instrument.id === instrument.id && summary.instrument.version === instrument.version) return;
    throw new BalanseError('invalid_input', root, rule, summary.instrument);
  };
  sameInstrument(
    team,
    'input.team.instrument',
    `must be the instrument of the report ("${instrument.id}" ${instrument.version}): pass the summary's instrument as options.instrument`,
  );
  units.forEach((unit, i) =>
    sameInstrument(
      unit.summary,
      `input.department.units[${i}].summary.instrument`,
      `must be the instrument of the report ("${instrument.id}" ${instrument.version}): a department's units are compared under one questionnaire`,
    ),
  );
  const audience: Report['audience'] = input.sellers ? 'leader' : 'team';
  const responded = team.status === 'ok' ? team.n : team.responded;
  if (ro.invited !== undefined && ro.invited < responded) {
    throw new BalanseError(
      'invalid_option',
      'options.invited',
      `must be at least the number who answered (${responded})`,
      ro.invited,
    );
  }
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
    generatedText: ro.generatedAt ? w.f(r.generated, { date: dateText(ro.locale, ro.generatedAt) }) : null,
    instrument: {
      id: instrument.id,
      version: instrument.version,
      text: w.f(r.instrument, { id: instrument.id, version: instrument.version }),
    },
    confidence: o.confidence,
    headings: { ...r.sections },
    participation,
    intervalHelp: w.f(r.intervalHelp, { confidence: w.percent(o.confidence) }),
    selfNote: r.selfNote,
    private: input.sellers
      ? {
          notice: r.privateNotice,
          sellers: input.sellers.map((seller, i) =>
            sellerSection(w, seller, team.status === 'ok' && team.balance.foundation === 'weak', o, i),
          ),
        }
      : null,
    department: valid.department ? departmentSection(w, { name: valid.department.name, units }) : null,
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
      linking: null,
      scales: [],
      items: null,
      previous: null,
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
      const present = sideOf(e.mean, o.cut) === 'high';
      return [
        {
          characteristic: ch,
          name: w.m.characteristics[ch].name,
          description: w.m.characteristics[ch].description,
          mean: e.mean,
          interval: [e.interval[0], e.interval[1]] as [number, number],
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
      linking: linkingSection(w, team),
      scales: SCALES.map((scale) => scaleSection(w, team, scale)),
      items: itemsSection(w, team, o),
      previous: previous ? previousSection(w, team, previous.summary, previous.round, o) : null,
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
  // No `ReportSchema` parse of our own result (it cost about a third of a report): what it could
  // find is a bug in this file, not bad input. Every input was read above (each summary through
  // R6), the result's type is the schema's type, and the one rule of the schema that is about
  // anonymity (a suppressed report carries participation only) is how the suppressed branch is
  // written. report/self-check.test.ts parses every report built from random inputs instead.
  return report;
}
