/**
 * The raw-data export (ANONYMITY.md R8): team answers only, for units with at least k of them,
 * without ids, dates, page times, locale or arrival order (rows are shuffled within each unit),
 * only to a raw-data token of the tenant, and audited. The leader's self form is not in it.
 */
import type { Queryable } from '../db/database.js';

export async function* rawAnswers(q: Queryable, tenantId: string, roundId: string, k: number) {
  const rows = await q.query<{ unit_id: string; instrument_id: string; instrument_version: string; answers: unknown }>(
    `SELECT r.unit_id, r.instrument_id, r.instrument_version, r.answers
       FROM response r
      WHERE r.tenant_id = $1 AND r.round_id = $2 AND r.form = 'team'
        AND r.unit_id IN (SELECT unit_id FROM response
                           WHERE tenant_id = $1 AND round_id = $2 AND form = 'team'
                           GROUP BY unit_id HAVING count(*) >= $3)
      ORDER BY r.unit_id, random()`,
    [tenantId, roundId, k],
  );
  yield '[';
  let first = true;
  for (const row of rows) {
    const out = {
      unit: row.unit_id,
      form: 'team',
      instrument: { id: row.instrument_id, version: row.instrument_version },
      answers: row.answers,
    };
    yield `${first ? '' : ','}\n${JSON.stringify(out)}`;
    first = false;
  }
  yield '\n]\n';
}
