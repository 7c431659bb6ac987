/**
 * Tenants, the unit tree, rounds and their state machine, links, participation, reports and
 * their release, exports, deletion and retention, on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_CSV_COLUMNS } from '@balanse/core';
import { ReportSchema } from '@balanse/core/schemas';
import { enforceRetention } from '../src/domain/retention.js';
import { ENGINES } from './helpers/engines.js';
import { refusal } from './helpers/http.js';
import { harness, openRound, send, submission, type Harness } from './helpers/harness.js';

describe.each(ENGINES)('rounds on $name', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    if (engine.available) h = await harness(engine);
  });
  afterAll(async () => {
    if (engine.available) await h.close();
  });
  const test = engine.available ? it : it.skip;

  const newTenant = async (body: Record<string, unknown> = {}) =>
    await h.ok<{ id: string; k: number }>('/v1/tenants', { method: 'POST', json: { name: 'Client', ...body } }, 201);

  test('a unit tree from JSON and from CSV; a cycle, an unknown parent and a duplicate id each get a 422 naming the row and rule', async () => {
    const t = await newTenant();
    const url = `/v1/tenants/${t.id}/units`;
    const csv = 'id,parent,name,headcount\nsales,,Sales,\nnorth,sales,"North, the big one",9\nsouth,sales,South,8\n';
    const tree = await h.ok<{ id: string; name: string; headcount?: number }[]>(url, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(tree.map((u) => u.id)).toEqual(['sales', 'north', 'south']);
    expect(tree[1]).toMatchObject({ name: 'North, the big one', headcount: 9, parent: 'sales' });
    const cases: [string, number, string, string][] = [
      ['id,parent,name,headcount\na,,A,\nb,a,B,\na,,Again,\n', 3, 'id', 'must be unique'],
      ['id,parent,name,headcount\na,,A,\nb,x,B,\n', 2, 'parent', 'must be the id of another unit'],
      ['id,parent,name,headcount\na,c,A,\nb,a,B,\nc,b,C,\n', 1, 'parent', 'must not form a cycle'],
      ['id,parent,name,headcount\na,,A,-1\n', 1, 'headcount', 'must be a whole number of people, 0 or more'],
      ['id,parent,name,headcount\na,,,\n', 1, 'name', 'must be text of 1 to 200 characters'],
      ['id,parent,name,headcount\na,,A\n', 1, '(row)', 'must have 4 fields like the header, got 3'],
      ['name,id\nA,a\n', 0, 'header', 'must be id,parent,name,headcount (optionally followed by locale)'],
    ];
    for (const [body, row, field, rule] of cases) {
      const res = await h.request(url, { method: 'PUT', headers: { 'content-type': 'text/csv' }, body });
      expect(res.status, body).toBe(422);
      expect(await refusal(res), body).toMatchObject({ row, field, rule });
    }
    const json = await h.request(url, {
      method: 'PUT',
      json: [
        { id: 'a', name: 'A' },
        { id: 'b', parent: 'a', name: 'B', colour: 'red' },
      ],
    });
    expect(await refusal(json)).toMatchObject({ row: 2, field: 'colour', rule: 'is not a known field' });
    // Nothing of a refused import was kept.
    expect((await h.ok<unknown[]>(url)).length).toBe(3);
  });

  test('draft → open → closed, each step once; reports only after close', async () => {
    const r = await openRound(h, [{ id: 'a', name: 'A' }]);
    expect((await h.request(`${r.base}/open`, { method: 'POST' })).status).toBe(409);
    expect((await h.request(`${r.base}/report?unit=a`)).status).toBe(409);
    expect((await h.request(`${r.base}/reports.csv`)).status).toBe(409);
    await h.ok(`${r.base}/close`, { method: 'POST' });
    expect((await h.request(`${r.base}/close`, { method: 'POST' })).status).toBe(409);
    const round = await h.ok<{ status: string; closedOn: string }>(r.base);
    expect(round.status).toBe('closed');
    expect(round.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const t = await newTenant();
    const draft = await h.ok<{ id: string }>(
      `/v1/tenants/${t.id}/rounds`,
      { method: 'POST', json: { name: 'Empty' } },
      201,
    );
    const res = await h.request(`/v1/tenants/${t.id}/rounds/${draft.id}/open`, { method: 'POST' });
    expect(res.status).toBe(409);
    expect((await refusal(res)).code).toBe('no_units');
    expect((await h.request(`/v1/tenants/${t.id}/rounds/${draft.id}/links`)).status).toBe(409);
  });

  test('k: the tenant’s by default, never below 3, and once answers exist only raised', async () => {
    expect((await h.request('/v1/tenants', { method: 'POST', json: { name: 'X', k: 2 } })).status).toBe(422);
    const t = await newTenant({ k: 7 });
    await h.ok(`/v1/tenants/${t.id}/units`, { method: 'PUT', json: [{ id: 'a', name: 'A' }] });
    const round = await h.ok<{ id: string; k: number }>(
      `/v1/tenants/${t.id}/rounds`,
      { method: 'POST', json: { name: 'R' } },
      201,
    );
    expect(round.k).toBe(7);
    const base = `/v1/tenants/${t.id}/rounds/${round.id}`;
    expect((await h.ok<{ k: number }>(base, { method: 'PATCH', json: { k: 5 } })).k).toBe(5);
    await h.ok(`${base}/open`, { method: 'POST' });
    const links = await h.ok<{ url: string }[]>(`${base}/links`);
    expect((await send(h, links[0]!.url, submission())).status).toBe(201);
    const lower = await h.request(base, { method: 'PATCH', json: { k: 4 } });
    expect(lower.status).toBe(422);
    expect(await refusal(lower)).toMatchObject({ field: 'k' });
    expect((await h.ok<{ k: number }>(base, { method: 'PATCH', json: { k: 6 } })).k).toBe(6);
    expect((await h.request(base, { method: 'PATCH', json: { k: 2 } })).status).toBe(422);
  });

  test('opening copies the tree: HR changes afterwards do not move the round’s units', async () => {
    const r = await openRound(h, [
      { id: 'a', name: 'A' },
      { id: 'b', parent: 'a', name: 'B' },
    ]);
    await h.ok(`/v1/tenants/${r.tenant}/units`, { method: 'PUT', json: [{ id: 'z', name: 'Z' }] });
    const p = await h.ok<{ unit: string }[]>(`${r.base}/participation`);
    expect(p.map((x) => x.unit)).toEqual(['a', 'b']);
    expect((await send(h, r.link('b'), submission())).status).toBe(201);
  });

  test('links: a team and a self link per unit, absolute, listed again identically; no self links without the self form', async () => {
    const r = await openRound(h, [
      { id: 'a', name: 'A' },
      { id: 'b', parent: 'a', name: 'B' },
    ]);
    expect(r.links.map((l) => `${l.unit}:${l.kind}`)).toEqual(['a:team', 'a:self', 'b:team', 'b:self']);
    expect(r.links.every((l) => l.url.startsWith('http://balanse.test/s/'))).toBe(true);
    expect(await h.ok(`${r.base}/links`)).toEqual(r.links);
    const page = await h.request(r.link('b', 'self'), { token: null });
    expect(page.status).toBe(200);
    const html = await page.text();
    // The element's opening tag, as the server renders it (attribute spacing is Lit's, not ours).
    expect(html).toMatch(/<balanse-survey\s[^>]*\blang="en"/);
    expect(html).toContain('survey-form="self"');
    expect(html).toContain('/assets/cdn/balanse.js');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const noSelf = await openRound(h, [{ id: 'a', name: 'A' }], { selfForm: false });
    expect(noSelf.links.map((l) => l.kind)).toEqual(['team']);
  });

  test('personal links: one answer each, recorded as used without recording which response', async () => {
    const r = await openRound(h, [{ id: 'a', name: 'A', headcount: 3 }]);
    const res = await h.request(`${r.base}/personal-links`, { method: 'POST', json: { unit: 'a', count: 3 } });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('unit,url');
    const urls = lines.slice(1).map((l) => l.split(',')[1]!);
    expect(urls).toHaveLength(3);
    const first = submission(4);
    expect((await send(h, urls[0]!, first)).status).toBe(201);
    expect((await send(h, urls[0]!, first)).status).toBe(200); // a repeat of the same answers
    expect((await send(h, urls[0]!, submission(2))).status).toBe(410); // a second answer
    expect((await send(h, urls[1]!, submission(3))).status).toBe(201);
    const used = await h.database.db.query("SELECT * FROM link WHERE kind = 'personal' AND round_id = $1", [r.round]);
    expect(used.filter((l) => l.used)).toHaveLength(2);
    // No column of a link names a response, and no column of a response names a link.
    expect(Object.keys(used[0]!).sort()).toEqual([
      'generation',
      'hash',
      'kind',
      'revoked',
      'round_id',
      'tenant_id',
      'unit_id',
      'used',
    ]);
    expect(
      (await h.request(`${r.base}/personal-links`, { method: 'POST', json: { unit: 'nope', count: 1 } })).status,
    ).toBe(422);
  });

  test('participation counts team answers per unit against the expected headcount, nothing more', async () => {
    const r = await openRound(h, [
      { id: 'a', name: 'A', headcount: 4 },
      { id: 'b', parent: 'a', name: 'B' },
    ]);
    for (let i = 0; i < 3; i++) await send(h, r.link('b'), submission());
    await send(h, r.link('a', 'self'), submission(4, { form: 'self' }));
    expect(await h.ok(`${r.base}/participation`)).toEqual([
      { unit: 'a', responded: 0, expected: 4 },
      { unit: 'b', responded: 3, expected: null },
    ]);
  });

  test('close releases each unit’s report once, in four languages, with the department view and the unit leader’s self form', async () => {
    const r = await openRound(h, [
      { id: 'dept', name: 'Department', headcount: 1 },
      { id: 'north', parent: 'dept', name: 'North', headcount: 8 },
      { id: 'south', parent: 'dept', name: 'South', headcount: 8 },
    ]);
    for (let i = 0; i < 6; i++)
      await send(
        h,
        r.link('north'),
        submission((_, j) => 1 + ((i + j) % 5)),
      );
    for (let i = 0; i < 6; i++)
      await send(
        h,
        r.link('south'),
        submission((_, j) => 1 + ((i * 2 + j) % 5)),
      );
    await send(h, r.link('north', 'self'), submission(5, { form: 'self' }));
    await h.ok(`${r.base}/close`, { method: 'POST' });
    for (const locale of ['nb', 'nn', 'sv', 'en']) {
      const report = await h.ok<{ locale: string }>(`${r.base}/report?unit=north&locale=${locale}`);
      expect(ReportSchema.safeParse(report).success).toBe(true);
      expect(report.locale).toBe(locale);
    }
    const north = await h.ok<{ gaps: unknown; status: string }>(`${r.base}/report?unit=north`);
    expect(north.status).toBe('ok');
    expect(north.gaps).not.toBeNull();
    const dept = await h.ok<{ gaps: unknown; department: { units: unknown[] } | null }>(`${r.base}/report?unit=dept`);
    // The leader's self form is shown only to that unit's report.
    expect(dept.gaps ?? null).toBeNull();
    expect(dept.department?.units).toHaveLength(2);
    // Each team's response rate, against its expected headcount (6 of 8).
    const rates = await h.ok<{ department: { units: { id: string; responseRate: number | null }[] } }>(
      `${r.base}/report?unit=dept`,
    );
    expect(rates.department.units.map((u) => [u.id, u.responseRate])).toEqual([
      ['north', 0.75],
      ['south', 0.75],
    ]);
    const stored = await h.database.db.query('SELECT summary FROM release WHERE round_id = $1 ORDER BY unit_id', [
      r.round,
    ]);
    const again = await h.ok(`${r.base}/report?unit=north`);
    expect(again).toEqual(north);
    expect(
      await h.database.db.query('SELECT summary FROM release WHERE round_id = $1 ORDER BY unit_id', [r.round]),
    ).toEqual(stored);
    const csv = await h.ok<string>(`${r.base}/reports.csv`);
    expect(csv.split('\r\n')[0]).toBe(`unit,unit_name,${REPORT_CSV_COLUMNS.join(',')}`);
    expect(csv).toContain('north,North,scale,relation');
    const json = await h.ok<{ unit: string }[]>(`${r.base}/reports.json`);
    expect(json.map((x) => x.unit)).toEqual(['dept', 'north', 'south']);
    expect((await h.request(`${r.base}/report?unit=west`)).status).toBe(422);
    expect((await h.request(`${r.base}/report?unit=north&locale=de`)).status).toBe(422);
  });

  test('a unit where more answered than its headcount still gets its report, without a response rate', async () => {
    const r = await openRound(h, [
      { id: 'dept', name: 'Department', headcount: 1 },
      { id: 'north', parent: 'dept', name: 'North', headcount: 2 },
      { id: 'south', parent: 'dept', name: 'South', headcount: 8 },
    ]);
    for (const unit of ['north', 'south'])
      for (let i = 0; i < 6; i++)
        await send(
          h,
          r.link(unit),
          submission((_, j) => 1 + ((i + j) % 5)),
        );
    await h.ok(`${r.base}/close`, { method: 'POST' });
    const north = await h.ok<{ participation: { invited: number | null; responded: number } }>(
      `${r.base}/report?unit=north`,
    );
    expect(north.participation).toMatchObject({ invited: null, responded: 6 });
    const dept = await h.ok<{ department: { units: { id: string; responseRate: number | null }[] } }>(
      `${r.base}/report?unit=dept`,
    );
    expect(dept.department.units.map((u) => [u.id, u.responseRate])).toEqual([
      ['north', null],
      ['south', 0.75],
    ]);
  });
  test('report links: a leader reads that unit’s report only, with the previous round beside it; a rotated link stops working', async () => {
    const tree = [
      { id: 'a', name: 'A' },
      { id: 'b', parent: 'a', name: 'B' },
    ];
    const r1 = await openRound(h, tree);
    for (let i = 0; i < 5; i++) await send(h, r1.link('b'), submission(2));
    await h.ok(`${r1.base}/close`, { method: 'POST' });
    const round2 = await h.ok<{ id: string }>(
      `/v1/tenants/${r1.tenant}/rounds`,
      { method: 'POST', json: { name: 'Autumn', locale: 'en' } },
      201,
    );
    const base2 = `/v1/tenants/${r1.tenant}/rounds/${round2.id}`;
    await h.ok(`${base2}/open`, { method: 'POST' });
    const links2 = await h.ok<{ unit: string; kind: string; url: string }[]>(`${base2}/links`);
    const reportLinks = await h.ok<{ unit: string; url: string }[]>(`${base2}/report-links`);
    const bLink = reportLinks.find((l) => l.unit === 'b')!.url;
    expect((await h.request(bLink, { token: null })).status).toBe(409); // open: the page says it comes at close
    for (let i = 0; i < 5; i++)
      await send(h, links2.find((l) => l.unit === 'b' && l.kind === 'team')!.url, submission(4));
    await h.ok(`${base2}/close`, { method: 'POST' });
    const page = await h.request(bLink, { token: null });
    expect(page.status).toBe(200);
    // The leader's page (issue 11), reading this link's report.
    expect(await page.text()).toContain(`<balanse-leader-page link="${new URL(bLink).pathname}">`);
    const data = await h.ok<{
      unit: string;
      report: { subtitle: string; previous: { status: string; round: string; scales: { clear: boolean }[] } | null };
      previous: { round: { name: string } } | null;
    }>(`${bLink}/report.json`, { token: null });
    expect(data.unit).toBe('b');
    expect(data.previous?.round.name).toBe('Spring');
    // The report itself shows the change since the previous round (issue 12).
    expect(data.report.previous).toMatchObject({ status: 'ok', round: 'Spring' });
    expect(data.report.previous?.scales).toHaveLength(5);
    expect((await h.request(`${bLink}/report.csv`, { token: null })).status).toBe(200);
    // The link opens b only: another unit's report needs another link.
    const aLink = reportLinks.find((l) => l.unit === 'a')!.url;
    expect((await h.ok<{ unit: string }>(`${aLink}/report.json`, { token: null })).unit).toBe('a');
    expect((await h.request(`${bLink.slice(0, -4)}AAAA/report.json`, { token: null })).status).toBe(404);
    const rotated = await h.ok<{ url: string }>(`${base2}/report-links/b/rotate`, { method: 'POST' });
    expect((await h.request(`${bLink}/report.json`, { token: null })).status).toBe(404);
    expect((await h.request(`${rotated.url}/report.json`, { token: null })).status).toBe(200);
    const log = await h.ok<{ action: string; actor: string }[]>(`/v1/tenants/${r1.tenant}/audit`);
    expect(log.some((e) => e.action === 'report.read' && e.actor === 'report-link:b')).toBe(true);
  });

  test('the raw export: a raw-data token only, units with at least k answers, no ids, dates, page times, locale; audited', async () => {
    const r = await openRound(h, [
      { id: 'a', name: 'A' },
      { id: 'b', parent: 'a', name: 'B' },
    ]);
    for (let i = 0; i < 5; i++) await send(h, r.link('b'), submission(3));
    for (let i = 0; i < 2; i++) await send(h, r.link('a'), submission(3));
    await h.ok(`${r.base}/close`, { method: 'POST' });
    const raw = await h.ok<{ token: string }>(
      `/v1/tenants/${r.tenant}/tokens`,
      { method: 'POST', json: { role: 'raw' } },
      201,
    );
    const admin = await h.ok<{ token: string }>(
      `/v1/tenants/${r.tenant}/tokens`,
      { method: 'POST', json: { role: 'admin' } },
      201,
    );
    expect((await h.request(`${r.base}/raw.json`, { token: admin.token })).status).toBe(403);
    expect((await h.request(`${r.base}/raw.json`)).status).toBe(403); // not even the operator
    expect((await h.request(`${r.base}/report?unit=a`, { token: raw.token })).status).toBe(403);
    const rows = await h.ok<Record<string, unknown>[]>(`${r.base}/raw.json`, { token: raw.token });
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.unit === 'b')).toBe(true);
    expect(Object.keys(rows[0]!).sort()).toEqual(['answers', 'form', 'instrument', 'unit']);
    const log = await h.ok<{ action: string }[]>(`/v1/tenants/${r.tenant}/audit`);
    expect(log.some((e) => e.action === 'raw.export')).toBe(true);
  });

  test('deleting a round or a tenant removes everything it held', async () => {
    const r = await openRound(h, [{ id: 'a', name: 'A' }]);
    await send(h, r.link('a'), submission());
    expect((await h.request(r.base, { method: 'DELETE' })).status).toBe(204);
    expect((await h.request(r.base)).status).toBe(404);
    expect(await h.database.db.query('SELECT 1 FROM response WHERE round_id = $1', [r.round])).toHaveLength(0);
    expect((await send(h, r.link('a'), submission())).status).toBe(404);
    const r2 = await openRound(h, [{ id: 'a', name: 'A' }]);
    await send(h, r2.link('a'), submission());
    expect((await h.request(`/v1/tenants/${r2.tenant}`, { method: 'DELETE' })).status).toBe(204);
    for (const table of ['unit', 'round', 'round_unit', 'link', 'response', 'release', 'api_token']) {
      expect(await h.database.db.query(`SELECT 1 FROM ${table} WHERE tenant_id = $1`, [r2.tenant]), table).toHaveLength(
        0,
      );
    }
  });

  test('retention: answers of rounds closed longer ago than the tenant keeps them are deleted; the reports stay', async () => {
    const r = await openRound(h, [{ id: 'a', name: 'A' }]);
    await h.ok(`/v1/tenants/${r.tenant}`, { method: 'PATCH', json: { retentionDays: 30 } });
    for (let i = 0; i < 5; i++) await send(h, r.link('a'), submission(4));
    await h.ok(`${r.base}/close`, { method: 'POST' });
    const report = await h.ok(`${r.base}/report?unit=a`);
    expect((await enforceRetention(h.database.db, new Date(Date.now() + 29 * 86_400_000))).rounds).toBe(0);
    const done = await enforceRetention(h.database.db, new Date(Date.now() + 31 * 86_400_000));
    expect(done.rounds).toBeGreaterThanOrEqual(1);
    expect(await h.database.db.query('SELECT 1 FROM response WHERE round_id = $1', [r.round])).toHaveLength(0);
    expect(await h.ok(`${r.base}/report?unit=a`)).toEqual(report);
    expect((await h.ok<{ purgedOn: string | null }>(r.base)).purgedOn).not.toBeNull();
  });
});
