import * as z from 'zod/mini';
import { ItemIdSchema } from '../instrument/instrument-schema.js';
import { FORMS, LOCALES } from '../vocabulary/index.js';
import { numberAtLeast, oneOf, text } from '../_lib/schema-builders/index.js';
import { AnswersSchema, type Response } from './response-schema.js';

const SUBMISSION_ID_RULE = 'must be a submission id of 8 to 100 letters, digits, "-" or "_"';

/**
 * The document `<balanse-survey>` POSTs to its endpoint, once per submission, with the header
 * `Idempotency-Key: <submissionId>`. A server validates it with this schema, stores it as it is
 * (raw answers kept, §8.5) and treats a repeated `submissionId` as the same submission.
 */
export const SubmissionSchema = z.object({
  /** Generated once per survey in the browser; the idempotency key of every attempt to send it. */
  submissionId: z
    .string({ error: SUBMISSION_ID_RULE })
    .check(z.regex(/^[A-Za-z0-9_-]{8,100}$/, { error: SUBMISSION_ID_RULE })),
  /** The instrument the answers belong to. */
  instrument: z.object({ id: ItemIdSchema, version: text(40) }),
  /** `team` or `self` (the leader's self form). */
  form: oneOf(FORMS),
  /** Answers keyed by item id: 1–5, or null for "cannot answer"; skipped items are absent. */
  answers: AnswersSchema,
  /** The language the survey was answered in. */
  locale: oneOf(LOCALES),
  /** Milliseconds spent on each page, for the careless-answer flags (§8.7). */
  pageTimes: z.array(numberAtLeast(0), { error: 'must be an array of milliseconds per page' }),
  /** When the respondent submitted, ISO 8601 with time zone. */
  submittedAt: z.string({ error: 'must be an ISO 8601 date-time' }).check(
    z.refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), {
      error: 'must be an ISO 8601 date-time',
    }),
  ),
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** The response inside a submission, in the shape every scoring function takes. *
 * @param submission - a submission that `SubmissionSchema` accepted (the survey element sends these)
 * @returns the response it holds: id, instrument, form, answers, locale and page times
 * @throws Never: it copies fields of an already validated submission
 */
export function submissionToResponse(submission: Submission): Response {
  const { submissionId, instrument, form, answers, locale, pageTimes } = submission;
  return { id: submissionId, instrument, form, answers, locale, pageTimes };
}
