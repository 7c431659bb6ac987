import { type Answers } from '@balanse/core';
import { RESPONSE_POINTS } from '@balanse/core/constants';
import { readJson, type SafeStore } from '../base/storage.js';

/** What autosave keeps between reloads: everything needed to continue where the respondent was. */
export interface Draft {
  answers: Answers;
  /** The page shown; the pages' count means the review step. */
  page: number;
  /** Milliseconds spent per page so far (§8.7, the speed flag). */
  pageTimes: number[];
  /** Generated once per survey; the `Idempotency-Key` of its delivery. */
  submissionId: string;
}

/**
 * `balanse-survey:<survey-id>:<instrument id>@<version>:<form>`: a new instrument version or the
 * other form starts afresh instead of mixing answers given to different questions.
 */
export function draftKey(surveyId: string, instrumentKey: string, form: string): string {
  return `balanse-survey:${surveyId || 'default'}:${instrumentKey}:${form}`;
}

const isAnswer = (value: unknown) =>
  value === null || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= RESPONSE_POINTS);

/**
 * Keeps only answers to `itemIds` with a value core accepts (1 to `RESPONSE_POINTS`, or null), so
 * a hand-edited or stale store cannot put an invalid answer in front of the respondent or the endpoint.
 */
export function cleanAnswers(input: unknown, itemIds: ReadonlySet<string>): Answers {
  const answers: Answers = {};
  if (input && typeof input === 'object') {
    for (const [id, value] of Object.entries(input)) {
      if (itemIds.has(id) && isAnswer(value)) answers[id] = value as Answers[string];
    }
  }
  return answers;
}

/** The stored draft, checked field by field; `undefined` when there is none or it is unreadable. */
export function readDraft(
  store: SafeStore,
  key: string,
  itemIds: ReadonlySet<string>,
  pages: number,
): Draft | undefined {
  const data = readJson(store, key) as Partial<Record<keyof Draft, unknown>> | undefined;
  if (!data || typeof data !== 'object' || typeof data.submissionId !== 'string') return undefined;
  const page = Number.isInteger(data.page) ? Math.min(Math.max(data.page as number, 0), pages) : 0;
  const times = Array.isArray(data.pageTimes) ? data.pageTimes : [];
  return {
    answers: cleanAnswers(data.answers, itemIds),
    page,
    pageTimes: Array.from({ length: pages }, (_, i): number => {
      const time: unknown = times[i];
      return typeof time === 'number' && time >= 0 ? time : 0;
    }),
    submissionId: data.submissionId,
  };
}

/** A random RFC 4122 version-4 id. `crypto.randomUUID` needs a secure context; intranets are often plain http. */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
