/**
 * Receiving a submission on a survey link: docs/delivery-protocol.md, rule by rule.
 * 1 validate (422), 2 key equals submissionId (400), 3 store once (repeat → 200 whatever the
 * body), 4 answer 2xx only after the commit, 5 the same key in flight waits for the first (the
 * unique index), 6 nothing of a refused request is kept, 7 keys live as long as the answers,
 * 9 busy → 503 with Retry-After. What is stored holds nothing that points at a person (R7).
 */
import { randomUUID } from 'node:crypto';
import { BalanseError, scoreResponse, submissionToResponse, type Submission } from '@balanse/core';
import { SubmissionSchema } from '@balanse/core/schemas';
import type { ServerContext } from '../context.js';
import { today } from '../context.js';
import { queryOne, type Queryable } from '../db/database.js';
import { fromBalanseError, HttpError, invalid } from '../http/errors.js';
import { firstIssue, pathOf } from '../http/validate.js';
import type { LinkKind } from './links.js';
import { writerFor } from './response-writer.js';

/** What a survey link opens, as far as receiving needs it. Cached: none of it changes. */
export interface SurveyTarget {
  tenantId: string;
  roundId: string;
  unitId: string;
  kind: LinkKind;
  hash: string;
  instrumentId: string;
  /** The instrument version the round was opened with: the only one it takes answers in. */
  instrumentVersion: string;
  allowedOrigins: readonly string[];
}

/**
 * Checks a body against core's `SubmissionSchema`, then the answers against the instrument
 * (`scoreResponse`), and refuses with core's own field and rule.
 */
export function validateSubmission(body: unknown): Submission {
  const parsed = SubmissionSchema.safeParse(body);
  if (!parsed.success) {
    // Core's scoring functions say what is wrong with the response part in their own words;
    // the schema's message covers the submission's own fields (submissionId, submittedAt).
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
      try {
        scoreResponse(body);
      } catch (error) {
        if (error instanceof BalanseError) throw asSubmissionError(error);
      }
    }
    const issue = firstIssue(parsed.error);
    const field = pathOf(issue.path) || '(body)';
    const rule = issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'is missing or not valid';
    throw invalid(field, rule);
  }
  try {
    scoreResponse(submissionToResponse(parsed.data));
  } catch (error) {
    if (error instanceof BalanseError) throw asSubmissionError(error);
    throw error;
  }
  return parsed.data;
}

/** Core names the argument `response`; in a submission the same fields sit at the top. */
function asSubmissionError(error: BalanseError) {
  const path = error.path.replace(/^response\.?/, '');
  return fromBalanseError(new BalanseError(error.code, path, error.rule, error.received));
}

export type DeliveryOutcome = { status: 201 | 200 };

const INSERT = `
  INSERT INTO response (tenant_id, round_id, id, submission_id, unit_id, form, instrument_id, instrument_version,
                        locale, answers, page_times, received_on)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::date
    FROM round WHERE tenant_id = $1 AND id = $2 AND status = 'open'
     FOR KEY SHARE
  ON CONFLICT DO NOTHING
  RETURNING 1 AS stored`;

function insertParams(target: SurveyTarget, s: Submission): unknown[] {
  return [
    target.tenantId,
    target.roundId,
    randomUUID(),
    s.submissionId,
    target.unitId,
    s.form,
    s.instrument.id,
    s.instrument.version,
    s.locale,
    JSON.stringify(s.answers),
    JSON.stringify(s.pageTimes),
    today(),
  ];
}

async function isStored(q: Queryable, target: SurveyTarget, submissionId: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM response WHERE tenant_id = $1 AND round_id = $2 AND submission_id = $3', [
    target.tenantId,
    target.roundId,
    submissionId,
  ]);
  return rows.length > 0;
}

