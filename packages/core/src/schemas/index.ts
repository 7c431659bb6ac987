/**
 * `@balanse/core/schemas`: the zod schemas behind core's validation, for code that validates data
 * before it reaches core (a server reading a request body, a tool reading a file) or builds its
 * own schema from them. Core's functions validate their input themselves: calling them needs none
 * of these. Each type of the root entry that has a schema is inferred from it here.
 */
export { AnswerSchema, AnswersSchema, ResponseSchema } from '../response/response-schema.js';
export { SubmissionSchema } from '../response/submission.js';
export { OptionsSchema } from '../options/index.js';
export { EstimateSchema } from '../_lib/estimate/index.js';
export { TeamSummarySchema } from '../summarizeTeam/summary-schema.js';
export { SellerInputSchema } from '../recommendStyle/index.js';
export { ReportSchema } from '../report/report-schema.js';
export {
  InstrumentSchema,
  ItemIdSchema,
  ItemSchema,
  LocalizedTextSchema,
  ResponseLabelsSchema,
} from '../instrument/instrument-schema.js';
