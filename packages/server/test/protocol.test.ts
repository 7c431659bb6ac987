/**
 * docs/delivery-protocol.md, one test per rule, on both engines: what the survey sends, what the
 * server answers, and what the database holds afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './helpers/engines.js';
import { harness, openRound, send, submission, type Harness } from './helpers/harness.js';

const count = async (h: Harness, round: string) =>
  (
    await h.database.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM response WHERE round_id = $1', [round])
  )[0]!.n;

describe.each(ENGINES)('the delivery protocol on $name', (engine) => {
  let h: Harness;
  let r: Awaited<ReturnType<typeof openRound>>;
  beforeAll(async () => {
    if (!engine.available) return;
    h = await harness(engine);
    r = await openRound(h, [
      { id: 'sales', name: 'Sales' },
      { id: 'north', parent: 'sales', name: 'North', headcount: 9 },
    ]);
  });
  afterAll(async () => h?.close());
  const test = engine.available ? it : it.skip;

  test('rule 1: a body that does not pass SubmissionSchema gets 422 naming the field and rule, and nothing is stored', async () => {
    const before = await count(h, r.round);
    const bad = submission(4);
    bad.answers.q07 = 7;
    const res = await send(h, r.link('north'), bad);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { field: 'answers.q07', rule: 'must be an integer from 1 to 5' } });
    const unknownItem = submission(4);
    unknownItem.answers.q99 = 3;
    expect((await send(h, r.link('north'), unknownItem)).status).toBe(422);
    const noId = { ...submission(), submissionId: 'x' };
    const res2 = await send(h, r.link('north'), noId);
    expect(res2.status).toBe(422);
    expect((await res2.json()).error.field).toBe('submissionId');
    expect(await count(h, r.round)).toBe(before);
  });

  test('rule 1: malformed JSON is 400, another content type 415', async () => {
    const url = r.link('north');
    const res = await h.request(url, {
      method: 'POST',
      token: null,
      headers: { 'content-type': 'application/json', 'idempotency-key': 'abcdefgh' },
      body: '{"submissionId":',
    });
    expect(res.status).toBe(400);
    const res2 = await h.request(url, {
      method: 'POST',
      token: null,
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res2.status).toBe(415);
  });

  test('rule 2: an Idempotency-Key that differs from submissionId, or none, gets 400', async () => {
    const s = submission();
    expect((await send(h, r.link('north'), s, 'another-key-123')).status).toBe(400);
    expect((await send(h, r.link('north'), s, null)).status).toBe(400);
    expect(await h.database.db.query('SELECT 1 FROM response WHERE submission_id = $1', [s.submissionId])).toHaveLength(
      0,
    );
  });

  test('rule 3 and 4: stored once with 201 after the commit; a repeat is 200 whatever its body, and stores nothing', async () => {
    const s = submission(4);
    const first = await send(h, r.link('north'), s);
    expect(first.status).toBe(201);
    // The 201 came after the commit: the row is there now, seen from the database itself.
    expect(await h.database.db.query('SELECT 1 FROM response WHERE submission_id = $1', [s.submissionId])).toHaveLength(
      1,
    );
    expect((await send(h, r.link('north'), s)).status).toBe(200);
    expect((await send(h, r.link('north'), { ...s, answers: { q01: 1 } })).status).toBe(200);
    // Even a body that would no longer pass is confirmed: the device must not show it refused.
    expect((await send(h, r.link('north'), { ...s, answers: { q01: 9 } })).status).toBe(200);
    const rows = await h.database.db.query<{ answers: Record<string, number> }>(
      'SELECT answers FROM response WHERE submission_id = $1',
      [s.submissionId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers.q01).toBe(4);
  });

  test('rule 5: one key sent 50 times at once is stored once; every answer is 2xx', async () => {
    const s = submission(3);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => send(h, r.link('north'), i % 2 ? s : { ...s, answers: { q01: 2 } })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((x) => x === 200 || x === 201)).toBe(true);
    expect(statuses.filter((x) => x === 201)).toHaveLength(1);
    expect(await h.database.db.query('SELECT 1 FROM response WHERE submission_id = $1', [s.submissionId])).toHaveLength(
      1,
    );
  });

  test('rule 6: a refused key is not remembered: corrected and sent again with the same key, it is stored', async () => {
    const s = submission(4);
    expect((await send(h, r.link('north'), { ...s, locale: 'xx' })).status).toBe(422);
    expect((await send(h, r.link('north'), s)).status).toBe(201);
  });

  test('rule 7: keys live as long as the answers: a repeat a round later is still 200', async () => {
    const s = submission(5);
    expect((await send(h, r.link('north'), s)).status).toBe(201);
    for (let i = 0; i < 30; i++) await send(h, r.link('north'), submission(2));
    expect((await send(h, r.link('north'), s)).status).toBe(200);
  });

  test('rule 8: CORS for the tenant’s allowed origins, on the preflight and the POST; none for other origins', async () => {
    await h.ok(`/v1/tenants/${r.tenant}`, { method: 'PATCH', json: { allowedOrigins: ['https://intranet.example'] } });
    const url = r.link('north');
    const pre = await h.request(url, {
      method: 'OPTIONS',
      token: null,
      headers: {
        origin: 'https://intranet.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    expect(pre.headers.get('access-control-allow-methods')).toBe('POST');
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type, idempotency-key');
    const post = await send(h, url, submission(), undefined, { origin: 'https://intranet.example' });
    expect(post.status).toBe(201);
    expect(post.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    expect(post.headers.get('access-control-expose-headers')).toBe('retry-after');
    const refused = await send(h, url, submission(), undefined, { origin: 'https://evil.example' });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const other = await h.request(url, { method: 'OPTIONS', token: null, headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('rule 9: busy is 503 with Retry-After (the database refuses work), and the answer is not lost on retry', async () => {
    const s = submission(4);
    const realQuery = h.database.db.query.bind(h.database.db);
    const { DatabaseUnavailableError } = await import('../src/db/database.js');
    const db = h.database.db as { query: typeof realQuery };
    db.query = () => Promise.reject(new DatabaseUnavailableError('busy', 3));
    try {
      const res = await send(h, r.link('north'), s);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('3');
    } finally {
      db.query = realQuery;
    }
    expect((await send(h, r.link('north'), s)).status).toBe(201);
  });

  test('a body over 64 kB is 413; a closed round is 410, but a repeat of a stored answer is still 200', async () => {
    const big = submission(4, { pageTimes: Array.from({ length: 20_000 }, () => 1000) });
    expect((await send(h, r.link('north'), big)).status).toBe(413);
    const s = submission(4);
    expect((await send(h, r.link('north'), s)).status).toBe(201);
    const other = await openRound(h, [{ id: 'a', name: 'A' }]);
    const stored = submission(4);
    expect((await send(h, other.link('a'), stored)).status).toBe(201);
    await h.ok(`${other.base}/close`, { method: 'POST' });
    expect((await send(h, other.link('a'), submission(4))).status).toBe(410);
    expect((await send(h, other.link('a'), stored)).status).toBe(200);
  });

  test('the form must match the link: team answers on a team link, the leader’s self form on the self link, once', async () => {
    const wrong = await send(h, r.link('north'), submission(4, { form: 'self' }));
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.field).toBe('form');
    expect((await send(h, r.link('north', 'self'), submission(4))).status).toBe(422);
    expect((await send(h, r.link('north', 'self'), submission(4, { form: 'self' }))).status).toBe(201);
    const again = await send(h, r.link('north', 'self'), submission(3, { form: 'self' }));
    expect(again.status).toBe(422);
    expect((await again.json()).error.code).toBe('already_answered');
  });

  test('an unknown link is 404; a link of a draft round does not exist yet', async () => {
    expect((await send(h, `/s/${r.tenant}/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, submission())).status).toBe(
      404,
    );
    expect((await send(h, `/s/not-a-tenant/x`, submission())).status).toBe(404);
  });
});
