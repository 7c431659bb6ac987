import * as z from 'zod/mini';
import { REPORT_SCHEMA_VERSION } from '../constants/index.js';
import { flag, intAtLeast, numberBetween, oneOf } from '../_lib/schema-builders/index.js';
import { BALANCE_SHAPE, ZONE_SHAPE } from '../_lib/schema-builders/shapes.js';
import {
  AGREEMENT_BANDS,
  CHARACTERISTICS,
  GAP_LABELS,
  LEVERS,
  LOCALES,
  OBSERVATIONS,
  SCALES,
  STYLES,
  ZONE_AXES,
  ZONES,
} from '../vocabulary/index.js';
import { ADVICE_TOPICS } from '../adviseTeam/index.js';

/*
 * The report format. A `Report` is what the report elements render and what a host may store,
 * print or send: versioned, JSON-serialisable, every text already localized, and holding only
 * aggregated, anonymity-checked figures: never a team member's answers or ids.
 */

const str = z.string();
const score = numberBetween(0, 100);
const points = numberBetween(-100, 100);
const count = intAtLeast(0);
const interval = z.tuple([score, score]);
const named = { name: str, description: str };
const distribution = z.object({ favourable: count, neutral: count, unfavourable: count });
const side = z.enum(['low', 'high']);

export const ReportZoneSchema = z.object({
  ...ZONE_SHAPE,
  /** The zone in words: clear, borderline between two zones, or near the centre. */
  text: str,
  /** The one-line meaning of the zone of the point. */
  meaning: str,
  /** "The team is split on …" per split axis. */
  splitTexts: z.array(str),
  /** The leader's own placement of the team, from the self form. */
  self: z.nullable(z.object({ safety: score, standard: score, zone: oneOf(ZONES), text: str })),
});

export const ReportBalanceSchema = z.object({
  ...BALANCE_SHAPE,
  foundationText: str,
  leanText: str,
  /** `null` when the board leans: the profile is then the reading (§8.11). */
  forceText: z.nullable(str),
  profileText: z.nullable(z.object({ name: str, text: str })),
  expectedZoneText: str,
  tiltText: str,
});

/** Agreement within the team on one scale (§8.10): AD for the product's words, r*wg(J) and rwg(J) for research. */
const AgreementSchema = z.object({
  ad: numberBetween(0, 4),
  adPoints: score,
  rwgStar: z.number(),
  rwg: numberBetween(0, 1),
  rwgSlightSkew: numberBetween(0, 1),
  band: oneOf(AGREEMENT_BANDS),
});

const ScaleResultSchema = z.object({
  mean: score,
  halfWidth: numberBetween(0, 100),
  /** The interval at the report's `confidence`. */
  interval,
  n: count,
  scoreText: str,
  intervalText: str,
  agreementLow: flag(),
  polarised: flag(),
  agreementText: str,
  /** `null` only when no item was answered twice. */
  agreement: z.nullable(AgreementSchema),
  distribution,
  missingRate: numberBetween(0, 1),
  missingText: z.nullable(str),
});

export const ReportScaleSchema = z.object({
  scale: oneOf(SCALES),
  ...named,
  /** `null` when fewer than k have a score on this scale; `suppressedText` says so. */
  result: z.nullable(ScaleResultSchema),
  suppressedText: z.nullable(str),
});

const ItemGapSchema = z.object({
  id: str,
  text: str,
  self: numberBetween(1, 5),
  team: numberBetween(1, 5),
  gap: numberBetween(-100, 100),
});

export const ReportGapsSchema = z.object({
  note: str,
  rows: z.array(
    z.object({
      scale: oneOf(SCALES),
      name: str,
      self: score,
      team: score,
      gap: numberBetween(-100, 100),
      gapText: str,
      label: oneOf(GAP_LABELS),
      labelName: str,
      labelText: str,
      meaningful: flag(),
      large: flag(),
    }),
  ),
  itemsHigher: z.array(ItemGapSchema),
  itemsLower: z.array(ItemGapSchema),
  /** Said when some of the team's items are not shown, so they cannot be compared. */
  itemsNote: z.nullable(str),
});

/** One item of the item detail (§8.5): its figures over those who answered it, in the scale's direction. */
export const ReportItemSchema = z.object({
  id: str,
  /** The item's wording on the team form. */
  text: str,
  /** 0–100 in the scale's direction (reverse keying applied). */
  score,
  /** The mean answer, 1–5, as answered. */
  mean: numberBetween(1, 5),
  n: count,
  distribution,
  /** The unit's counted respondents who answered "cannot answer". */
  cannotAnswer: count,
  /** Among the strongest or the weakest items of its scale, or neither. */
  rank: z.nullable(z.enum(['strongest', 'weakest'])),
  scoreText: str,
  meanText: str,
  distributionText: str,
  /** `null` when nobody answered "cannot answer". */
  cannotAnswerText: z.nullable(str),
});

