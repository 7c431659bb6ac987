/**
 * The API the administrators' app and the leader's page add (issue 11), on both engines: who a
 * token is, the dry run of an import, editing a unit, themes, and the action plan behind a report
 * link, which nobody but that link reads unless its leader shares it. (Every new admin route is
 * also in security.test.ts's sweep of the route table: no token, wrong, expired, revoked, another
 * tenant's, bad bodies.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './helpers/engines.js';
import { harness, openRound, send, submission, type Harness } from './helpers/harness.js';

const TREE = [
  { id: 'sales', name: 'Sales', headcount: 2 },
  { id: 'north', parent: 'sales', name: 'North', headcount: 6 },
  { id: 'south', parent: 'sales', name: 'South', headcount: 6 },
];

type Preview = {
  ok: boolean;
  header: { field: string; rule: string } | null;
  rows: { row: number; values: Record<string, string>; problems: { field: string; rule: string }[] }[];
  badRows: number;
};

describe.each(ENGINES)('the administrators’ app API on $name', (engine) => {
  let h: Harness;
  let a: Awaited<ReturnType<typeof openRound>>;
  let adminA: string;
  let adminB: string;
  let tenantB: string;
  beforeAll(async () => {
    if (!engine.available) return;
    h = await harness(engine);
    a = await openRound(h, TREE);
    tenantB = (await h.ok<{ id: string }>('/v1/tenants', { method: 'POST', json: { name: 'B' } }, 201)).id;
    const token = async (tenant: string, body: Record<string, unknown>) =>
      await h.ok<{ id: string; token: string }>(`/v1/tenants/${tenant}/tokens`, { method: 'POST', json: body }, 201);
    adminA = (await token(a.tenant, { role: 'admin', expiresInDays: 30 })).token;
    adminB = (await token(tenantB, { role: 'admin' })).token;
  });
  afterAll(async () => {
    if (engine.available) await h.close();
  });
  const test = engine.available ? it : it.skip;

  test('the session says who a token is, and why a refused one is refused', async () => {
    expect(await h.ok('/v1/session')).toEqual({ role: 'operator', tenant: null, expiresAt: null });
    const session = await h.ok<{ role: string; tenant: { id: string }; expiresAt: string }>('/v1/session', {
      token: adminA,
    });
    expect(session.role).toBe('admin');
    expect(session.tenant.id).toBe(a.tenant);
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());

    const expired = await h.ok<{ id: string; token: string }>(
      `/v1/tenants/${a.tenant}/tokens`,
      { method: 'POST', json: { role: 'admin', expiresInDays: 1 } },
      201,
    );
    await h.database.db.query("UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      expired.id,
    ]);
    const reason = async (token: string | null) => {
      const res = await h.request('/v1/session', { token });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      return ((await res.json()) as { error: { reason: string } }).error.reason;
    };
    expect(await reason(expired.token)).toBe('expired');
    expect(await reason('bal_wrongwrongwrongwrongwrongwrongwrongwrongwro')).toBe('invalid');
    expect(await reason(null)).toBe('missing');
    await h.ok(`/v1/tenants/${a.tenant}/tokens/${expired.id}`, { method: 'DELETE' }, 204);
    expect(await reason(expired.token)).toBe('revoked');
    const raw = await h.ok<{ token: string }>(
      `/v1/tenants/${a.tenant}/tokens`,
      { method: 'POST', json: { role: 'raw' } },
      201,
    );
    expect((await h.request('/v1/session', { token: raw.token })).status).toBe(403);
  });

  test('the dry run of an import lists every bad row and why, and saves nothing', async () => {
    const before = await h.ok(`/v1/tenants/${a.tenant}/units`);
    const csv = [
      'id,parent,name,headcount',
      'sales,,Sales,2',
      'north,sales,North,many', // a headcount that is not a number
      'south,nowhere,South,6', // an unknown parent
      'north,sales,North again,3', // a duplicate id
      'west,,,4', // no name
      'east,west,East,2', // a child of a row that is itself bad: not blamed for it
    ].join('\n');
    const res = await h.request(`/v1/tenants/${a.tenant}/units/preview`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { row: number; field: string }; preview: Preview };
    expect(body.error).toMatchObject({ row: 2, field: 'headcount' });
    const { preview } = body;
    expect(preview.ok).toBe(false);
    expect(preview.badRows).toBe(4);
    const problems = Object.fromEntries(preview.rows.map((r) => [r.row, r.problems.map((p) => p.field)]));
    expect(problems).toEqual({ 1: [], 2: ['headcount'], 3: ['parent'], 4: ['id'], 5: ['name'], 6: [] });
    expect(preview.rows[1]!.values).toEqual({
      id: 'north',
      parent: 'sales',
      name: 'North',
      headcount: 'many',
      locale: '',
    });
    expect(preview.rows[3]!.problems[0]!.rule).toBe('must be unique');
    // Nothing was saved.
    expect(await h.ok(`/v1/tenants/${a.tenant}/units`)).toEqual(before);

    const fixed = await h.ok<Preview>(`/v1/tenants/${a.tenant}/units/preview`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'id,parent,name,headcount\nsales,,Sales,2\nnorth,sales,North,6\n',
    });
    expect(fixed).toMatchObject({ ok: true, header: null, badRows: 0 });
    const header = await h.request(`/v1/tenants/${a.tenant}/units/preview`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'name,id\nx,y\n',
    });
    expect(header.status).toBe(422);
    expect(((await header.json()) as { preview: Preview }).preview.header?.field).toBe('header');
    const json = await h.request(`/v1/tenants/${a.tenant}/units/preview`, {
      method: 'POST',
      json: [
        { id: 'a', name: 'A' },
        { id: 'b', parent: 'b', name: 'B' },
        7,
        { id: 'c', name: { en: 'C' }, headcount: 4 },
      ],
    });
    expect(json.status).toBe(422);
    const jp = ((await json.json()) as { preview: Preview }).preview;
    expect(jp.rows.map((r) => r.problems.length > 0)).toEqual([false, true, true, true]);
    // A field that is not text is shown as what was sent, so the administrator sees what to fix.
    expect(jp.rows[3]!.values).toMatchObject({ id: 'c', name: '{"en":"C"}', headcount: '4' });
    const empty = await h.request(`/v1/tenants/${a.tenant}/units/preview`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'id,parent,name,headcount\n',
    });
    expect(empty.status).toBe(422);
  });

  test('a unit is edited in place, the tree stays a tree, and open rounds keep their copy', async () => {
    const tenant = (await h.ok<{ id: string }>('/v1/tenants', { method: 'POST', json: { name: 'Edit' } }, 201)).id;
    await h.ok(`/v1/tenants/${tenant}/units`, { method: 'PUT', json: TREE });
    const path = (unit: string) => `/v1/tenants/${tenant}/units/${unit}`;
    const tree = await h.ok<{ id: string; name: string; parent?: string; headcount?: number }[]>(path('north'), {
      method: 'PATCH',
      json: { name: 'North region', headcount: 9 },
    });
    expect(tree.find((u) => u.id === 'north')).toEqual({
      id: 'north',
      parent: 'sales',
      name: 'North region',
      headcount: 9,
    });
    const moved = await h.ok<{ id: string; parent?: string }[]>(path('south'), {
      method: 'PATCH',
      json: { parent: 'north', headcount: null },
    });
    expect(moved.find((u) => u.id === 'south')).toEqual({ id: 'south', parent: 'north', name: 'South' });
    const cycle = await h.request(path('sales'), { method: 'PATCH', json: { parent: 'south' } });
    expect(cycle.status).toBe(422);
    expect(((await cycle.json()) as { error: { field: string; rule: string } }).error).toMatchObject({
      field: 'parent',
      rule: 'must not form a cycle',
    });
    expect((await h.request(path('sales'), { method: 'PATCH', json: { parent: 'sales' } })).status).toBe(422);
    expect((await h.request(path('sales'), { method: 'PATCH', json: { parent: 'nowhere' } })).status).toBe(422);
    expect((await h.request(path('sales'), { method: 'PATCH', json: { name: ' ' } })).status).toBe(422);
    expect((await h.request(path('sales'), { method: 'PATCH', json: { headcount: -1 } })).status).toBe(422);
    expect((await h.request(path('nobody'), { method: 'PATCH', json: { name: 'X' } })).status).toBe(404);
    expect((await h.request(path('sales'), { method: 'PATCH', json: { name: 'X' }, token: adminB })).status).toBe(403);
    // A's open round still has the tree it copied.
    await h.ok(`/v1/tenants/${a.tenant}/units/north`, { method: 'PATCH', json: { name: 'Renamed later' } });
    const links = await h.ok<{ unit: string }[]>(`${a.base}/links`);
    expect(links.map((l) => l.unit)).toContain('north');
    const copied = await h.ok<{ id: string; name: string }[]>(`${a.base}/units`, { token: adminA });
    expect(copied.find((u) => u.id === 'north')!.name).toBe('North');
    expect((await h.request(`${a.base}/units`, { token: adminB })).status).toBe(403);
  });

  test('a theme: shipped bases, tokens checked by name and kind, served as a stylesheet', async () => {
    const list = await h.ok<{ themes: string[]; tokens: Record<string, string> }>('/v1/themes', { token: adminA });
    expect(list.themes[0]).toBe('default');
    expect(list.themes).toEqual(expect.arrayContaining(['ember', 'fjord']));
    expect(list.tokens['color-accent']).toMatch(/^#/);
    const path = `/v1/tenants/${a.tenant}/theme`;
    expect(await h.ok(path)).toEqual({ base: 'default', tokens: {} });
    const refused = async (tokens: Record<string, unknown>, base = 'default') => {
      const res = await h.request(path, { method: 'PUT', json: { base, tokens } });
      expect(res.status, JSON.stringify(tokens)).toBe(422);
      return ((await res.json()) as { error: { field: string; rule: string; message: string } }).error;
    };
    expect((await refused({ 'color-acent': '#fff' })).field).toBe('tokens.color-acent');
    expect((await refused({ 'color-acent': '#fff' })).rule).toContain('is not a token of Balanse');
    for (const value of [
      'red; } body { display: none',
      'url(https://evil.example/x.png)',
      '#fff\\',
      'expression(alert(1))',
      '</style><script>',
      '',
    ]) {
      const error = await refused({ 'color-accent': value });
      expect(error.field).toBe('tokens.color-accent');
      expect(error.message).toContain('color-accent');
    }
    expect((await refused({ 'radius-m': 'red' })).rule).toContain('length');
    expect((await refused({ 'font-family': 'Arial; color: red' })).field).toBe('tokens.font-family');
    expect((await refused({ 'color-accent': 4 })).rule).toContain('text');
    expect((await refused({}, 'nonexistent')).field).toBe('base');

    const theme = {
      base: 'ember',
      tokens: { '--balanse-color-accent': '#0b5d1e', 'radius-m': '12px', 'font-family': '"Source Sans 3", sans-serif' },
    };
    const preview = await h.ok<{ tokens: Record<string, string> }>(`${path}/preview`, { method: 'POST', json: theme });
    expect(preview.tokens['color-accent']).toBe('#0b5d1e');
    expect(preview.tokens['color-text']).toBe('#2b1a12'); // from ember
    expect(preview.tokens['space-m']).toBe('1rem'); // the default
    expect(await h.ok(path)).toEqual({ base: 'default', tokens: {} }); // a preview saves nothing
    const saved = await h.ok(path, { method: 'PUT', json: theme, token: adminA });
    expect(saved).toEqual({
      base: 'ember',
      tokens: { 'color-accent': '#0b5d1e', 'radius-m': '12px', 'font-family': '"Source Sans 3", sans-serif' },
    });
    const css = await h.request(`/t/${a.tenant}/theme.css`, { token: null });
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    const text = await css.text();
    expect(text).toContain('--balanse-color-accent: #0b5d1e;');
    expect(text).toContain('--balanse-color-text: #2b1a12;'); // ember's own rules come first
    expect(text.indexOf('#2b1a12')).toBeLessThan(text.indexOf('#0b5d1e'));
    // Another tenant's admin cannot set it; an unknown tenant's stylesheet is empty, not a 404.
    expect((await h.request(path, { method: 'PUT', json: theme, token: adminB })).status).toBe(403);
    expect(await (await h.request(`/t/00000000-0000-4000-8000-000000000000/theme.css`, { token: null })).text()).toBe(
      '',
    );
    expect(await (await h.request(`/t/not-a-tenant/theme.css`, { token: null })).text()).toBe('');
    // The survey page of the tenant loads it.
    const survey = await (await h.request(a.link('north'), { token: null })).text();
    expect(survey).toContain(`/t/${a.tenant}/theme.css`);
    const audit = await h.ok<{ action: string }[]>(`/v1/tenants/${a.tenant}/audit`);
    expect(audit.map((e) => e.action)).toContain('theme.update');
  });

  test('the action plan: only its report link reads it, until the leader shares it; the next round shows it beside its report', async () => {
    const tenant = (await h.ok<{ id: string }>('/v1/tenants', { method: 'POST', json: { name: 'Plans', k: 3 } }, 201))
      .id;
    await h.ok(`/v1/tenants/${tenant}/units`, { method: 'PUT', json: TREE });
    const round = async (name: string) => {
      const r = await h.ok<{ id: string }>(`/v1/tenants/${tenant}/rounds`, { method: 'POST', json: { name } }, 201);
      const base = `/v1/tenants/${tenant}/rounds/${r.id}`;
      await h.ok(`${base}/open`, { method: 'POST' });
      const links = await h.ok<{ unit: string; kind: string; url: string }[]>(`${base}/links`);
      for (const unit of ['north', 'south'])
        for (let i = 0; i < 3; i++)
          expect(
            (await send(h, links.find((l) => l.unit === unit && l.kind === 'team')!.url, submission(4))).status,
          ).toBe(201);
      const reportLinks = await h.ok<{ unit: string; url: string }[]>(`${base}/report-links`);
      const plan = (unit: string) => `${reportLinks.find((l) => l.unit === unit)!.url}/plan`;
      return { id: r.id, base, links, plan };
    };
    const spring = await round('Spring');
    const plan = {
      actions: [
        {
          source: 'advice',
          topic: 'unclear-expectations',
          title: 'Feedback every week',
          nextStep: 'Book the slots',
          followUp: '2027-02-01',
        },
        { source: 'own', title: 'Walk the floor', nextStep: 'Mondays at nine', followUp: '2027-01-15' },
      ],
    };
    // Before the round closes, there is no report and no plan.
    expect((await h.request(spring.plan('north'), { token: null })).status).toBe(409);
    expect((await h.request(spring.plan('north'), { method: 'PUT', json: plan, token: null })).status).toBe(409);
    await h.ok(`${spring.base}/close`, { method: 'POST' });

    expect(await h.ok(spring.plan('north'), { token: null })).toEqual({ plan: null, previous: null });
    const saved = await h.ok<{ actions: { id: string; title: string }[]; shared: boolean }>(spring.plan('north'), {
      method: 'PUT',
      json: plan,
      token: null,
    });
    expect(saved.shared).toBe(false);
    expect(saved.actions.map((x) => x.title)).toEqual(['Feedback every week', 'Walk the floor']);
    expect((await h.ok<{ plan: unknown }>(spring.plan('north'), { token: null })).plan).toEqual(saved);

    // Refusals name the field: four actions, a bad date, advice without its topic, an unknown field.
    const bad = async (body: unknown, field: string) => {
      const res = await h.request(spring.plan('north'), { method: 'PUT', json: body, token: null });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
    };
    await bad({ actions: [...plan.actions, ...plan.actions] }, 'actions');
    await bad({ actions: [] }, 'actions');
    await bad({ actions: [{ ...plan.actions[1], followUp: '2027-02-30' }] }, 'actions[0].followUp');
    await bad({ actions: [{ ...plan.actions[1], source: 'advice' }] }, 'actions[0].topic');
    await bad({ actions: [{ ...plan.actions[1], title: '' }] }, 'actions[0].title');
    await bad({ actions: plan.actions, owner: 'me' }, 'owner');

    // Nobody else reads it: another unit's link, a survey link, the admins (until it is shared).
    expect(await h.ok(spring.plan('south'), { token: null })).toEqual({ plan: null, previous: null });
    const teamLink = spring.links.find((l) => l.unit === 'north' && l.kind === 'team')!.url;
    expect((await h.request(`${teamLink}/plan`, { token: null })).status).toBe(404);
    expect((await h.request(`${teamLink.replace('/s/', '/r/')}/plan`, { token: null })).status).toBe(404);
    expect(await h.ok(`${spring.base}/plans`)).toEqual([]);
    const secret = spring.plan('north').split('/').at(-2)!;
    expect((await h.request(`/r/${a.tenant}/${secret}/plan`, { token: null })).status).toBe(404);
    expect(JSON.stringify(await h.ok(`${spring.base}/report?unit=north`))).not.toContain('Walk the floor');
    expect(JSON.stringify(await h.ok(`${spring.base}/reports.json`))).not.toContain('Walk the floor');

    // Shared: the admins see it; taken back, they do not. Both are audited.
    await h.ok(spring.plan('north'), { method: 'PUT', json: { ...plan, shared: true }, token: null });
    const shared = await h.ok<{ unit: string; plan: { actions: unknown[] } }[]>(`${spring.base}/plans`);
    expect(shared.map((s) => s.unit)).toEqual(['north']);
    expect((await h.request(`${spring.base}/plans`, { token: adminB })).status).toBe(403);
    await h.ok(spring.plan('north'), { method: 'PUT', json: { ...plan, shared: false }, token: null });
    expect(await h.ok(`${spring.base}/plans`)).toEqual([]);
    const actions = (await h.ok<{ actor: string; action: string }[]>(`/v1/tenants/${tenant}/audit`)).filter((e) =>
      e.action.startsWith('plan'),
    );
    expect(actions.map((e) => e.action).sort()).toEqual([
      'plan.share',
      'plan.unshare',
      'plans.read',
      'plans.read',
      'plans.read',
    ]);
    expect(actions.find((e) => e.action === 'plan.share')!.actor).toBe('report-link:north');

    // The next round: its report link shows the spring plan beside the new report.
    const autumn = await round('Autumn');
    await h.ok(`${autumn.base}/close`, { method: 'POST' });
    const next = await h.ok<{
      plan: unknown;
      previous: { round: { name: string }; plan: { actions: { title: string }[] } };
    }>(autumn.plan('north'), { token: null });
    expect(next.plan).toBeNull();
    expect(next.previous.round.name).toBe('Spring');
    expect(next.previous.plan.actions.map((x) => x.title)).toEqual(['Feedback every week', 'Walk the floor']);
    expect((await h.ok<{ previous: unknown }>(autumn.plan('south'), { token: null })).previous).toBeNull();

    // A rotated link keeps the plan (it is the unit's); the old link reads nothing.
    const rotated = await h.ok<{ url: string }>(`${spring.base}/report-links/north/rotate`, { method: 'POST' });
    expect((await h.request(spring.plan('north'), { token: null })).status).toBe(404);
    expect((await h.ok<{ plan: unknown }>(`${rotated.url}/plan`, { token: null })).plan).toBeTruthy();
    await h.ok(`${rotated.url}/plan`, { method: 'DELETE', token: null }, 204);
    expect((await h.ok<{ plan: unknown }>(`${rotated.url}/plan`, { token: null })).plan).toBeNull();
  });

  test('the app’s pages: /admin and the leader’s page under a strict policy with Trusted Types', async () => {
    for (const path of ['/admin', '/admin/']) {
      const res = await h.request(path, { token: null });
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      const html = await res.text();
      expect(html).toContain('<balanse-admin-app>');
      expect(html).not.toMatch(/<script>|style=/);
    }
    expect((await h.request('/admin/assets/..%2Fpackage.json', { token: null })).status).toBe(404);
    expect((await h.request('/admin/assets/nothing.js', { token: null })).status).toBe(404);
  });
});
