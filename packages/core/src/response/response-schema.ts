import * as z from 'zod/mini';
import { FORMS, LOCALES } from '../vocabulary/index.js';
import { ItemIdSchema } from '../instrument/instrument-schema.js';
import { intBetween, numberAtLeast, oneOf, text } from '../_lib/schema-builders/index.js';

/**
 * One answer: 1–5 on the agreement scale, or `null` for "cannot answer". An item that was
 * skipped has no key at all; both count as missing in scoring (§8.2), but stored answers keep
 * the difference.
 */
export const AnswerSchema = z.nullable(intBetween(1, 5));
export type Answer = z.infer<typeof AnswerSchema>;

/** Answers keyed by item id. */
export const AnswersSchema = z.record(ItemIdSchema, AnswerSchema, {
  error: 'must be an object of answers keyed by item id',
});
export type Answers = z.infer<typeof AnswersSchema>;

/**
 * One person's response. Raw answers are kept wherever a response is stored, so it can be
 * re-scored under a new instrument version (§8.5). Unknown top-level fields are ignored, so a
 * server may store its own metadata beside these.
 */
export const ResponseSchema = z.object({
  /** The respondent's submission id; never shown in any report. */
  id: z.optional(text(200)),
  /** `team` (default): a team member about their leader and team. `self`: the leader's self form. */
  form: z.optional(oneOf(FORMS)),
  /** Answers keyed by item id. */
  answers: AnswersSchema,
  /** The language the survey was answered in. */
  locale: z.optional(oneOf(LOCALES)),
  /** Milliseconds spent on each page, by page index; used only for the speed flag (§8.7). */
  pageTimes: z.optional(z.array(numberAtLeast(0), { error: 'must be an array of milliseconds per page' })),
  /** The instrument the response was given under. */
  instrument: z.optional(z.object({ id: ItemIdSchema, version: text(40) })),
});
export type Response = z.infer<typeof ResponseSchema>;
