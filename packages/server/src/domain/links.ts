/**
 * The links of a round. A team link and (when the round has the self form) a leader's self link
 * per unit, derived from the database's key so they can be listed again; personal single-use
 * links, random and shown once; and per unit a report link, the capability a leader opens
 * without an account. Only hashes are stored. URLs carry the tenant so every lookup is keyed by it.
 */
import { deriveSecret, hashToken, newSecret, type Keyring } from '../auth/tokens.js';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';

export type LinkKind = 'team' | 'self' | 'personal' | 'report';

export const surveyPath = (tenantId: string, secret: string) => `/s/${tenantId}/${secret}`;
export const reportPath = (tenantId: string, secret: string) => `/r/${tenantId}/${secret}`;

export function linkSecret(keys: Keyring, roundId: string, unitId: string, kind: LinkKind, generation: number): string {
  return deriveSecret(keys, kind, roundId, unitId, generation);
}

export interface LinkRow {
  unit_id: string;
  kind: LinkKind;
  generation: number;
}

/** Inserts the derived links (team, self, report) of the given units. */
export async function insertDerivedLinks(
  q: Queryable,
  keys: Keyring,
  tenantId: string,
  roundId: string,
  links: readonly { unit: string; kind: Exclude<LinkKind, 'personal'>; generation?: number }[],
): Promise<void> {
  const rows = links.map((l) => ({
    hash: hashToken(keys, linkSecret(keys, roundId, l.unit, l.kind, l.generation ?? 0)),
    kind: l.kind,
    unit_id: l.unit,
    generation: l.generation ?? 0,
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await q.query(
      `INSERT INTO link (tenant_id, round_id, hash, kind, unit_id, generation)
       SELECT $1, $2, x.hash, x.kind, x.unit_id, x.generation
         FROM jsonb_to_recordset($3::jsonb) AS x(hash text, kind text, unit_id text, generation integer)`,
      [tenantId, roundId, JSON.stringify(rows.slice(i, i + 1000))],
    );
  }
}

/** The absolute URLs of a round's derived links of one kind group, in tree order. */
export async function listDerivedLinks(
  ctx: ServerContext,
  base: string,
  tenantId: string,
  roundId: string,
  kinds: readonly LinkKind[],
): Promise<{ unit: string; kind: LinkKind; url: string }[]> {
  const rows = await ctx.db.query<LinkRow>(
    `SELECT l.unit_id, l.kind, l.generation FROM link l
       JOIN round_unit u ON u.tenant_id = l.tenant_id AND u.round_id = l.round_id AND u.id = l.unit_id
      WHERE l.tenant_id = $1 AND l.round_id = $2 AND l.kind = ANY($3::text[]) AND NOT l.revoked
      ORDER BY u.position, l.kind DESC`,
    [tenantId, roundId, kinds],
  );
  return rows.map((r) => {
    const secret = linkSecret(ctx.keys, roundId, r.unit_id, r.kind, r.generation);
    const path = r.kind === 'report' ? reportPath(tenantId, secret) : surveyPath(tenantId, secret);
    return { unit: r.unit_id, kind: r.kind, url: `${base}${path}` };
  });
}

/** Makes `count` personal links for a unit; their URLs are returned once and never stored. */
export async function createPersonalLinks(
  ctx: ServerContext,
  base: string,
  tenantId: string,
  roundId: string,
  unitId: string,
  count: number,
): Promise<string[]> {
  const secrets = Array.from({ length: count }, () => newSecret());
  const rows = secrets.map((s) => ({ hash: hashToken(ctx.keys, s), kind: 'personal', unit_id: unitId, generation: 0 }));
  await ctx.db.query(
    `INSERT INTO link (tenant_id, round_id, hash, kind, unit_id, generation)
     SELECT $1, $2, x.hash, x.kind, x.unit_id, x.generation
       FROM jsonb_to_recordset($3::jsonb) AS x(hash text, kind text, unit_id text, generation integer)`,
    [tenantId, roundId, JSON.stringify(rows)],
  );
  return secrets.map((s) => `${base}${surveyPath(tenantId, s)}`);
}

/** Revokes a unit's report link and makes a new one (a leader's link that went astray). */
export async function rotateReportLink(q: Queryable, keys: Keyring, tenantId: string, roundId: string, unitId: string) {
  const rows = await q.query<{ generation: number }>(
    `UPDATE link SET revoked = true WHERE tenant_id = $1 AND round_id = $2 AND unit_id = $3 AND kind = 'report' AND NOT revoked
     RETURNING generation`,
    [tenantId, roundId, unitId],
  );
  const generation = Math.max(-1, ...rows.map((r) => r.generation)) + 1;
  await insertDerivedLinks(q, keys, tenantId, roundId, [{ unit: unitId, kind: 'report', generation }]);
  return linkSecret(keys, roundId, unitId, 'report', generation);
}

export interface ResolvedLink {
  tenantId: string;
  roundId: string;
  unitId: string;
  kind: LinkKind;
  hash: string;
  revoked: boolean;
}

/** Finds the link a URL's secret opens, or undefined. */
export async function resolveLink(
  q: Queryable,
  keys: Keyring,
  tenantId: string,
  secret: string,
): Promise<ResolvedLink | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(tenantId) || !/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return undefined;
  const hash = hashToken(keys, secret);
  const rows = await q.query<{ round_id: string; unit_id: string; kind: LinkKind; revoked: boolean }>(
    'SELECT round_id, unit_id, kind, revoked FROM link WHERE tenant_id = $1 AND hash = $2',
    [tenantId, hash],
  );
  const row = rows[0];
  return row && { tenantId, roundId: row.round_id, unitId: row.unit_id, kind: row.kind, hash, revoked: row.revoked };
}
