/**
 * Rounds: draft → open → closed. Opening copies the tenant's tree into the round (later HR
 * changes do not move results) and makes its links; closing releases every unit's results
 * once. k is the tenant's unless the round sets its own, never below 3, and once answers exist
 * it may only be raised.
 */
import { randomUUID } from 'node:crypto';
import { instrument, LOCALES, type Locale, type Response } from '@balanse/core';
import * as z from 'zod';
import { today, type ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { conflict, HttpError, invalid, notFound } from '../http/errors.js';
import { kValue, text } from '../http/validate.js';
import { insertDerivedLinks } from './links.js';
import { releaseRound } from './release.js';
import { requireTenant } from './tenants.js';

export type RoundStatus = 'draft' | 'open' | 'closed';

const locale = z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` });
export const RoundCreateSchema = z
  .object({
    name: text(200),
    locale: locale.optional(),
    k: kValue.optional(),
    selfForm: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();
export const RoundUpdateSchema = z
  .object({ name: text(200), locale, k: kValue })
  .partial()
  .strict();

export interface Round {
  id: string;
  tenantId: string;
  name: string;
  locale: Locale;
  instrument: { id: string; version: string };
  k: number;
  selfForm: boolean;
  status: RoundStatus;
  createdOn: string;
  openedOn: string | null;
  closedOn: string | null;
  purgedOn: string | null;
}

interface RoundRow {
  id: string;
  tenant_id: string;
  name: string;
  locale: Locale;
  instrument_id: string;
  instrument_version: string;
  k: number;
  self_form: boolean;
  status: RoundStatus;
  created_on: string;
  opened_on: string | null;
  closed_on: string | null;
  purged_on: string | null;
}

const toRound = (r: RoundRow): Round => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  locale: r.locale,
  instrument: { id: r.instrument_id, version: r.instrument_version },
  k: r.k,
  selfForm: r.self_form,
  status: r.status,
  createdOn: r.created_on,
  openedOn: r.opened_on,
  closedOn: r.closed_on,
  purgedOn: r.purged_on,
});

export async function createRound(
  ctx: ServerContext,
  tenantId: string,
  input: z.infer<typeof RoundCreateSchema>,
): Promise<Round> {
  const tenant = await requireTenant(ctx.db, tenantId);
  const id = randomUUID();
  await ctx.db.query(
    `INSERT INTO round (tenant_id, id, name, locale, instrument_id, instrument_version, k, self_form, status, created_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9)`,
    [
      tenantId,
      id,
      input.name,
      input.locale ?? 'nb',
      instrument.id,
      instrument.version,
      input.k ?? tenant.k,
      input.selfForm ?? true,
      today(),
    ],
  );
  return requireRound(ctx.db, tenantId, id);
}

export async function getRound(q: Queryable, tenantId: string, id: string): Promise<Round | undefined> {
  const rows = await q.query<RoundRow>('SELECT * FROM round WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  return rows[0] && toRound(rows[0]);
}

export async function requireRound(q: Queryable, tenantId: string, id: string, lock = false): Promise<Round> {
  const rows = await q.query<RoundRow>(
    `SELECT * FROM round WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [tenantId, id],
  );
  if (!rows[0]) throw notFound('the round');
  return toRound(rows[0]);
}

export async function listRounds(q: Queryable, tenantId: string): Promise<Round[]> {
  const rows = await q.query<RoundRow>('SELECT * FROM round WHERE tenant_id = $1 ORDER BY created_on, name', [
    tenantId,
  ]);
  return rows.map(toRound);
}

export async function updateRound(
  ctx: ServerContext,
  tenantId: string,
  id: string,
  input: z.infer<typeof RoundUpdateSchema>,
): Promise<Round> {
  return ctx.db.tx(async (q) => {
    const round = await requireRound(q, tenantId, id, true);
    if (round.status === 'closed') throw conflict('a closed round cannot be changed');
    if (input.k !== undefined && input.k < round.k) {
      const [{ n }] = (await q.query<{ n: number }>(
        'SELECT count(*)::integer AS n FROM response WHERE tenant_id = $1 AND round_id = $2',
        [tenantId, id],
      )) as [{ n: number }];
      if (n > 0) throw invalid('k', `may only be raised once answers exist (it is ${round.k})`);
    }
    if (round.status === 'open' && input.locale !== undefined && input.locale !== round.locale) {
      throw conflict('the language of an open round cannot be changed: its links are out');
    }
    await q.query('UPDATE round SET name = $3, locale = $4, k = $5 WHERE tenant_id = $1 AND id = $2', [
      tenantId,
      id,
      input.name ?? round.name,
      input.locale ?? round.locale,
      input.k ?? round.k,
    ]);
    return requireRound(q, tenantId, id);
  });
}

/** Opens a draft round: copies the tree and makes the team and self links. */
export async function openRound(ctx: ServerContext, tenantId: string, id: string): Promise<Round> {
  return ctx.db.tx(async (q) => {
    const round = await requireRound(q, tenantId, id, true);
    if (round.status !== 'draft') throw conflict(`the round is ${round.status}; only a draft round can be opened`);
    const units = await q.query<{ id: string }>('SELECT id FROM unit WHERE tenant_id = $1 ORDER BY position', [
      tenantId,
    ]);
    if (units.length === 0) {
      throw new HttpError(409, 'no_units', 'the tenant has no units yet: import the organisation (PUT …/units) first');
    }
    await q.query(
      `INSERT INTO round_unit (tenant_id, round_id, id, parent, name, headcount, locale, position)
       SELECT tenant_id, $2, id, parent, name, headcount, locale, position FROM unit WHERE tenant_id = $1`,
      [tenantId, id],
    );
    // Report links exist from the start so they can be handed out; they show a report once
    // the round has closed.
    const links = units.flatMap((u) => [
      { unit: u.id, kind: 'team' as const },
      ...(round.selfForm ? [{ unit: u.id, kind: 'self' as const }] : []),
      { unit: u.id, kind: 'report' as const },
    ]);
    await insertDerivedLinks(q, ctx.keys, tenantId, id, links);
    await q.query("UPDATE round SET status = 'open', opened_on = $3 WHERE tenant_id = $1 AND id = $2", [
      tenantId,
      id,
      today(),
    ]);
    return requireRound(q, tenantId, id);
  });
}

