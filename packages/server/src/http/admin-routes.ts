/** The admin API under /v1: tenants, tokens, units, rounds, links, participation, reports, exports. */
import { randomUUID } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { authenticate, authorize, type Principal, type Role } from '../auth/access.js';
import { hashToken, newApiToken } from '../auth/tokens.js';
import type { ServerContext } from '../context.js';
import { audit, auditLog } from '../domain/audit.js';
import { csvLine } from '../domain/csv.js';
import { createPersonalLinks, listDerivedLinks, reportPath, rotateReportLink } from '../domain/links.js';
import { rawAnswers } from '../domain/raw.js';
import {
  LocaleQuerySchema,
  ReleasedRound,
  reportsCsv,
  reportsJson,
  ReportQuerySchema,
  reportWithPrevious,
} from '../domain/reports.js';
import {
  closeRound,
  createRound,
  deleteRound,
  listRounds,
  openRound,
  participation,
  requireRound,
  RoundCreateSchema,
  RoundUpdateSchema,
  updateRound,
} from '../domain/rounds.js';
import {
  createTenant,
  deleteTenant,
  listTenants,
  requireTenant,
  TenantCreateSchema,
  TenantUpdateSchema,
  updateTenant,
} from '../domain/tenants.js';
import { listUnits, replaceUnits, UnitInputSchema, unitsFromCsv, unitsFromJson } from '../domain/units.js';
import { HttpError, invalid, notFound } from './errors.js';
import { spec, type RouteSpec } from './route-table.js';
import { EmptyQuerySchema, PersonalLinksSchema, TokenCreateSchema, UnitParamSchema } from './schemas.js';
import { jsonBody, parseInput, readBody, readQuery, uuidParam } from './validate.js';

const JSON_LIMIT = 256 * 1024;
const UNITS_LIMIT = 8 * 1024 * 1024;

export const tooLarge = (limit: number) =>
  new HttpError(413, 'too_large', `the body is larger than ${Math.round(limit / 1024)} kB`, {
    field: '(body)',
    rule: `must be at most ${limit} bytes`,
  });
const limit = (max: number) =>
  bodyLimit({
    maxSize: max,
    onError: () => {
      throw tooLarge(max);
    },
  });

