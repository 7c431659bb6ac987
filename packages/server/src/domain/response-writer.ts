/**
 * Storing team and self submissions by group commit. Submissions that arrive while the database
 * is busy with earlier ones wait and then go in together: one `INSERT … SELECT FROM
 * jsonb_to_recordset(…) … ON CONFLICT DO NOTHING` for all of them, one commit. Each waiter is
 * answered when that statement has committed, so a 201 still means "committed" (protocol rule 4),
 * and the unique keys in the database still decide what is a repeat (rule 3), across instances.
 * Nothing waits for a timer: a submission that finds the database idle goes at the end of the
 * event loop's turn, with whatever else arrived in it.
 *
 * Why: one commit per submission is what the embedded database spends most on (PGlite writes
 * its files at every commit, in the server's own thread), and on PostgreSQL each statement is a
 * round trip, a plan, a lock on the round's row and a commit record.
 *
 * A statement that fails as a whole for a reason other than the database being away (a value one
 * submission carries that the database cannot store) is retried one submission at a time, so the
 * others are stored and only that one is refused, as without batching.
 */
import { randomUUID } from 'node:crypto';
import type { Submission } from '@balanse/core';
import { today } from '../context.js';
import { DatabaseUnavailableError, isUnavailable, type Database } from '../db/database.js';
import type { SurveyTarget } from './delivery.js';

/** Stores a submission unless its key is taken or its round is not open; true when this call stored it. */
export type StoreSubmission = (target: SurveyTarget, submission: Submission) => Promise<boolean>;

interface Pending {
  readonly key: string;
  readonly row: ReturnType<typeof rowOf>;
  resolve(stored: boolean): void;
  reject(error: unknown): void;
}

/** How many statements may be in flight at once: PGlite has one connection, a pool has more. */
const IN_FLIGHT = { pglite: 1, postgres: 4 } as const;
/** Rows per statement (a 40-item submission is about 1 kB of JSON). */
const MAX_ROWS = 500;
/** Submissions allowed to wait before new ones are answered "busy" (503), where the database sets no bound. */
const MAX_WAITING = 2000;

const COLUMNS = `tenant_id uuid, round_id uuid, id uuid, submission_id text, unit_id text, form text,
                 instrument_id text, instrument_version text, locale text, answers jsonb, page_times jsonb`;

// The round's row is share-locked (FOR KEY SHARE) until the commit: closing a round takes it
// FOR UPDATE, so it waits for the submissions in flight and none slips in after its count. The
// ORDER BY gives concurrent statements one order of keys, so they cannot deadlock on each other.
const INSERT_MANY = `
  INSERT INTO response (tenant_id, round_id, id, submission_id, unit_id, form, instrument_id, instrument_version,
                        locale, answers, page_times, received_on)
  SELECT x.tenant_id, x.round_id, x.id, x.submission_id, x.unit_id, x.form, x.instrument_id, x.instrument_version,
         x.locale, x.answers, x.page_times, $2::date
    FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
    JOIN round r ON r.tenant_id = x.tenant_id AND r.id = x.round_id AND r.status = 'open'
   ORDER BY x.tenant_id, x.round_id, x.submission_id
     FOR KEY SHARE OF r
  ON CONFLICT DO NOTHING
  RETURNING tenant_id, round_id, submission_id`;

function rowOf(target: SurveyTarget, s: Submission) {
  return {
    tenant_id: target.tenantId,
    round_id: target.roundId,
    id: randomUUID(),
    submission_id: s.submissionId,
    unit_id: target.unitId,
    form: s.form,
    instrument_id: s.instrument.id,
    instrument_version: s.instrument.version,
    locale: s.locale,
    answers: s.answers,
    page_times: s.pageTimes,
  };
}

const keyOf = (tenantId: string, roundId: string, submissionId: string) => `${tenantId}/${roundId}/${submissionId}`;

/** Runs the statement for `rows`; the keys it stored. */
async function insertRows(db: Database, rows: readonly Pending['row'][]): Promise<Set<string>> {
  const stored = await db.query<{ tenant_id: string; round_id: string; submission_id: string }>(INSERT_MANY, [
    JSON.stringify(rows),
    today(),
  ]);
  return new Set(stored.map((r) => keyOf(r.tenant_id, r.round_id, r.submission_id)));
}

export function responseWriter(db: Database): StoreSubmission {
  const waiting: Pending[] = [];
  let inFlight = 0;
  let rowsInFlight = 0;
  const limit = IN_FLIGHT[db.engine];

  /**
   * Whether the next submission is one too many. Where the database bounds its queue (PGlite),
   * every submission counts as one of its requests, batched or not, so "busy" comes at the same
   * point as it would without batching.
   */
  function full(): boolean {
    if (!db.queue) return waiting.length >= MAX_WAITING;
    return waiting.length + rowsInFlight + db.queue.length - inFlight >= db.queue.max;
  }

  async function flush(batch: Pending[]): Promise<void> {
    // A key twice in one batch: the first goes in; the others learn afterwards that it is taken
    // (a repeat), as they would have one after the other.
    const first = new Map<string, Pending>();
    for (const p of batch) if (!first.has(p.key)) first.set(p.key, p);
    const entries = [...first.values()];
    try {
      const stored = await insertRows(
        db,
        entries.map((p) => p.row),
      );
      for (const p of batch) p.resolve(first.get(p.key) === p && stored.has(p.key));
    } catch (error) {
      if (isUnavailable(error) || entries.length === 1) {
        for (const p of batch) p.reject(error);
        return;
      }
      // One of them carries what the database refuses: each on its own, so only that one fails.
      await Promise.all(
        entries.map(async (p) => {
          try {
            p.resolve((await insertRows(db, [p.row])).has(p.key));
          } catch (one) {
            p.reject(one);
          }
        }),
      );
      for (const p of batch) if (first.get(p.key) !== p) p.resolve(false);
    }
  }

  let scheduled = false;
  /**
   * Starts statements for what waits, once the event loop has taken in every request that had
   * arrived (setImmediate runs after the poll phase): PGlite runs a statement synchronously in
   * this thread, so requests that came in meanwhile are all read in the next turn and would
   * otherwise go one by one, the first alone.
   */
  function pump(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(start);
  }

  function start(): void {
    scheduled = false;
    while (inFlight < limit && waiting.length > 0) {
      const batch = waiting.splice(0, MAX_ROWS);
      inFlight++;
      rowsInFlight += batch.length;
      void flush(batch).finally(() => {
        inFlight--;
        rowsInFlight -= batch.length;
        pump();
      });
    }
  }

  return (target, submission) => {
    if (full()) {
      return Promise.reject(new DatabaseUnavailableError('The server is busy storing earlier submissions.', 1));
    }
    return new Promise<boolean>((resolve, reject) => {
      waiting.push({
        key: keyOf(target.tenantId, target.roundId, submission.submissionId),
        row: rowOf(target, submission),
        resolve,
        reject,
      });
      pump();
    });
  };
}

const writers = new WeakMap<Database, StoreSubmission>();

/** The writer of one database, shared by every request the process serves. */
export function writerFor(db: Database): StoreSubmission {
  let writer = writers.get(db);
  if (!writer) {
    writer = responseWriter(db);
    writers.set(db, writer);
  }
  return writer;
}
