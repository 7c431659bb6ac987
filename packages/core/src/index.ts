/*
 * `@balanse/core`: the functions users call, the types of what they take and give back, the words
 * of the model (scales, zones, styles, locales …), the zone rule and the k rule. Everything else
 * is in a subpath, so this list grows only on purpose (index.test.ts pins it):
 *
 * - `@balanse/core/schemas`: the zod schemas, for validating data before it reaches core;
 * - `@balanse/core/messages`: every product text and the message formatter;
 * - `@balanse/core/instrument`: instruments and their versions (compile, compare, page layout);
 * - `@balanse/core/constants`: the model's named constants (§8.16);
 * - `@balanse/core/synthetic`: seeded synthetic responses, for demos and tests.
 *
 * Helpers that only core calls (classifyAxes, assessScores, adviseOnSummary, …) are in none.
 */
export * from './vocabulary/index.js';
export { BalanseError, type BalanseErrorCode } from './errors/index.js';

// The survey and its answers.
export { instrument } from './instrument/builtin.js';
export { builtInInstrument } from './instrument/versions.js';
export { localize } from './instrument/localize.js';
export type { Instrument, Item, LocalizedText } from './instrument/instrument-schema.js';
export { submissionToResponse, type Submission } from './response/submission.js';
export type { Answer, Answers, Response } from './response/response-schema.js';
export { DEFAULT_OPTIONS, type BalanseOptions } from './options/index.js';

// Scores and team summaries, with anonymity enforced.
export type { CarelessFlags } from './_lib/careless/index.js';
export type { Agreement } from './_lib/agreement/index.js';
export type { EstimateInput, ScoreOrEstimate } from './_lib/estimate/index.js';
export { scoreResponse, type ResponseScore } from './scoreResponse/index.js';
export { summarizeTeam } from './summarizeTeam/index.js';
export type * from './summarizeTeam/types.js';
export {
  summarizeUnits,
  type UnitSummary,
  type SuppressedUnitSummary,
  type SuppressionReason,
} from './summarizeUnits/index.js';
export { releaseUnits, type Release, type ReleaseOptions, type UnitInput } from './releaseUnits/index.js';
export { checkRelease, type ReleasedSet, type ReleaseDecision } from './anonymity/ledger.js';
export { HIDDEN_REASONS, type FigureKey, type HiddenReason } from './anonymity/figures.js';
export { meetsThreshold } from './anonymity/threshold.js';
export { parseSummary } from './anonymity/read-summary.js';

// The model's readings.
export { classifyZone, type ZoneClassification, type ZoneAxisReading } from './classifyZone/index.js';
export { SCORE_TOLERANCE, ZONE_QUADRANTS, sideOf, zoneOf, type Side } from './_lib/cut/index.js';
export { assessBalance, type BalanceAssessment, type TiltEstimate } from './assessBalance/index.js';
export { compareSelf, type SelfComparison, type ScaleGap, type ItemGap } from './compareSelf/index.js';
export { diagnose, DIAGNOSIS, type DiagnosisEntry } from './diagnose/index.js';
export {
  recommendStyle,
  STYLE_REASONS,
  type SellerInput,
  type StyleReason,
  type StyleRecommendation,
  type Pressure,
} from './recommendStyle/index.js';
export {
  adviseTeam,
  ADVICE_TOPICS,
  type Advice,
  type AdviceReason,
  type AdviceTopic,
  type CharacteristicReading,
  type TeamAdvice,
} from './adviseTeam/index.js';

// The report.
export {
  buildReport,
  type ReportInput,
  type ReportOptions,
  type ReportSellerInput,
  type ReportUnitInput,
} from './report/buildReport.js';
export { REPORT_CSV_COLUMNS, reportToCsv, type ReportCsvColumn } from './report/csv.js';
export type {
  Report,
  ReportAdvice,
  ReportBalance,
  ReportChange,
  ReportCharacteristic,
  ReportGaps,
  ReportItem,
  ReportItemScale,
  ReportLinking,
  ReportPrevious,
  ReportZoneSpread,
  ReportScale,
  ReportSeller,
  ReportUnit,
  ReportZone,
} from './report/report-schema.js';