/** The base every link is made from: BALANSE_PUBLIC_URL, or the origin the request came to. */
export function baseUrl(ctx: ServerContext, c: Context): string {
  return (ctx.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}

const stream = (c: Context, type: string, chunks: Iterable<string> | AsyncIterable<string>, filename?: string) => {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        for await (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  c.header('content-type', type);
  if (filename) c.header('content-disposition', `attachment; filename="${filename}"`);
  return c.body(body);
};

// The principal travels on the context (the body-limit middleware may replace the request).
const setPrincipal = (c: Context, who: Principal) => {
  c.set('principal' as never, who as never);
};
const principalOf = (c: Context) => c.get('principal' as never) as Principal;

const TENANT = '/v1/tenants/:tenant';
const ROUND = `${TENANT}/rounds/:round`;

export function adminRoutes(app: Hono, ctx: ServerContext): void {
  const { db } = ctx;

  /** Registers a handler for a route of the table, with its access check. */
  const route = (
    s: RouteSpec,
    handler: (c: Context, who: Principal, ids: { tenant: string; round: string }) => Promise<Response>,
    ...middleware: ReturnType<typeof limit>[]
  ) => {
    spec(s);
    const roles: Role[] = s.access === 'operator' ? ['operator'] : s.access === 'raw' ? ['raw'] : ['operator', 'admin'];
    // Who is asking is settled before the body is read: a caller without a token learns nothing
    // about the body's limits or rules.
    const guard: MiddlewareHandler = async (c, next) => {
      const who = await authenticate(c, ctx);
      const tenant = c.req.param('tenant');
      const round = c.req.param('round');
      if (tenant !== undefined) parseInput(uuidParam, tenant, 'tenant');
      if (round !== undefined) parseInput(uuidParam, round, 'round');
      authorize(who, tenant ?? null, roles);
      if (tenant !== undefined) await requireTenant(db, tenant);
      setPrincipal(c, who);
      await next();
    };
    app.on(s.method, s.path, guard, ...middleware, (c: Context) =>
      handler(c, principalOf(c), {
        tenant: c.req.param('tenant') ?? '',
        round: c.req.param('round') ?? '',
      }),
    );
  };
  const actor = (who: Principal) => `token:${who.tokenId}`;

  route(
    {
      method: 'POST',
      path: '/v1/tenants',
      access: 'operator',
      summary: 'Creates a tenant (a client organisation). `k` is its minimum group size (default 5, never below 3).',
      body: TenantCreateSchema,
      responses: { 201: '`{ id, name, k, retentionDays, allowedOrigins, createdOn }`', 422: 'a field breaks its rule' },
    },
    async (c) => c.json(await createTenant(ctx, await readBody(c, TenantCreateSchema)), 201),
    limit(JSON_LIMIT),
  );
  route(
    {
      method: 'GET',
      path: '/v1/tenants',
      access: 'operator',
      summary: 'Lists every tenant.',
      responses: { 200: '`[tenant]`' },
    },
    async (c) => c.json(await listTenants(db)),
  );
  route(
    {
      method: 'GET',
      path: TENANT,
      access: 'admin',
      summary: 'One tenant.',
      responses: { 200: 'the tenant', 404: 'no such tenant' },
    },
    async (c, _who, { tenant }) => c.json(await requireTenant(db, tenant)),
  );
  route(
    {
      method: 'PATCH',
      path: TENANT,
      access: 'operator',
      summary:
        'Changes a tenant’s name, k (for rounds created later), retention in days, or allowed origins (CORS for embedded surveys).',
      body: TenantUpdateSchema,
      responses: { 200: 'the tenant', 422: 'a field breaks its rule' },
    },
    async (c, _who, { tenant }) => {
      const updated = await updateTenant(ctx, tenant, await readBody(c, TenantUpdateSchema));
      ctx.surveyTargets.clear(); // allowed origins may have changed
      return c.json(updated);
    },
    limit(JSON_LIMIT),
  );
  route(
    {
      method: 'DELETE',
      path: TENANT,
      access: 'operator',
      summary: 'Deletes a tenant with all its units, rounds, answers, reports and tokens.',
      responses: { 204: 'deleted', 404: 'no such tenant' },
    },
    async (c, who, { tenant }) => {
      await deleteTenant(ctx, tenant);
      ctx.surveyTargets.clear();
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'tenant.delete', target: tenant });
      return c.body(null, 204);
    },
  );

  route(
    {
      method: 'POST',
      path: `${TENANT}/tokens`,
      access: 'operator',
      summary:
        'Creates an API token for the tenant: `admin` runs its rounds, `raw` only downloads raw answers (R8). The token is in this answer only; the server keeps a keyed hash.',
      body: TokenCreateSchema,
      responses: { 201: '`{ id, role, token, expiresAt }`', 422: 'a field breaks its rule' },
    },
    async (c, who, { tenant }) => {
      const input = await readBody(c, TokenCreateSchema);
      const token = newApiToken();
      const id = randomUUID();
      const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
      await db.query(
        'INSERT INTO api_token (id, tenant_id, role, hash, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, now(), $6)',
        [id, tenant, input.role, hashToken(ctx.keys, token), input.label ?? '', expiresAt],
      );
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'token.create', target: `${input.role}:${id}` });
      return c.json({ id, role: input.role, token, expiresAt: expiresAt?.toISOString() ?? null }, 201);
    },
    limit(JSON_LIMIT),
  );
  route(
    {
      method: 'GET',
      path: `${TENANT}/tokens`,
      access: 'operator',
      summary: 'Lists the tenant’s tokens (never the tokens themselves).',
      responses: { 200: '`[{ id, role, label, createdAt, expiresAt, revoked }]`' },
    },
    async (c, _who, { tenant }) => {
      const rows = await db.query<{
        id: string;
        role: string;
        label: string;
        created_at: Date;
        expires_at: Date | null;
        revoked: boolean;
      }>(
        'SELECT id, role, label, created_at, expires_at, revoked_at IS NOT NULL AS revoked FROM api_token WHERE tenant_id = $1 ORDER BY created_at',
        [tenant],
      );
      return c.json(
        rows.map((r) => ({
          id: r.id,
          role: r.role,
          label: r.label,
          createdAt: new Date(r.created_at).toISOString(),
          expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
          revoked: r.revoked,
        })),
      );
    },
  );
  route(
    {
      method: 'DELETE',
      path: `${TENANT}/tokens/:token`,
      access: 'operator',
      summary: 'Revokes a token at once.',
      responses: { 204: 'revoked', 404: 'no such token' },
    },
    async (c, who, { tenant }) => {
      const id = parseInput(uuidParam, c.req.param('token'), 'token');
      const rows = await db.query(
        'UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE tenant_id = $1 AND id = $2 RETURNING 1',
        [tenant, id],
      );
      if (rows.length === 0) throw notFound('the token');
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'token.revoke', target: id });
      return c.body(null, 204);
    },
  );
  route(
    {
      method: 'GET',
      path: `${TENANT}/audit`,
      access: 'admin',
      summary: 'The audit log: who read or exported which report, who deleted what. Never answers or tokens.',
      responses: { 200: '`[{ at, actor, action, target }]`, newest first' },
    },
    async (c, _who, { tenant }) => c.json(await auditLog(db, tenant)),
  );

  route(
    {
      method: 'PUT',
      path: `${TENANT}/units`,
      access: 'admin',
      summary:
        'Replaces the tenant’s unit tree, as JSON `[{ id, parent?, name, headcount?, locale? }]` or as `text/csv` with the header `id,parent,name,headcount` (optionally `,locale`). Checked row by row: a duplicate id, an unknown parent or a cycle gets a 422 naming the row and the rule. Open rounds keep the tree they copied.',
      body: { description: 'JSON array of units, or CSV', schema: z.array(UnitInputSchema) },
      responses: { 200: 'the tree as stored', 415: 'neither JSON nor CSV', 422: '`{ error: { row, field, rule } }`' },
    },
    async (c, _who, { tenant }) => {
      const type = c.req.header('content-type') ?? '';
      const units = /^text\/csv\b/i.test(type) ? unitsFromCsv(await c.req.text()) : unitsFromJson(await jsonBody(c));
      await db.tx((q) => replaceUnits(q, tenant, units));
      return c.json(await listUnits(db, tenant));
    },
    limit(UNITS_LIMIT),
  );
  route(
    {
      method: 'GET',
      path: `${TENANT}/units`,
      access: 'admin',
      summary: 'The tenant’s unit tree.',
      responses: { 200: '`[unit]`' },
    },
    async (c, _who, { tenant }) => c.json(await listUnits(db, tenant)),
  );

  route(
    {
      method: 'POST',
      path: `${TENANT}/rounds`,
      access: 'admin',
      summary:
        'Creates a draft round. `locale` (default nb) is the survey’s language where a unit sets none; `k` defaults to the tenant’s; `selfForm` (default true) gives each unit a leader’s self link.',
      body: RoundCreateSchema,
      responses: { 201: 'the round, `{ id, status: "draft", … }`', 422: 'a field breaks its rule' },
    },
    async (c, _who, { tenant }) => c.json(await createRound(ctx, tenant, await readBody(c, RoundCreateSchema)), 201),
    limit(JSON_LIMIT),
  );
  route(
    {
      method: 'GET',
      path: `${TENANT}/rounds`,
      access: 'admin',
      summary: 'The tenant’s rounds.',
      responses: { 200: '`[round]`' },
    },
    async (c, _who, { tenant }) => c.json(await listRounds(db, tenant)),
  );
  route(
    {
      method: 'GET',
      path: ROUND,
      access: 'admin',
      summary: 'One round.',
      responses: { 200: 'the round', 404: 'no such round' },
    },
    async (c, _who, { tenant, round }) => c.json(await requireRound(db, tenant, round)),
  );
  route(
    {
      method: 'PATCH',
      path: ROUND,
      access: 'admin',
      summary:
        'Renames a round or changes its k (once answers exist, k may only be raised) or, while it is a draft, its language.',
      body: RoundUpdateSchema,
      responses: { 200: 'the round', 409: 'the round is closed', 422: 'a field breaks its rule' },
    },
    async (c, _who, { tenant, round }) =>
      c.json(await updateRound(ctx, tenant, round, await readBody(c, RoundUpdateSchema))),
    limit(JSON_LIMIT),
  );
  route(
    {
      method: 'POST',
      path: `${ROUND}/open`,
      access: 'admin',
      summary: 'Opens a draft round: copies the unit tree into it and makes its links.',
      responses: { 200: 'the round', 409: 'not a draft, or no units' },
    },
    async (c, _who, { tenant, round }) => c.json(await openRound(ctx, tenant, round)),
  );
  route(
    {
      method: 'POST',
      path: `${ROUND}/close`,
      access: 'admin',
      summary:
        'Closes an open round and releases every unit’s results, once (R5): from now on surveys answer 410, and reports and report links are available.',
      responses: { 200: 'the round', 409: 'the round is not open' },
    },
    async (c, _who, { tenant, round }) => c.json(await closeRound(ctx, tenant, round)),
  );
  route(
    {
      method: 'DELETE',
      path: ROUND,
      access: 'admin',
      summary: 'Deletes a round with its answers, links and reports.',
      responses: { 204: 'deleted', 404: 'no such round' },
    },
    async (c, who, { tenant, round }) => {
      await deleteRound(ctx, tenant, round);
      ctx.surveyTargets.clear();
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'round.delete', target: round });
      return c.body(null, 204);
    },
  );
  route(
    {
      method: 'GET',
      path: `${ROUND}/links`,
      access: 'admin',
      summary:
        'The survey links: per unit a `team` link and, with the self form, a `self` link for its leader. `url` is absolute; `POST <url>` follows docs/delivery-protocol.md and `GET <url>` serves the survey page.',
      responses: { 200: '`[{ unit, kind, url }]`', 409: 'the round is a draft' },
    },
    async (c, _who, { tenant, round }) => {
      const r = await requireRound(db, tenant, round);
      if (r.status === 'draft') throw new HttpError(409, 'not_open', 'a draft round has no links yet: open it first');
      return c.json(await listDerivedLinks(ctx, baseUrl(ctx, c), tenant, round, ['team', 'self']));
    },
  );
  route(
    {
      method: 'POST',
      path: `${ROUND}/personal-links`,
      access: 'admin',
      summary:
        'Makes `count` single-use links for one unit, as CSV for a mail merge (`unit,url`). They are shown only in this answer; a used link records that it was used, never which answer it gave.',
      body: PersonalLinksSchema,
      responses: {
        201: '`text/csv`: `unit,url` per link',
        409: 'the round is not open',
        422: 'a field breaks its rule',
      },
    },
    async (c, _who, { tenant, round }) => {
      const input = await readBody(c, PersonalLinksSchema);
      const r = await requireRound(db, tenant, round);
      if (r.status !== 'open') throw new HttpError(409, 'not_open', 'personal links are made while the round is open');
      const units = await db.query('SELECT 1 FROM round_unit WHERE tenant_id = $1 AND round_id = $2 AND id = $3', [
        tenant,
        round,
        input.unit,
      ]);
      if (units.length === 0) throw invalid('unit', 'must name a unit of the round');
      const urls = await createPersonalLinks(ctx, baseUrl(ctx, c), tenant, round, input.unit, input.count);
      c.header('content-type', 'text/csv; charset=utf-8');
      return c.body(`unit,url\r\n${urls.map((u) => csvLine([input.unit, u])).join('')}`, 201);
    },
    limit(JSON_LIMIT),
  );
  route(
    {
      method: 'GET',
      path: `${ROUND}/participation`,
      access: 'admin',
      summary: 'Per unit, how many answered (team form) against the expected headcount: counts, nothing more.',
      responses: { 200: '`[{ unit, responded, expected }]`' },
    },
    async (c, _who, { tenant, round }) => {
      await requireRound(db, tenant, round);
      return c.json(await participation(db, tenant, round));
    },
  );

  route(
    {
      method: 'GET',
      path: `${ROUND}/report`,
      access: 'admin',
      summary:
        'A unit’s report (core’s `Report`), built from what was released when the round closed, in the unit’s language or `locale`. Suppressed where R1–R5 say so. Audited.',
      query: ReportQuerySchema,
      responses: {
        200: 'a core `Report`',
        409: 'the round is not closed: no report before close',
        422: 'unknown unit or locale',
      },
    },
    async (c, who, { tenant, round }) => {
      const query = readQuery(c, ReportQuerySchema);
      const released = await ReleasedRound.load(db, tenant, round);
      const report = released.report(query.unit, query.locale);
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'report.read', target: `${round}/${query.unit}` });
      return c.json(report);
    },
  );
  route(
    {
      method: 'GET',
      path: `${ROUND}/comparison`,
      access: 'admin',
      summary: 'A unit’s report beside its report of the previous closed round of the tenant, when there is one.',
      query: ReportQuerySchema,
      responses: {
        200: '`{ unit, round, report, previous: { round, report } | null }`',
        409: 'the round is not closed',
      },
    },
    async (c, who, { tenant, round }) => {
      const query = readQuery(c, ReportQuerySchema);
      const released = await ReleasedRound.load(db, tenant, round);
      const out = await reportWithPrevious(db, released, query.unit, query.locale);
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'report.read', target: `${round}/${query.unit}` });
      return c.json(out);
    },
  );
  route(
    {
      method: 'GET',
      path: `${ROUND}/reports.csv`,
      access: 'admin',
      summary: 'Every unit’s report as one CSV, streamed: core’s rows prefixed with `unit,unit_name`. Audited.',
      query: LocaleQuerySchema,
      responses: { 200: '`text/csv`', 409: 'the round is not closed' },
    },
    async (c, who, { tenant, round }) => {
      const query = readQuery(c, LocaleQuerySchema);
      const released = await ReleasedRound.load(db, tenant, round);
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'reports.export', target: `${round}/csv` });
      return stream(c, 'text/csv; charset=utf-8', reportsCsv(released, query.locale), 'reports.csv');
    },
  );
  route(
    {
      method: 'GET',
      path: `${ROUND}/reports.json`,
      access: 'admin',
      summary: 'Every unit’s report as a JSON array `[{ unit, name, report }]`, streamed. Audited.',
      query: LocaleQuerySchema,
      responses: { 200: '`application/json`', 409: 'the round is not closed' },
    },
    async (c, who, { tenant, round }) => {
      const query = readQuery(c, LocaleQuerySchema);
      const released = await ReleasedRound.load(db, tenant, round);
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'reports.export', target: `${round}/json` });
      return stream(c, 'application/json; charset=utf-8', reportsJson(released, query.locale));
    },
  );
  route(
    {
      method: 'GET',
      path: `${ROUND}/report-links`,
      access: 'admin',
      summary:
        'Per unit the report link: a capability URL its leader opens without an account, showing that unit’s report only (once the round has closed; before, the page says when it will).',
      responses: { 200: '`[{ unit, url }]`', 409: 'the round is a draft' },
    },
    async (c, _who, { tenant, round }) => {
      const r = await requireRound(db, tenant, round);
      if (r.status === 'draft')
        throw new HttpError(409, 'not_open', 'a draft round has no report links yet: open it first');
      const links = await listDerivedLinks(ctx, baseUrl(ctx, c), tenant, round, ['report']);
      return c.json(links.map(({ unit, url }) => ({ unit, url })));
    },
  );
  route(
    {
      method: 'POST',
      path: `${ROUND}/report-links/:unit/rotate`,
      access: 'admin',
      summary: 'Revokes a unit’s report link (one that went astray) and makes a new one.',
      responses: { 200: '`{ unit, url }`', 409: 'the round is a draft', 422: 'unknown unit' },
    },
    async (c, who, { tenant, round }) => {
      const unit = parseInput(UnitParamSchema, c.req.param('unit'), 'unit');
      const r = await requireRound(db, tenant, round);
      if (r.status === 'draft')
        throw new HttpError(409, 'not_open', 'a draft round has no report links yet: open it first');
      const secret = await db.tx(async (q) => {
        const known = await q.query('SELECT 1 FROM round_unit WHERE tenant_id = $1 AND round_id = $2 AND id = $3', [
          tenant,
          round,
          unit,
        ]);
        if (known.length === 0) throw invalid('unit', 'must name a unit of the round');
        return rotateReportLink(q, ctx.keys, tenant, round, unit);
      });
      await audit(db, {
        tenantId: tenant,
        actor: actor(who),
        action: 'report-link.rotate',
        target: `${round}/${unit}`,
      });
      return c.json({ unit, url: `${baseUrl(ctx, c)}${reportPath(tenant, secret)}` });
    },
  );
  route(
    {
      method: 'GET',
      path: `${ROUND}/raw.json`,
      access: 'raw',
      summary:
        'Raw team answers (R8), for a token of role `raw` only: closed rounds, units with at least k answers, without ids, dates, page times, language or arrival order. Audited.',
      query: EmptyQuerySchema,
      responses: {
        200: '`[{ unit, form, instrument, answers }]`',
        403: 'not a raw-data token of this tenant',
        409: 'the round is not closed',
      },
    },
    async (c, who, { tenant, round }) => {
      readQuery(c, EmptyQuerySchema);
      const r = await requireRound(db, tenant, round);
      if (r.status !== 'closed')
        throw new HttpError(409, 'not_released', 'raw answers are exported after the round closes');
      await audit(db, { tenantId: tenant, actor: actor(who), action: 'raw.export', target: round });
      return stream(c, 'application/json; charset=utf-8', rawAnswers(db, tenant, round, r.k), 'raw.json');
    },
  );
}