/** The items of one scale: every item the release rules show, the strongest and weakest named. */
export const ReportItemScaleSchema = z.object({
  scale: oneOf(SCALES),
  name: str,
  /** Shown items in instrument order. */
  rows: z.array(ReportItemSchema),
  /** Ids of the strongest items, strongest first; empty when the items do not differ. */
  strongest: z.array(str),
  /** Ids of the weakest items, weakest first. */
  weakest: z.array(str),
  /** The items the release rules hide, each with the reason in words. */
  notShown: z.array(z.object({ id: str, text: str, reason: str })),
});

/** The linking table as explanation: the zone the leadership tends to create beside the team's zone. */
export const ReportLinkingSchema = z.object({
  expectedZone: oneOf(ZONES),
  zone: oneOf(ZONES),
  /** `within-uncertainty`: the team is borderline and the expected zone is one of its candidates. */
  match: z.enum(['same', 'different', 'within-uncertainty']),
  text: str,
  /** Per axis where leadership and team are on different sides of the cut: what it suggests. */
  explanations: z.array(
    z.object({
      axis: oneOf(ZONE_AXES),
      lever: z.enum(['relation', 'system']),
      leadership: side,
      team: side,
      text: str,
    }),
  ),
});

/** The change of one scale since the previous round, with the interval of the difference. */
export const ReportChangeSchema = z.object({
  scale: oneOf(SCALES),
  name: str,
  previous: score,
  current: score,
  /** current − previous, in points. */
  change: points,
  /** The interval of the change at the report's `confidence` (Welch, with the 5-point floor). */
  interval: z.tuple([numberBetween(-200, 200), numberBetween(-200, 200)]),
  /** The change is outside its uncertainty: otherwise "no clear change". */
  clear: flag(),
  direction: z.enum(['up', 'down', 'none']),
  text: str,
});

/** The previous round of the same unit beside this one. */
export const ReportPreviousSchema = z.object({
  /** The previous round's name, as the caller gave it. */
  round: z.nullable(str),
  /** `suppressed`: the previous round showed no results; `not-comparable`: another instrument. */
  status: z.enum(['ok', 'suppressed', 'not-comparable']),
  text: str,
  note: z.nullable(str),
  /** Said when the two rounds used different versions of the questionnaire: which questions changed. */
  versionNote: z.nullable(str),
  instrument: z.nullable(z.object({ id: str, version: str })),
  zone: z.nullable(z.object({ from: oneOf(ZONES), to: oneOf(ZONES), moved: flag(), clear: flag(), text: str })),
  scales: z.array(ReportChangeSchema),
});

export const ReportCharacteristicSchema = z.object({
  characteristic: oneOf(CHARACTERISTICS),
  ...named,
  mean: score,
  interval,
  n: count,
  present: flag(),
  statusText: str,
});

export const ReportAdviceSchema = z.object({
  topic: oneOf(ADVICE_TOPICS),
  lever: z.enum([...LEVERS, 'both']),
  leverName: str,
  title: str,
  text: str,
  reasons: z.array(str),
});

export const ReportSellerSchema = z.object({
  name: str,
  style: oneOf(STYLES),
  styleName: str,
  situation: str,
  how: str,
  pressure: z.object({ relation: score, system: score }),
  pressureText: str,
  reasons: z.array(str),
  levers: z.array(z.object({ observation: oneOf(OBSERVATIONS), lever: oneOf(LEVERS), text: str })),
  phrases: z.array(str),
});

/** One unit below the report's unit: figures only when its own summary is shown. */
export const ReportUnitSchema = z.object({
  id: str,
  name: str,
  status: z.enum(['ok', 'suppressed']),
  /** Counted respondents (participation, shown for every unit). */
  responded: count,
  invited: z.nullable(count),
  /** responded / invited, when invited is known. */
  responseRate: z.nullable(numberBetween(0, 1)),
  rateText: z.nullable(str),
  zone: z.nullable(oneOf(ZONES)),
  /** The unit's point is near a cut: its zone may be another. */
  borderline: flag(),
  /** The five scale means; `null` for a unit that is not shown. */
  scales: z.nullable(
    z.object(Object.fromEntries(SCALES.map((k) => [k, score])) as Record<(typeof SCALES)[number], typeof score>),
  ),
  text: str,
});

/** How many of the shown units sit in each zone (by the zone of their point). */
export const ReportZoneSpreadSchema = z.object({
  zone: oneOf(ZONES),
  name: str,
  count,
  units: z.array(str),
  text: str,
});