interface ResponseRow {
  id: string;
  unit_id: string;
  form: 'team' | 'self';
  instrument_id: string;
  instrument_version: string;
  answers: Response['answers'];
  page_times: number[];
  locale: Locale;
}

const toResponse = (r: ResponseRow): Response => ({
  id: r.id,
  form: r.form,
  instrument: { id: r.instrument_id, version: r.instrument_version },
  answers: r.answers,
  pageTimes: r.page_times,
  locale: r.locale,
});

/**
 * Closes an open round and releases every unit's results in the same transaction. The round's
 * row lock waits for submissions in flight (each holds a share lock on it until it commits) and
 * keeps new ones out, so the release counts exactly what was confirmed before the close.
 */
export async function closeRound(ctx: ServerContext, tenantId: string, id: string): Promise<Round> {
  return ctx.db.tx(async (q) => {
    const round = await requireRound(q, tenantId, id, true);
    if (round.status !== 'open') throw conflict(`the round is ${round.status}; only an open round can be closed`);
    const closedOn = today();
    await q.query(
      "UPDATE round SET status = 'closed', closed_on = $3, closed_at = now() WHERE tenant_id = $1 AND id = $2",
      [tenantId, id, closedOn],
    );
    const tree = await q.query<{ id: string; parent: string | null }>(
      'SELECT id, parent FROM round_unit WHERE tenant_id = $1 AND round_id = $2 ORDER BY position',
      [tenantId, id],
    );
    const rows = await q.query<ResponseRow>(
      `SELECT id, unit_id, form, instrument_id, instrument_version, answers, page_times, locale
         FROM response WHERE tenant_id = $1 AND round_id = $2`,
      [tenantId, id],
    );
    const team = new Map<string, Response[]>();
    const self = new Map<string, Response>();
    for (const row of rows) {
      if (row.form === 'self') self.set(row.unit_id, toResponse(row));
      else {
        const answers = team.get(row.unit_id);
        if (answers) answers.push(toResponse(row));
        else team.set(row.unit_id, [toResponse(row)]);
      }
    }
    const ledger = await q.query<{ unit: string; ids: string[] }>(
      'SELECT unit_id AS unit, respondents AS ids FROM release WHERE tenant_id = $1 AND round_id = $2',
      [tenantId, id],
    );
    const release = releaseRound(tree, team, round.k, round.instrument.version, ledger);
    const records = tree.map((u) => ({
      unit_id: u.id,
      summary: release.summaries[u.id],
      respondents: release.sets[u.id] ?? [],
      self: self.get(u.id) ?? null,
    }));
    for (let i = 0; i < records.length; i += 500) {
      await q.query(
        `INSERT INTO release (tenant_id, round_id, unit_id, released_on, summary, respondents, self)
         SELECT $1, $2, x.unit_id, $3, x.summary, x.respondents, x.self
           FROM json_to_recordset($4::json) AS x(unit_id text, summary json, respondents json, self json)`,
        [tenantId, id, closedOn, JSON.stringify(records.slice(i, i + 500))],
      );
    }
    // The personal links are spent with the round; nothing is left to open.
    await q.query("DELETE FROM link WHERE tenant_id = $1 AND round_id = $2 AND kind = 'personal'", [tenantId, id]);
    return requireRound(q, tenantId, id);
  });
}

/** Deletes a round with its answers, links and releases. */
export async function deleteRound(ctx: ServerContext, tenantId: string, id: string): Promise<void> {
  await ctx.db.tx(async (q) => {
    await requireRound(q, tenantId, id, true);
    await q.query('DELETE FROM round WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  });
}

export interface RoundUnit {
  id: string;
  parent: string | null;
  name: string;
  headcount: number | null;
  locale: Locale | null;
}

export async function roundUnits(q: Queryable, tenantId: string, roundId: string): Promise<RoundUnit[]> {
  return q.query<RoundUnit>(
    'SELECT id, parent, name, headcount, locale FROM round_unit WHERE tenant_id = $1 AND round_id = $2 ORDER BY position',
    [tenantId, roundId],
  );
}

/** Responded (team form) against expected headcount, per unit of an open or closed round. */
export async function participation(q: Queryable, tenantId: string, roundId: string) {
  const rows = await q.query<{ unit: string; responded: number; expected: number | null }>(
    `SELECT u.id AS unit, count(r.id)::integer AS responded, u.headcount AS expected
       FROM round_unit u
       LEFT JOIN response r ON r.tenant_id = u.tenant_id AND r.round_id = u.round_id AND r.unit_id = u.id AND r.form = 'team'
      WHERE u.tenant_id = $1 AND u.round_id = $2
      GROUP BY u.id, u.headcount, u.position ORDER BY u.position`,
    [tenantId, roundId],
  );
  return rows;
}
