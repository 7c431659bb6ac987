/**
 * Retention: a tenant may keep raw answers for N days after a round closes. The job deletes the
 * answers of rounds closed longer ago and empties their ledger sets; the released reports stay
 * (they hold no answers). Safe to run from several instances at once: each step is idempotent.
 */
import type { Database } from '../db/database.js';
import { today } from '../context.js';

export async function enforceRetention(db: Database, now = new Date()): Promise<{ rounds: number; responses: number }> {
  const due = await db.query<{ tenant_id: string; id: string }>(
    `SELECT r.tenant_id, r.id FROM round r JOIN tenant t ON t.id = r.tenant_id
      WHERE t.retention_days IS NOT NULL AND r.status = 'closed' AND r.purged_on IS NULL
        AND r.closed_on + t.retention_days <= $1::date`,
    [today(now)],
  );
  let responses = 0;
  for (const round of due) {
    responses += await db.tx(async (q) => {
      const deleted = await q.query('DELETE FROM response WHERE tenant_id = $1 AND round_id = $2 RETURNING 1', [
        round.tenant_id,
        round.id,
      ]);
      await q.query("UPDATE release SET respondents = '[]'::json WHERE tenant_id = $1 AND round_id = $2", [
        round.tenant_id,
        round.id,
      ]);
      await q.query('UPDATE round SET purged_on = $3 WHERE tenant_id = $1 AND id = $2', [
        round.tenant_id,
        round.id,
        today(now),
      ]);
      return deleted.length;
    });
  }
  return { rounds: due.length, responses };
}
