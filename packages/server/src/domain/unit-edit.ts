/**
 * Editing one unit of a tenant's tree (its name, parent or expected headcount) without
 * re-importing the file. The whole tree is checked again with the import's rules (fields and
 * core's tree rules), so an edit can never leave a cycle or an unknown parent behind. Rounds
 * already open keep the tree they copied.
 */
import * as z from 'zod';
import type { Queryable } from '../db/database.js';
import { HttpError, notFound } from '../http/errors.js';
import { listUnits, replaceUnits, unitsFromJson } from './units.js';

export const UnitEditSchema = z
  .object({
    name: z.string({ error: 'must be text of 1 to 200 characters' }),
    parent: z.string({ error: 'must be the id of another unit, or null for a root' }).nullable(),
    headcount: z.number({ error: 'must be a whole number of people, 0 or more, or null' }).nullable(),
  })
  .partial()
  .strict();

export async function editUnit(
  q: Queryable,
  tenantId: string,
  unitId: string,
  edit: z.infer<typeof UnitEditSchema>,
): Promise<Awaited<ReturnType<typeof listUnits>>> {
  const units = await listUnits(q, tenantId);
  const index = units.findIndex((u) => u.id === unitId);
  const current = units[index];
  if (!current) throw notFound('the unit');
  const next: Record<string, unknown> = { ...current };
  if (edit.name !== undefined) next.name = edit.name;
  if (edit.parent !== undefined) next.parent = edit.parent ?? undefined;
  if (edit.headcount !== undefined) next.headcount = edit.headcount ?? undefined;
  if (next.parent === unitId) throw invalidEdit('parent', 'must not be the unit itself');
  const rows = units.map((u, i) => (i === index ? next : u));
  let checked;
  try {
    checked = unitsFromJson(rows);
  } catch (error) {
    // The import names a row; an edit names the field of the unit being edited.
    if (error instanceof HttpError && error.details.field && error.details.rule)
      throw invalidEdit(error.details.field, error.details.rule);
    throw error;
  }
  await replaceUnits(q, tenantId, checked);
  return listUnits(q, tenantId);
}

const invalidEdit = (field: string, rule: string) =>
  new HttpError(422, 'invalid_input', `${field}: ${rule}`, { field, rule });
