/**
 * dump and restore (the engine-neutral backup, and the way from the embedded database to
 * PostgreSQL), and seed-demo (what `pnpm start` runs): a round made on one engine, dumped,
 * restored into the other, serves the same reports, links and tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dump, restore } from '../src/domain/backup.js';
import { describeDemo, seedDemo } from '../src/demo.js';
import { createBalanse, type Balanse } from '../src/server.js';
import { ENGINES, type TestDatabase } from './helpers/engines.js';
import { harness, OPERATOR, openRound, send, submission, type Harness } from './helpers/harness.js';

async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const chunk of chunks) for (const line of chunk.split('\n')) if (line) yield line;
}

const [pglite, postgres] = ENGINES as [(typeof ENGINES)[0], (typeof ENGINES)[1]];

describe('dump and restore', () => {
  let from: Harness;
  let into: TestDatabase | undefined;
  let restored: Balanse | undefined;
  beforeAll(async () => {
    from = await harness(pglite);
  });
  afterAll(async () => {
    await from?.close();
    await into?.close();
  });

  it('moves a closed round from the embedded database to PostgreSQL (or to another embedded one) with the same reports, links and tokens', async () => {
    const r = await openRound(from, [
      { id: 'a', name: 'A' },
      { id: 'b', parent: 'a', name: 'B', headcount: 7 },
    ]);
    for (let i = 0; i < 6; i++) await send(from, r.link('b'), submission(1 + (i % 5)));
    const stored = submission(3);
    await send(from, r.link('b'), stored);
    await from.ok(`${r.base}/close`, { method: 'POST' });
    const admin = await from.ok<{ token: string }>(
      `/v1/tenants/${r.tenant}/tokens`,
      { method: 'POST', json: { role: 'admin' } },
      201,
    );
    const report = await from.ok(`${r.base}/report?unit=b`);
    const reportLinks = await from.ok<{ unit: string; url: string }[]>(`${r.base}/report-links`);

    const target = postgres.available ? postgres : pglite;
    into = await target.open();
    const rows = await restore(into.db, lines(dump(from.database.db)));
    expect(rows).toBeGreaterThan(10);
    restored = await createBalanse({
      db: into.db,
      adminToken: OPERATOR,
      publicUrl: 'http://balanse.test',
      log: () => {},
    });
    const get = (path: string, token = admin.token) =>
      restored!.app.request(path.replace('http://balanse.test', ''), { headers: { authorization: `Bearer ${token}` } });
    expect(await (await get(`${r.base}/report?unit=b`)).json()).toEqual(report);
    expect(await (await get(`${r.base}/report-links`)).json()).toEqual(reportLinks);
    const leader = await restored.app.request(`${reportLinks[1]!.url.replace('http://balanse.test', '')}/report.json`);
    expect(leader.status).toBe(200);
    // The idempotency keys came along: a late repeat is still a repeat.
    const repeat = await restored.app.request(r.link('b').replace('http://balanse.test', ''), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': stored.submissionId },
      body: JSON.stringify(stored),
    });
    expect(repeat.status).toBe(200);
    // Restoring into a database that already holds tenants is refused.
    await expect(restore(into.db, lines(dump(from.database.db)))).rejects.toThrow(/empty database/);
  });
});

describe.each(ENGINES)('seed-demo on $name', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    if (engine.available) h = await harness(engine);
  });
  afterAll(async () => h?.close());
  const test = engine.available ? it : it.skip;

  test('puts the sample department in an open round with its answers, prints its links, and opens the next round after a close', async () => {
    const seed = await seedDemo(h.balanse.ctx, 'http://balanse.test');
    expect(seed.round.status).toBe('open');
    expect(seed.links.filter((l) => l.kind === 'team')).toHaveLength(5);
    const text = describeDemo(seed, 'http://balanse.test');
    expect(text).toContain(`/v1/tenants/${seed.tenantId}/rounds/${seed.round.id}/close`);
    for (const l of [...seed.links, ...seed.reportLinks]) expect(text).toContain(l.url);
    // A newcomer finds the administrators' app and what to sign in with (issue 11).
    expect(text).toContain('http://balanse.test/admin');
    expect(text).toContain(`sign in with this admin token of the sample department: ${seed.adminToken}`);
    const base = `/v1/tenants/${seed.tenantId}/rounds/${seed.round.id}`;
    const participation = await h.ok<{ unit: string; responded: number }[]>(`${base}/participation`, {
      token: seed.adminToken,
    });
    expect(participation.map((p) => p.responded)).toEqual([2, 8, 7, 7, 3]);
    // Run again while open: the same round.
    expect((await seedDemo(h.balanse.ctx, 'http://balanse.test')).round.id).toBe(seed.round.id);
    await h.ok(`${base}/close`, { method: 'POST', token: seed.adminToken });
    const north = await h.ok<{ status: string }>(
      `${seed.reportLinks.find((l) => l.unit === 'north')!.url}/report.json`,
      { token: null },
    );
    expect(north).toMatchObject({ report: { status: 'ok' }, previous: null });
    const east = await h.ok<{ report: { status: string } }>(
      `${seed.reportLinks.find((l) => l.unit === 'east')!.url}/report.json`,
      { token: null },
    );
    expect(east.report.status).toBe('suppressed');
    const next = await seedDemo(h.balanse.ctx, 'http://balanse.test');
    expect(next.round.id).not.toBe(seed.round.id);
    expect(next.round.name).toBe('Sample round 2');
  });
});
