export * from './vocabulary/index.js';
export * from './constants/index.js';
export { BalanseError, type BalanseErrorCode } from './errors/index.js';
export * from './instrument/index.js';
export {
  AnswerSchema,
  AnswersSchema,
  ResponseSchema,
  SubmissionSchema,
  submissionToResponse,
  type Answer,
  type Answers,
  type Response,
  type Submission,
} from './response/index.js';
export { DEFAULT_OPTIONS, OptionsSchema, type BalanseOptions } from './options/index.js';
export type { CarelessFlags } from './careless/index.js';
export type { Agreement } from './agreement/index.js';
export { EstimateSchema, type EstimateInput, type ScoreOrEstimate } from './estimate/index.js';
export { scoreResponse, type ResponseScore } from './scoreResponse/index.js';
export { summarizeTeam } from './summarizeTeam/index.js';
export type * from './summarizeTeam/types.js';
export { classifyZone, type ZoneClassification, type ZoneAxisReading } from './classifyZone/index.js';
export { SCORE_TOLERANCE, ZONE_QUADRANTS, sideOf, zoneOf, type Side } from './cut/index.js';
export { assessBalance, type BalanceAssessment, type TiltEstimate } from './assessBalance/index.js';
export { studentTQuantile } from './stats/index.js';
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
export { TeamSummarySchema } from './summarizeTeam/schema.js';
export { parseSummary } from './anonymity/read-summary.js';
export { compareSelf, type SelfComparison, type ScaleGap, type ItemGap } from './compareSelf/index.js';
export { diagnose, DIAGNOSIS, type DiagnosisEntry } from './diagnose/index.js';
export {
  recommendStyle,
  SellerInputSchema,
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
export * from './report/index.js';
export * from './messages/index.js';