/** Why nothing was inserted: a repeat (200), a closed or deleted round (410), a second self form (422). */
async function explainNoInsert(q: Queryable, target: SurveyTarget, s: Submission): Promise<DeliveryOutcome> {
  const row = await queryOne<{ repeat: boolean; status: string | null; self_taken: boolean }>(
    q,
    `SELECT EXISTS (SELECT 1 FROM response WHERE tenant_id = $1 AND round_id = $2 AND submission_id = $3) AS repeat,
            (SELECT status FROM round WHERE tenant_id = $1 AND id = $2) AS status,
            EXISTS (SELECT 1 FROM response WHERE tenant_id = $1 AND round_id = $2 AND unit_id = $4 AND form = 'self') AS self_taken`,
    [target.tenantId, target.roundId, s.submissionId, target.unitId],
  );
  if (row.repeat) return { status: 200 };
  if (row.status !== 'open') throw roundGone(row.status);
  if (s.form === 'self' && row.self_taken) {
    throw new HttpError(422, 'already_answered', "this unit's leader has already answered the self-assessment", {
      field: 'form',
      rule: 'the self form is answered once per unit and round',
    });
  }
  // A conflict we cannot name: let the survey try again rather than refuse it.
  throw new HttpError(
    409,
    'in_progress',
    'the submission could not be stored yet; try again',
    {},
    { 'Retry-After': '1' },
  );
}

export const roundGone = (status: string | null) =>
  status === null
    ? new HttpError(410, 'gone', 'this survey no longer exists')
    : status === 'closed'
      ? new HttpError(410, 'closed', 'this survey round is closed and takes no more answers')
      : new HttpError(404, 'not_open', 'this survey round has not opened yet');

/**
 * Stores a validated submission once. Team and self links store through the group commit of
 * response-writer.ts; a personal link stores alone, spent in the same transaction.
 */
export async function deliver(ctx: ServerContext, target: SurveyTarget, body: unknown, key: string | undefined) {
  let s: Submission;
  try {
    s = validateSubmission(body);
  } catch (error) {
    // Rule 3: a key we already stored is confirmed again whatever the body, even one that no
    // longer passes (an edited copy on the device); only new keys are refused.
    if (key && (await isStored(ctx.db, target, key))) return { status: 200 } as DeliveryOutcome;
    throw error;
  }
  if (key !== s.submissionId) {
    throw new HttpError(400, 'key_mismatch', 'the Idempotency-Key header must equal the body’s submissionId', {
      field: 'Idempotency-Key',
      rule: 'must equal submissionId',
    });
  }
  if (s.instrument.id !== target.instrumentId) throw invalid('instrument.id', `must be "${target.instrumentId}"`);
  // A round is scored under the version it opened with: answers to other wording cannot join it.
  if (s.instrument.version !== target.instrumentVersion) {
    throw invalid(
      'instrument.version',
      `must be "${target.instrumentVersion}", the version this round was opened with`,
    );
  }
  const expected = target.kind === 'self' ? 'self' : 'team';
  if (s.form !== expected) {
    throw invalid('form', `must be "${expected}" on a ${target.kind === 'self' ? "leader's self" : 'team'} link`);
  }
  if (target.kind !== 'personal') {
    // Group commit with the submissions arriving at the same time (response-writer.ts).
    if (await writerFor(ctx.db)(target, s)) return { status: 201 } as DeliveryOutcome;
    return explainNoInsert(ctx.db, target, s);
  }
  const stored = await ctx.db.tx(async (q) => {
    const rows = await q.query(INSERT, insertParams(target, s));
    if (rows.length === 0) return false;
    const spent = await q.query(
      `UPDATE link SET used = true WHERE tenant_id = $1 AND round_id = $2 AND hash = $3 AND kind = 'personal' AND NOT used
       RETURNING 1`,
      [target.tenantId, target.roundId, target.hash],
    );
    if (spent.length === 0) throw new HttpError(410, 'used', 'this personal link has already been used');
    return true;
  });
  if (stored) return { status: 201 } as DeliveryOutcome;
  return explainNoInsert(ctx.db, target, s);
}
