/**
 * An engine-neutral backup: one JSON document per line, a header and then every row of every
 * table in an order that satisfies the foreign keys. It moves a deployment from the embedded
 * database to PostgreSQL (dump from one, restore into the other) and back.
 */
import type { Database } from '../db/database.js';
import { schemaVersion } from '../db/migrate.js';

/** Tables in the order their rows can be inserted, and the columns that hold JSON. */
const TABLES: readonly { name: string; json: readonly string[]; order: string }[] = [
  { name: 'server_key', json: [], order: 'id' },
  { name: 'tenant', json: ['allowed_origins'], order: 'id' },
  { name: 'api_token', json: [], order: 'id' },
  { name: 'unit', json: [], order: 'tenant_id, position' },
  { name: 'round', json: [], order: 'tenant_id, id' },
  { name: 'round_unit', json: [], order: 'tenant_id, round_id, position' },
  { name: 'link', json: [], order: 'tenant_id, round_id, hash' },
  { name: 'response', json: ['answers', 'page_times'], order: 'tenant_id, round_id, id' },
  { name: 'release', json: ['summary', 'respondents', 'self'], order: 'tenant_id, round_id, unit_id' },
  { name: 'tenant_theme', json: ['tokens'], order: 'tenant_id' },
  { name: 'action_plan', json: ['actions'], order: 'tenant_id, round_id, unit_id' },
  { name: 'audit', json: [], order: 'id' },
];

export const BACKUP_FORMAT = 'balanse-backup';

export async function* dump(db: Database): AsyncGenerator<string> {
  yield `${JSON.stringify({ format: BACKUP_FORMAT, version: 1, schema: await schemaVersion(db) })}\n`;
  for (const table of TABLES) {
    const rows = await db.query(`SELECT * FROM ${table.name} ORDER BY ${table.order}`);
    for (const row of rows) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
      yield `${JSON.stringify({ table: table.name, row: out })}\n`;
    }
  }
}

/** Restores a dump into a migrated, empty database, in one transaction. */
export async function restore(db: Database, lines: AsyncIterable<string>): Promise<number> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? undefined : (JSON.parse(first.value) as { format?: string; schema?: number });
  if (header?.format !== BACKUP_FORMAT) throw new Error('not a Balanse backup (its first line has no format header)');
  const schema = await schemaVersion(db);
  if (header.schema !== schema) {
    throw new Error(
      `the backup is of schema ${header.schema}, this database is at ${schema}: migrate it to match first`,
    );
  }
  const known = new Map(TABLES.map((t) => [t.name, t]));
  return db.tx(async (q) => {
    const [{ n }] = (await q.query<{ n: number }>('SELECT count(*)::integer AS n FROM tenant')) as [{ n: number }];
    if (n > 0) throw new Error('restore needs an empty database: this one already has tenants');
    await q.query('DELETE FROM server_key');
    let count = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (next.value.trim() === '') continue;
      const { table, row } = JSON.parse(next.value) as { table: string; row: Record<string, unknown> };
      const spec = known.get(table);
      if (!spec) throw new Error(`the backup names an unknown table: ${table}`);
      const columns = Object.keys(row);
      if (!columns.every((c) => /^[a-z_]+$/.test(c))) throw new Error(`a row of ${table} has an invalid column name`);
      const values = columns.map((c) => (spec.json.includes(c) && row[c] !== null ? JSON.stringify(row[c]) : row[c]));
      const placeholders = columns.map((c, i) => `$${i + 1}${spec.json.includes(c) ? '::jsonb' : ''}`);
      await q.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`, values);
      count++;
    }
    return count;
  });
}
