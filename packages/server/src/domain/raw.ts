/**
 * The raw-data export (ANONYMITY.md R8): team answers only, for units with at least k of them
 * (core's `meetsThreshold` decides, the one home of the k check), without ids, dates, page
 * times, locale or arrival order (rows are shuffled within each unit), only to a raw-data token
 * of the tenant, and audited. The leader's self form is not in it.
 */
import { meetsThreshold } from '@balanse/core';
import type { Queryable } from '../db/database.js';

export async function* rawAnswers(q: Queryable, tenantId: string, roundId: string, k: number) {
  const counts = await q.query<{ unit_id: string; n: number }>(
    `SELECT unit_id, count(*)::integer AS n FROM response
      WHERE tenant_id = $1 AND round_id = $2 AND form = 'team' GROUP BY unit_id`,
    [tenantId, roundId],
  );
  const units = counts.filter((c) => meetsThreshold(c.n, k)).map((c) => c.unit_id);
  const rows = await q.query<{ unit_id: string; instrument_id: string; instrument_version: string; answers: unknown }>(
    `SELECT unit_id, instrument_id, instrument_version, answers FROM response
      WHERE tenant_id = $1 AND round_id = $2 AND form = 'team' AND unit_id = ANY($3::text[])
      ORDER BY unit_id, random()`,
    [tenantId, roundId, units],
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
