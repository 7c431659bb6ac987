/**
 * The organisation tree as HR gives it: JSON `[{ id, parent?, name, headcount?, locale? }]` or CSV
 * `id,parent,name,headcount[,locale]`. Each row's fields are checked here; the tree rules (a
 * unique id, a known parent, no cycle) are core's (`summarizeUnits` checks them), and a broken
 * one is refused with the row it is on.
 */
import { BalanseError, LOCALES, summarizeUnits, type Locale } from '@balanse/core';
import * as z from 'zod';
import { invalid } from '../http/errors.js';
import { firstIssue, NO_CONTROL, NO_CONTROL_RULE, parseInput, pathOf, ruleOf } from '../http/validate.js';
import { parseCsv } from './csv.js';
import type { Queryable } from '../db/database.js';

export const MAX_UNITS = 10_000;
const UNIT_ID_RULE = 'must be a unit id of 1 to 100 characters';

export const UnitInputSchema = z
  .object({
    id: z.string({ error: UNIT_ID_RULE }).trim().min(1, { error: UNIT_ID_RULE }).max(100, { error: UNIT_ID_RULE }),
    parent: z
      .string({ error: 'must be the id of another unit, or absent for a root' })
      .trim()
      .max(100, { error: UNIT_ID_RULE })
      .regex(NO_CONTROL, { error: NO_CONTROL_RULE })
      .nullish()
      .transform((v) => (v ? v : undefined)),
    name: z
      .string({ error: 'must be text of 1 to 200 characters' })
      .trim()
      .min(1, { error: 'must be text of 1 to 200 characters' })
      .max(200, { error: 'must be text of 1 to 200 characters' })
      .regex(NO_CONTROL, { error: NO_CONTROL_RULE }),
    headcount: z
      .number({ error: 'must be a whole number of people, 0 or more' })
      .int({ error: 'must be a whole number of people, 0 or more' })
      .min(0, { error: 'must be a whole number of people, 0 or more' })
      .max(1_000_000, { error: 'must be at most 1000000' })
      .nullish()
      .transform((v) => v ?? undefined),
    locale: z
      .enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` })
      .nullish()
      .transform((v) => v ?? undefined),
  })
  .strict();

export interface UnitInput {
  id: string;
  parent?: string | undefined;
  name: string;
  headcount?: number | undefined;
  locale?: Locale | undefined;
}

function checkRow(value: unknown, row: number): UnitInput {
  const result = UnitInputSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = firstIssue(result.error);
  const segments = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
  throw invalid(pathOf(segments) || '(row)', ruleOf(issue), row);
}

/** Validates a JSON tree, row by row (rows count from 1). */
export function unitsFromJson(body: unknown): UnitInput[] {
  const rows = parseInput(
    z.array(z.unknown(), { error: 'must be an array of units { id, parent?, name, headcount? }' }).max(MAX_UNITS, {
      error: `must have at most ${MAX_UNITS} units`,
    }),
    body,
  );
  return checkTree(rows.map((row, i) => checkRow(row, i + 1)));
}

const HEADER = ['id', 'parent', 'name', 'headcount'];

/** Validates a CSV tree: the header `id,parent,name,headcount` (and optionally `locale`), then one unit a row. */
export function unitsFromCsv(text: string): UnitInput[] {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header || HEADER.some((h, i) => header[i] !== h) || header.length > 5 || (header[4] && header[4] !== 'locale')) {
    throw invalid('header', 'must be id,parent,name,headcount (optionally followed by locale)', 0);
  }
  if (rows.length - 1 > MAX_UNITS) throw invalid('(body)', `must have at most ${MAX_UNITS} units`);
  const units = rows.slice(1).map((fields, i) => {
    const row = i + 1;
    if (fields.length !== header.length) {
      throw invalid('(row)', `must have ${header.length} fields like the header, got ${fields.length}`, row);
    }
    const [id, parent, name, headcount, locale] = fields.map((f) => f.trim());
    let count: unknown = undefined;
    if (headcount) count = /^\d+$/.test(headcount) ? Number(headcount) : headcount;
    return checkRow({ id, parent: parent || undefined, name, headcount: count, locale: locale || undefined }, row);
  });
  return checkTree(units);
}

/** The tree rules, from core: unique ids, known parents, no cycles. */
function checkTree(units: UnitInput[]): UnitInput[] {
  try {
    summarizeUnits(units.map((u) => ({ id: u.id, ...(u.parent ? { parent: u.parent } : {}), responses: [] })));
  } catch (error) {
    if (!(error instanceof BalanseError)) throw error;
    const match = /^units\[(\d+)\]\.?(.*)$/.exec(error.path);
    if (!match) throw error;
    throw invalid(match[2] || '(row)', error.rule, Number(match[1]) + 1);
  }
  return units;
}

/** Replaces the tenant's tree. Rounds already open keep the copy they took. */
export async function replaceUnits(q: Queryable, tenantId: string, units: readonly UnitInput[]): Promise<void> {
  await q.query('DELETE FROM unit WHERE tenant_id = $1', [tenantId]);
  const rows = units.map((u, position) => ({
    id: u.id,
    parent: u.parent ?? null,
    name: u.name,
    headcount: u.headcount ?? null,
    locale: u.locale ?? null,
    position,
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await q.query(
      `INSERT INTO unit (tenant_id, id, parent, name, headcount, locale, position)
       SELECT $1, x.id, x.parent, x.name, x.headcount, x.locale, x.position
         FROM jsonb_to_recordset($2::jsonb) AS x(id text, parent text, name text, headcount integer, locale text, position integer)`,
      [tenantId, JSON.stringify(rows.slice(i, i + 1000))],
    );
  }
}

export async function listUnits(q: Queryable, tenantId: string) {
  const rows = await q.query<{
    id: string;
    parent: string | null;
    name: string;
    headcount: number | null;
    locale: string | null;
  }>('SELECT id, parent, name, headcount, locale FROM unit WHERE tenant_id = $1 ORDER BY position', [tenantId]);
  return rows.map((r) => ({
    id: r.id,
    ...(r.parent ? { parent: r.parent } : {}),
    name: r.name,
    ...(r.headcount !== null ? { headcount: r.headcount } : {}),
    ...(r.locale ? { locale: r.locale } : {}),
  }));
}
