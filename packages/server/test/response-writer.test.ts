/**
 * The group commit of team and self submissions (src/domain/response-writer.ts), on both
 * engines: submissions that arrive together share one statement, each is answered only for what
 * that statement committed, and one submission the database refuses does not take the others
 * down with it.
 */
import { instrument, type Submission } from '@balanse/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, type Database } from '../src/db/database.js';
import type { SurveyTarget } from '../src/domain/delivery.js';
import { responseWriter } from '../src/domain/response-writer.js';
import { ENGINES } from './helpers/engines.js';
import { harness, openRound, send, submission, type Harness } from './helpers/harness.js';

/** The database, with every statement that inserts responses counted and, optionally, failing. */
function watched(db: Database, fail?: (sql: string, params: readonly unknown[]) => Error | undefined) {
  const inserts: number[] = [];
  const wrapped: Database = {
    engine: db.engine,
    tx: (work) => db.tx(work),
    close: () => db.close(),
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      if (sql.includes('INSERT INTO response')) {
        inserts.push((JSON.parse(String(params[0])) as unknown[]).length);
        const error = fail?.(sql, params);
        if (error) throw error;
      }
      return db.query<Row>(sql, params);
    },
  };
  return { db: wrapped, inserts };
}

const storedIds = async (h: Harness, round: string) =>
  (
    await h.database.db.query<{ submission_id: string }>('SELECT submission_id FROM response WHERE round_id = $1', [
      round,
    ])
  ).map((r) => r.submission_id);

describe.each(ENGINES)('the group commit of submissions on $name', (engine) => {
  let h: Harness;
  let r: Awaited<ReturnType<typeof openRound>>;
  let target: SurveyTarget;
  beforeAll(async () => {
    if (!engine.available) return;
    h = await harness(engine);
    r = await openRound(h, [
      { id: 'sales', name: 'Sales' },
      { id: 'north', parent: 'sales', name: 'North', headcount: 40 },
    ]);
    target = {
      tenantId: r.tenant,
      roundId: r.round,
      unitId: 'north',
      kind: 'team',
      hash: 'not-used-by-the-writer',
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      allowedOrigins: [],
    };
  });
  afterAll(async () => {
    if (engine.available) await h.close();
  });
  const test = engine.available ? it : it.skip;
  const make = (n: number) => Array.from({ length: n }, () => submission(3) as Submission);

  test('submissions that arrive together go in one statement; each is stored, once', async () => {
    const { db, inserts } = watched(h.database.db);
    const store = responseWriter(db);
    const batch = make(30);
    const twice = batch[0]!;
    const results = await Promise.all([...batch, twice].map((s) => store(target, s)));
    // The first of a key stores it; its second arrival in the same batch learns it is taken.
    expect(results.filter(Boolean)).toHaveLength(30);
    expect(results.at(-1)).toBe(false);
    expect(inserts).toEqual([30]);
    const stored = await storedIds(h, r.round);
    for (const s of batch) expect(stored.filter((id) => id === s.submissionId)).toHaveLength(1);
  });

  test('a value the database refuses fails its own submission only; the others are stored', async () => {
    const poison = submission(2) as Submission;
    const refused = Object.assign(new Error('invalid input syntax'), { code: '22P02' });
    const { db, inserts } = watched(h.database.db, (_sql, params) =>
      String(params[0]).includes(poison.submissionId) ? refused : undefined,
    );
    const store = responseWriter(db);
    const others = make(5);
    const outcomes = await Promise.allSettled([poison, ...others].map((s) => store(target, s)));
    expect(outcomes[0]).toEqual({ status: 'rejected', reason: refused });
    expect(outcomes.slice(1)).toEqual(others.map(() => ({ status: 'fulfilled', value: true })));
    // The batch of six, then each alone.
    expect(inserts).toEqual([6, 1, 1, 1, 1, 1, 1]);
    const stored = await storedIds(h, r.round);
    expect(stored).not.toContain(poison.submissionId);
    for (const s of others) expect(stored).toContain(s.submissionId);
  });

  test('a database that is away fails the whole batch with 503 material, and nothing is stored', async () => {
    const down = new DatabaseUnavailableError('The database cannot be reached.');
    const { db, inserts } = watched(h.database.db, () => down);
    const store = responseWriter(db);
    const batch = make(4);
    const outcomes = await Promise.allSettled(batch.map((s) => store(target, s)));
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason === down)).toBe(true);
    expect(inserts).toEqual([4]);
    const stored = await storedIds(h, r.round);
    for (const s of batch) expect(stored).not.toContain(s.submissionId);
  });

  test('through the link: a storm of new and repeated submissions is answered 201 once per key, 200 for the rest', async () => {
    const fresh = Array.from({ length: 24 }, () => submission(4));
    const repeats = fresh.slice(0, 8);
    const answers = await Promise.all([...fresh, ...repeats].map((s) => send(h, r.link('north'), s)));
    const byKey = new Map<string, number[]>();
    [...fresh, ...repeats].forEach((s, i) =>
      byKey.set(s.submissionId, [...(byKey.get(s.submissionId) ?? []), answers[i]!.status]),
    );
    for (const statuses of byKey.values()) expect(statuses.sort()).toEqual(statuses.length === 1 ? [201] : [200, 201]);
    const stored = await storedIds(h, r.round);
    for (const s of fresh) expect(stored.filter((id) => id === s.submissionId)).toHaveLength(1);
  });

  test('a closed round stores nothing of a batch', async () => {
    const other = await openRound(h, [{ id: 'solo', name: 'Solo', headcount: 9 }]);
    await h.ok(`${other.base}/close`, { method: 'POST' });
    const store = responseWriter(h.database.db);
    const results = await Promise.all(
      make(3).map((s) => store({ ...target, tenantId: other.tenant, roundId: other.round, unitId: 'solo' }, s)),
    );
    expect(results).toEqual([false, false, false]);
    expect(await storedIds(h, other.round)).toEqual([]);
  });
});
