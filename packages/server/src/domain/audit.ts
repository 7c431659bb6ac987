/** The audit log: who exported or read what. It never holds answers or tokens. */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';

export interface AuditEntry {
  tenantId: string | null;
  /** `token:<id>` for an API token, `report-link:<unit>` for a leader's link, `operator-env`. */
  actor: string;
  action: string;
  target: string;
}

export async function audit(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query('INSERT INTO audit (id, tenant_id, at, actor, action, target) VALUES ($1, $2, now(), $3, $4, $5)', [
    randomUUID(),
    entry.tenantId,
    entry.actor,
    entry.action,
    entry.target,
  ]);
}

export async function auditLog(q: Queryable, tenantId: string, limit = 500) {
  const rows = await q.query<{ at: Date; actor: string; action: string; target: string }>(
    'SELECT at, actor, action, target FROM audit WHERE tenant_id = $1 ORDER BY at DESC LIMIT $2',
    [tenantId, limit],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, target: r.target }));
}