/** Validates a report, e.g. one loaded from storage, before it is rendered. */
export const ReportSchema = z
  .object({
    format: z.literal('balanse-report'),
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    locale: oneOf(LOCALES),
    /** `team`: safe to share with the team. `leader`: includes the private style-advisor section. */
    audience: z.enum(['team', 'leader']),
    audienceText: str,
    title: str,
    subtitle: z.nullable(str),
    generatedAt: z.nullable(str),
    generatedText: z.nullable(str),
    instrument: z.object({ id: str, version: str, text: str }),
    /** The two-sided confidence of every interval in the report (0.8 unless the options said otherwise). */
    confidence: numberBetween(0.5, 0.999),
    headings: z.object({
      headline: str,
      zone: str,
      balance: str,
      linking: str,
      scales: str,
      items: str,
      previous: str,
      gaps: str,
      characteristics: str,
      advice: str,
      participation: str,
      flags: str,
      private: str,
      department: str,
    }),
    status: z.enum(['ok', 'suppressed']),
    participation: z.object({
      responded: count,
      invited: z.nullable(count),
      required: count,
      incomplete: z.nullable(count),
      text: str,
      incompleteText: z.nullable(str),
    }),
    suppressedText: z.nullable(str),
    headline: z.nullable(z.object({ zone: str, balance: str })),
    zone: z.nullable(ReportZoneSchema),
    balance: z.nullable(ReportBalanceSchema),
    linking: z.nullable(ReportLinkingSchema),
    scales: z.array(ReportScaleSchema),
    /** Item by item, per scale (§8.5); `null` in a suppressed report. */
    items: z.nullable(z.object({ note: str, scales: z.array(ReportItemScaleSchema) })),
    /** The change since the previous round of the same unit, when one was given. */
    previous: z.nullable(ReportPreviousSchema),
    intervalHelp: str,
    selfNote: str,
    gaps: z.nullable(ReportGapsSchema),
    characteristics: z.nullable(
      z.object({
        note: str,
        rows: z.array(ReportCharacteristicSchema),
        /** The characteristics the release rules hide, each with the reason in words. */
        notShown: z.array(z.object({ characteristic: oneOf(CHARACTERISTICS), name: str, text: str })),
      }),
    ),
    advice: z.array(ReportAdviceSchema),
    noAdviceText: z.nullable(str),
    flags: z.nullable(z.object({ flagged: count, text: str, sensitivityText: z.nullable(str) })),
    private: z.nullable(z.object({ notice: str, sellers: z.array(ReportSellerSchema) })),
    department: z.nullable(
      z.object({
        name: z.nullable(str),
        /** The department's own point is computed from its own respondents, not from its teams. */
        note: str,
        units: z.array(ReportUnitSchema),
        /** The shown units per zone, in ZONES order. */
        zones: z.array(ReportZoneSpreadSchema),
        spreadText: str,
        /** How many units are not shown, in words; `null` when all are. */
        hiddenText: z.nullable(str),
      }),
    ),
  })
  .check(
    // A suppressed report carries participation only: no figure derived from answers (§8.8).
    z.superRefine((report, ctx) => {
      if (report.status !== 'suppressed') return;
      for (const key of [
        'headline',
        'zone',
        'balance',
        'linking',
        'items',
        'previous',
        'gaps',
        'characteristics',
        'flags',
      ] as const) {
        if (report[key] !== null)
          ctx.addIssue({
            code: 'custom',
            message: 'must be null in a suppressed report',
            path: [key],
            input: report[key],
          });
      }
      if (report.scales.length > 0 || report.advice.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be empty in a suppressed report',
          path: [report.scales.length > 0 ? 'scales' : 'advice'],
          input: report.scales,
        });
      }
    }),
  );

/** The department report: see `buildReport`. */
export type Report = z.infer<typeof ReportSchema>;
export type ReportZone = z.infer<typeof ReportZoneSchema>;
export type ReportBalance = z.infer<typeof ReportBalanceSchema>;
export type ReportScale = z.infer<typeof ReportScaleSchema>;
export type ReportGaps = z.infer<typeof ReportGapsSchema>;
export type ReportCharacteristic = z.infer<typeof ReportCharacteristicSchema>;
export type ReportAdvice = z.infer<typeof ReportAdviceSchema>;
export type ReportSeller = z.infer<typeof ReportSellerSchema>;
export type ReportUnit = z.infer<typeof ReportUnitSchema>;
export type ReportItem = z.infer<typeof ReportItemSchema>;
export type ReportItemScale = z.infer<typeof ReportItemScaleSchema>;
export type ReportLinking = z.infer<typeof ReportLinkingSchema>;
export type ReportChange = z.infer<typeof ReportChangeSchema>;
export type ReportPrevious = z.infer<typeof ReportPreviousSchema>;
export type ReportZoneSpread = z.infer<typeof ReportZoneSpreadSchema>;
