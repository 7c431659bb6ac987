// The types of a team summary. Each is derived from its schema in `summary-schema.ts`, which is
// their one home and their documentation.
export type {
  Distribution,
  Estimate,
  FlagCounts,
  ItemSummary,
  ScaleSummary,
  Sensitivity,
  SuppressedSummary,
  TeamSummary,
  TeamSummaryOk,
} from './summary-schema.js';
