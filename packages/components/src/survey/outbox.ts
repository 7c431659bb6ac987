/**
 * The delivery outbox: a submission is written here before the first attempt, so a crash, a
 * closed tab or a dead network never loses it, and it leaves only when the endpoint confirmed it
 * (2xx) or refused it for good (4xx other than 408, 409, 429). Every element on a page with the
 * same endpoint flushes the outbox on load, on `online` and when asked. This module only reads and
 * writes the outbox, so the survey renders without the sending: send.ts delivers (under the
 * cross-tab lock of lock.ts, with the retries of retry.ts), loaded when something is to be sent.
 * See docs/delivery-protocol.md.
 */
import type { Submission } from '@balanse/core';
import { readJson, type SafeStore } from '../base/storage.js';
import type { PostOutcome } from './retry.js';

export interface OutboxEntry {
  endpoint: string;
  /** The JSON document to POST, fixed at submit time. */
  body: string;
  /** The autosave key to clear once the endpoint confirms delivery. */
  draftKey: string;
}

export type Outcome =
  | PostOutcome
  /** No entry any more: another element or tab settled it while this one waited for the lock. */
  | { kind: 'gone' };

const PREFIX = 'balanse-outbox:';

/** The storage key of submission `id` in the outbox. */
export const outboxKey = (id: string): string => PREFIX + id;

export function enqueue(store: SafeStore, id: string, entry: OutboxEntry): void {
  store.set(outboxKey(id), JSON.stringify(entry));
}

/**
 * Puts `submission` (the document of docs/delivery-protocol.md, validated on the server by core's
 * SubmissionSchema) in the outbox for `endpoint`, with the draft to clear once it is delivered.
 */
export function enqueueSubmission(store: SafeStore, submission: Submission, endpoint: string, draftKey: string): void {
  enqueue(store, submission.submissionId, { endpoint, body: JSON.stringify(submission), draftKey });
}

/** The entry stored for `id`, checked field by field: storage can hold anything (an edit by hand, an older format). */
export function entryOf(store: SafeStore, id: string): OutboxEntry | undefined {
  const entry = readJson(store, outboxKey(id));
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { endpoint, body, draftKey } = entry as Record<string, unknown>;
  return typeof endpoint === 'string' && typeof body === 'string'
    ? { endpoint, body, draftKey: typeof draftKey === 'string' ? draftKey : '' }
    : undefined;
}

export function isQueued(store: SafeStore, id: string): boolean {
  return entryOf(store, id) !== undefined;
}

/** Ids of the submissions waiting for `endpoint`. */
export function queuedFor(store: SafeStore, endpoint: string): string[] {
  return store
    .keys(PREFIX)
    .map((key) => key.slice(PREFIX.length))
    .filter((id) => entryOf(store, id)?.endpoint === endpoint);
}

/** True when `event` (from another tab) took submission `id` out of the outbox. */
export function leftOutbox(event: StorageEvent, id: string): boolean {
  return event.key === outboxKey(id) && event.newValue === null;
}

/**
 * Whether a submission that left the outbox elsewhere was delivered: delivery clears its draft
 * too, a refusal keeps it (the respondent's answers stay).
 */
export function wasDelivered(store: SafeStore, draftKey: string): boolean {
  return store.get(draftKey) === null;
}
