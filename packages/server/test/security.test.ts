/**
 * Access and hostile input, on both engines: every admin endpoint of the route table without a
 * token, with a wrong, an expired, a revoked and another tenant's token; bad bodies of every
 * shape; SQL injection in every string field; oversized bodies. Never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../src/http/route-table.js';
import { ENGINES } from './helpers/engines.js';
import { harness, openRound, send, submission, type Harness } from './helpers/harness.js';

const INJECTIONS = [
  "'; DROP TABLE response; --",
  "x' OR '1'='1",
  '"); DELETE FROM tenant; --',
  '$1',
  '\\x00\u0000',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
];

const BAD_BODIES: unknown[] = [
  null,
  42,
  'text',
  [],
  [1, 2],
  {},
  { name: 123 },
  { name: '' },
  { name: 'x'.repeat(201) },
  { unknown: true },
];

describe.each(ENGINES)('access and hostile input on $name', (engine) => {
  let h: Harness;
  let a: Awaited<ReturnType<typeof openRound>>;
  let b: Awaited<ReturnType<typeof openRound>>;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    if (!engine.available) return;
    h = await harness(engine);
    a = await openRound(h, [
      { id: 'a', name: 'A' },
      { id: 'a2', parent: 'a', name: 'A2' },
    ]);
    b = await openRound(h, [{ id: 'b', name: 'B' }]);
    const make = async (tenant: string, body: Record<string, unknown>) =>
      await h.ok<{ id: string; token: string }>(`/v1/tenants/${tenant}/tokens`, { method: 'POST', json: body }, 201);
    tokens.adminA = (await make(a.tenant, { role: 'admin' })).token;
    tokens.adminB = (await make(b.tenant, { role: 'admin' })).token;
    tokens.rawB = (await make(b.tenant, { role: 'raw' })).token;
    const expired = await make(a.tenant, { role: 'admin', expiresInDays: 1 });
    await h.database.db.query("UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      expired.id,
    ]);
    tokens.expired = expired.token;
    const revoked = await make(a.tenant, { role: 'admin' });
    expect((await h.request(`/v1/tenants/${a.tenant}/tokens/${revoked.id}`, { method: 'DELETE' })).status).toBe(204);
    tokens.revoked = revoked.token;
  });
  afterAll(async () => h?.close());
  const test = engine.available ? it : it.skip;

  const admin = () => ROUTES.filter((r) => r.path.startsWith('/v1/'));
  const concrete = (path: string) =>
    path
      .replace(':tenant', a.tenant)
      .replace(':round', a.round)
      .replace(':token', '00000000-0000-4000-8000-000000000000')
      .replace(':unit', 'a');

  test('the route table lists every admin endpoint, and each one refuses a missing, wrong, expired and revoked token with 401', async () => {
    expect(admin().length).toBeGreaterThanOrEqual(25);
    for (const route of admin()) {
      const path = concrete(route.path);
      for (const [name, token] of [
        ['none', null],
        ['wrong', 'bal_wrongwrongwrongwrongwrongwrongwrongwrongwro'],
        ['malformed', 'not a bearer token at all'],
        ['expired', tokens.expired!],
        ['revoked', tokens.revoked!],
      ] as const) {
        const res = await h.request(path, {
          method: route.method,
          token,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { json: {} }),
        });
        expect(res.status, `${route.method} ${route.path} with ${name} token`).toBe(401);
        expect(res.headers.get('www-authenticate')).toContain('Bearer');
      }
    }
  });

  test('another tenant’s admin token gets 403 on every tenant endpoint; an admin token gets 403 on operator endpoints', async () => {
    for (const route of admin()) {
      const path = concrete(route.path);
      const init = {
        method: route.method,
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { json: {} }),
      };
      if (route.path.includes(':tenant')) {
        const res = await h.request(path, { ...init, token: tokens.adminB! });
        expect(res.status, `${route.method} ${route.path} with B's token`).toBe(403);
      }
      if (route.access === 'operator') {
        const res = await h.request(path, { ...init, token: tokens.adminA! });
        expect(res.status, `${route.method} ${route.path} with A's admin token`).toBe(403);
      }
      if (route.access === 'admin' || route.access === 'operator') {
        const res = await h.request(path, { ...init, token: tokens.rawB! });
        expect(res.status, `${route.method} ${route.path} with B's raw token`).toBe(403);
      }
    }
    // A's own admin token reaches A.
    expect((await h.request(`/v1/tenants/${a.tenant}/rounds`, { token: tokens.adminA! })).status).toBe(200);
  });

  test('a report link opens its own unit only: another tenant’s id with the same secret, or a changed secret, is 404', async () => {
    await h.ok(`${b.base}/close`, { method: 'POST' });
    const links = await h.ok<{ unit: string; url: string }[]>(`${b.base}/report-links`);
    const url = links[0]!.url;
    const secret = url.split('/').pop()!;
    expect((await h.request(`/r/${a.tenant}/${secret}/report.json`, { token: null })).status).toBe(404);
    expect(
      (
        await h.request(`/r/${b.tenant}/${secret.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}/report.json`, {
          token: null,
        })
      ).status,
    ).toBe(404);
    // A survey link is not a report link, nor the other way round.
    expect((await h.request(`${a.link('a').replace('/s/', '/r/')}/report.json`, { token: null })).status).toBe(404);
    expect((await send(h, url.replace('/r/', '/s/'), submission())).status).toBe(404);
  });

  test('bad bodies of every shape get a 4xx naming the field, never a 500', async () => {
    for (const route of admin().filter((r) => r.body)) {
      const path = concrete(route.path);
      // An empty change (PATCH {}) and an empty tree (PUT []) are valid requests.
      const valid = route.method === 'PATCH' ? '{}' : route.method === 'PUT' ? '[]' : '';
      for (const body of BAD_BODIES.filter((b) => JSON.stringify(b) !== valid)) {
        const res = await h.request(path, { method: route.method, json: body });
        const text = await res.text();
        expect(res.status, `${route.method} ${route.path} ${JSON.stringify(body)}: ${text}`).toBeGreaterThanOrEqual(
          400,
        );
        expect(res.status, `${route.method} ${route.path} ${JSON.stringify(body)}: ${text}`).toBeLessThan(500);
        if (res.status === 422) expect(JSON.parse(text).error.field, text).toBeTruthy();
      }
      const notJson = await h.request(path, {
        method: route.method,
        headers: { 'content-type': 'application/json' },
        body: '{"a":',
      });
      expect(notJson.status, route.path).toBe(400);
    }
    for (const query of ['unit=', 'unit=a&locale=xx', 'unit=a&extra=1', 'locale[]=nb']) {
      const res = await h.request(`${a.base}/report?${query}`);
      expect(res.status, query).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
    }
    for (const path of [`/v1/tenants/not-a-uuid`, `/v1/tenants/${a.tenant}/rounds/not-a-uuid`]) {
      const res = await h.request(path);
      expect(res.status, path).toBe(422);
    }
  });

  test('SQL injection in every string field is stored or refused as text, never run', async () => {
    for (const text of INJECTIONS) {
      const t = await h.request('/v1/tenants', { method: 'POST', json: { name: text } });
      expect(t.status).toBeLessThan(500);
      const tenant = t.status === 201 ? ((await t.json()) as { id: string; name: string }) : undefined;
      if (tenant) {
        expect(tenant.name).toBe(text.trim());
        const units = await h.request(`/v1/tenants/${tenant.id}/units`, {
          method: 'PUT',
          json: [
            { id: text.slice(0, 100), name: text },
            { id: 'child', parent: text.slice(0, 100), name: text },
          ],
        });
        expect(units.status).toBeLessThan(500);
        const csv = await h.request(`/v1/tenants/${tenant.id}/units`, {
          method: 'PUT',
          headers: { 'content-type': 'text/csv' },
          body: `id,parent,name,headcount\n"${text.replace(/"/g, '""')}",,x,\n`,
        });
        expect(csv.status).toBeLessThan(500);
        const round = await h.request(`/v1/tenants/${tenant.id}/rounds`, { method: 'POST', json: { name: text } });
        expect(round.status).toBeLessThan(500);
        const token = await h.request(`/v1/tenants/${tenant.id}/tokens`, {
          method: 'POST',
          json: { role: 'admin', label: text },
        });
        expect(token.status).toBeLessThan(500);
      }
      const q = await h.request(`${a.base}/report?unit=${encodeURIComponent(text)}`);
      expect(q.status).toBeLessThan(500);
      const p = await h.request(`${a.base}/personal-links`, { method: 'POST', json: { unit: text, count: 1 } });
      expect(p.status).toBe(422);
      // A header cannot carry control characters; the body still can.
      const key = /^[\x20-\x7e]*$/.test(text) ? text : 'abcdefgh';
      const s = await send(h, a.link('a'), { ...submission(), submissionId: text }, key);
      expect(s.status).toBeLessThan(500);
      const link = await h.request(`/s/${a.tenant}/${encodeURIComponent(text)}`, { token: null });
      expect(link.status).toBe(404);
      const rotate = await h.request(`${a.base}/report-links/${encodeURIComponent(text)}/rotate`, { method: 'POST' });
      expect(rotate.status).toBeLessThan(500);
    }
    // Every table is still there and the first tenant's round still takes answers.
    for (const table of ['tenant', 'unit', 'round', 'link', 'response', 'release', 'api_token', 'audit']) {
      await h.database.db.query(`SELECT 1 FROM ${table} LIMIT 1`);
    }
    expect((await send(h, a.link('a'), submission())).status).toBe(201);
  });

  test('oversized bodies are 413: a tenant over 256 kB, a unit tree over 8 MB, a submission over 64 kB', async () => {
    const huge = (n: number) => 'x'.repeat(n);
    expect((await h.request('/v1/tenants', { method: 'POST', json: { name: huge(300_000) } })).status).toBe(413);
    const csv = `id,parent,name,headcount\n${Array.from({ length: 90_000 }, (_, i) => `u${i},,${huge(90)},`).join('\n')}`;
    expect(
      (
        await h.request(`/v1/tenants/${a.tenant}/units`, {
          method: 'PUT',
          headers: { 'content-type': 'text/csv' },
          body: csv,
        })
      ).status,
    ).toBe(413);
    expect((await send(h, a.link('a'), submission(4, { answers: { q01: 4 }, junk: huge(70_000) }))).status).toBe(413);
  });

  test('stored responses hold nothing that points at a person (R7), and no log line holds an answer or a token', async () => {
    const lines: string[] = [];
    const original = h.balanse.ctx.log;
    (h.balanse.ctx as { log: (m: string) => void }).log = (m) => lines.push(m);
    const s = submission(4, { submittedAt: '2026-11-23T09:41:07.123Z' });
    const res = await send(h, a.link('a2'), s, undefined, {
      'user-agent': 'Mozilla/5.0 Secret',
      'x-forwarded-for': '203.0.113.7',
    });
    expect(res.status).toBe(201);
    const rows = await h.database.db.query('SELECT * FROM response WHERE submission_id = $1', [s.submissionId]);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'answers',
        'form',
        'id',
        'instrument_id',
        'instrument_version',
        'locale',
        'page_times',
        'received_on',
        'round_id',
        'submission_id',
        'tenant_id',
        'unit_id',
      ].sort(),
    );
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain('09:41');
    expect(stored).not.toContain('Mozilla');
    expect(stored).not.toContain('203.0.113.7');
    expect(String(rows[0]!.received_on)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows[0]!.id).not.toBe(s.submissionId);
    // A failing request logs its route with the link's secret masked, and nothing of the body.
    const db = h.database.db as { query: (...args: unknown[]) => Promise<unknown> };
    const realQuery = db.query;
    db.query = () => Promise.reject(new Error('boom'));
    try {
      expect((await h.request(`${a.base}/participation`)).status).toBe(500);
      expect((await send(h, a.link('a2'), submission(4))).status).toBe(500);
    } finally {
      db.query = realQuery;
      (h.balanse.ctx as { log: (m: string) => void }).log = original;
    }
    const secret = a.link('a2').split('/').pop()!;
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain('answers');
      expect(line).not.toContain('q01');
    }
  });
});
