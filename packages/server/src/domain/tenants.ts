/** Tenants: a consultancy's client organisations, each with its k, retention and allowed origins. */
import { randomUUID } from 'node:crypto';
import { ANONYMITY_K_DEFAULT } from '@balanse/core/constants';
import * as z from 'zod';
import { today, type ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { kValue, text } from '../http/validate.js';

const origin = z
  .string({ error: 'must be an origin such as https://intranet.example' })
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, { error: 'must be an origin such as https://intranet.example' });
const retention = z
  .number({ error: 'must be a whole number of days, 1 or more' })
  .int({ error: 'must be a whole number of days, 1 or more' })
  .min(1, { error: 'must be a whole number of days, 1 or more' })
  .max(36_500, { error: 'must be at most 36500 days' });

export const TenantCreateSchema = z
  .object({
    name: text(200),
    k: kValue.optional(),
    retentionDays: retention.nullable().optional(),
    allowedOrigins: z.array(origin, { error: 'must be an array of origins' }).max(50).optional(),
  })
  .strict();
export const TenantUpdateSchema = TenantCreateSchema.partial().strict();

export interface Tenant {
  id: string;
  name: string;
  k: number;
  retentionDays: number | null;
  allowedOrigins: string[];
  createdOn: string;
}

interface TenantRow {
  id: string;
  name: string;
  k: number;
  retention_days: number | null;
  allowed_origins: string[];
  created_on: string;
}
const toTenant = (r: TenantRow): Tenant => ({
  id: r.id,
  name: r.name,
  k: r.k,
  retentionDays: r.retention_days,
  allowedOrigins: r.allowed_origins,
  createdOn: r.created_on,
});

export async function createTenant(ctx: ServerContext, input: z.infer<typeof TenantCreateSchema>): Promise<Tenant> {
  const id = randomUUID();
  await ctx.db.query(
    'INSERT INTO tenant (id, name, k, retention_days, allowed_origins, created_on) VALUES ($1, $2, $3, $4, $5::jsonb, $6)',
    [
      id,
      input.name,
      input.k ?? ANONYMITY_K_DEFAULT,
      input.retentionDays ?? null,
      JSON.stringify(input.allowedOrigins ?? []),
      today(),
    ],
  );
  return requireTenant(ctx.db, id);
}

export async function getTenant(q: Queryable, id: string): Promise<Tenant | undefined> {
  const rows = await q.query<TenantRow>('SELECT * FROM tenant WHERE id = $1', [id]);
  return rows[0] && toTenant(rows[0]);
}

export async function requireTenant(q: Queryable, id: string): Promise<Tenant> {
  const tenant = await getTenant(q, id);
  if (!tenant) throw notFound('the tenant');
  return tenant;
}

export async function listTenants(q: Queryable): Promise<Tenant[]> {
  return (await q.query<TenantRow>('SELECT * FROM tenant ORDER BY created_on, name')).map(toTenant);
}

export async function updateTenant(
  ctx: ServerContext,
  id: string,
  input: z.infer<typeof TenantUpdateSchema>,
): Promise<Tenant> {
  const current = await requireTenant(ctx.db, id);
  await ctx.db.query(
    'UPDATE tenant SET name = $2, k = $3, retention_days = $4, allowed_origins = $5::jsonb WHERE id = $1',
    [
      id,
      input.name ?? current.name,
      input.k ?? current.k,
      input.retentionDays === undefined ? current.retentionDays : input.retentionDays,
      JSON.stringify(input.allowedOrigins ?? current.allowedOrigins),
    ],
  );
  return requireTenant(ctx.db, id);
}

/** Deletes a tenant with everything it holds (units, rounds, answers, releases, tokens). */
export async function deleteTenant(ctx: ServerContext, id: string): Promise<void> {
  await requireTenant(ctx.db, id);
  await ctx.db.tx(async (q) => {
    // Children first: the round's own tables cascade from round, the rest from tenant.
    await q.query('DELETE FROM round WHERE tenant_id = $1', [id]);
    await q.query('DELETE FROM tenant WHERE id = $1', [id]);
  });
}
