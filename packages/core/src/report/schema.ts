import * as z from 'zod/mini';
import { REPORT_SCHEMA_VERSION } from '../constants/index.js';
import { flag, intAtLeast, numberBetween, oneOf } from '../schema/index.js';
import { BALANCE_SHAPE, ZONE_SHAPE } from '../schema/shapes.js';
import {
  CHARACTERISTICS,
  GAP_LABELS,
  LEVERS,
  LOCALES,
  OBSERVATIONS,
  SCALES,
  STYLES,
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
const count = intAtLeast(0);
const interval = z.tuple([score, score]);
const named = { name: str, description: str };

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
  forceText: str,
  profileText: z.nullable(z.object({ name: str, text: str })),
  expectedZoneText: str,
  tiltText: str,
});

const ScaleResultSchema = z.object({
  mean: score,
  halfWidth: numberBetween(0, 100),
  ci80: interval,
  n: count,
  scoreText: str,
  intervalText: str,
  agreementLow: flag(),
  polarised: flag(),
  agreementText: str,
  distribution: z.object({ favourable: count, neutral: count, unfavourable: count }),
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

export const ReportCharacteristicSchema = z.object({
  characteristic: oneOf(CHARACTERISTICS),
  ...named,
  mean: score,
  ci80: interval,
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

export const ReportUnitSchema = z.object({
  id: str,
  name: str,
  status: z.enum(['ok', 'suppressed']),
  responded: count,
  zone: z.nullable(oneOf(ZONES)),
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
    headings: z.object({
      headline: str,
      zone: str,
      balance: str,
      scales: str,
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
    scales: z.array(ReportScaleSchema),
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
    department: z.nullable(z.object({ name: z.nullable(str), units: z.array(ReportUnitSchema) })),
  })
  .check(
    // A suppressed report carries participation only: no figure derived from answers (§8.8).
    z.superRefine((report, ctx) => {
      if (report.status !== 'suppressed') return;
      for (const key of ['headline', 'zone', 'balance', 'gaps', 'characteristics', 'flags'] as const) {
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
