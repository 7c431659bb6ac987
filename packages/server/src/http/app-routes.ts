/**
 * What the administrators' app and the leader's page need without an API token: the app's page
 * and files, a tenant's theme stylesheet, and the leader's action plan behind the report link.
 */
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerContext } from '../context.js';
import { deletePlan, planWithPrevious, PlanInputSchema, savePlan } from '../domain/action-plans.js';
import { resolveLink } from '../domain/links.js';
import { ReleasedRound } from '../domain/reports.js';
import { getTheme, themeCss } from '../domain/themes.js';
import { appAsset } from '../pages/app-assets.js';
import { adminPage, APP_CSP } from '../pages/app-pages.js';
import { tooLarge } from './admin-routes.js';
import { notFound } from './errors.js';
import { spec } from './route-table.js';
import { readBody } from './validate.js';

/** One to three actions of a few hundred characters each. */
const PLAN_LIMIT = 32 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function appRoutes(app: Hono, ctx: ServerContext): void {
  const { db } = ctx;

  spec({
    method: 'GET',
    path: '/admin',
    access: 'public',
    summary:
      'The administrators’ app: sign in with an operator or tenant admin token; organisations, unit trees, rounds, links, participation, reports, themes. The page itself holds no data.',
    responses: { 200: 'HTML' },
  });
  const page = (c: Context) => {
    c.header('Content-Security-Policy', APP_CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    return c.html(adminPage());
  };
  app.get('/admin', page);
  app.get('/admin/', page);

  spec({
    method: 'GET',
    path: '/admin/assets/:file',
    access: 'public',
    summary: 'The app’s files: `admin.js`, `leader.js`, the chunks they share, `app.css`.',
    responses: { 200: 'the file', 404: 'no such file' },
  });
  app.get('/admin/assets/:file', (c) => {
    const found = appAsset(c.req.param('file'));
    if (!found) throw notFound('the file');
    c.header('content-type', found.type);
    c.header('Cache-Control', 'no-cache');
    return c.body(typeof found.body === 'string' ? found.body : new Uint8Array(found.body));
  });

  spec({
    method: 'GET',
    path: '/t/:tenant/theme.css',
    access: 'public',
    summary:
      'The tenant’s theme as a stylesheet, loaded after default.css by its survey pages, report pages and the app. Any other id gets an empty stylesheet, so the answer tells nobody which tenants exist.',
    responses: { 200: '`text/css`' },
  });
  app.get('/t/:tenant/theme.css', async (c) => {
    const tenant = c.req.param('tenant');
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    if (!UUID.test(tenant)) return c.body('');
    return c.body(themeCss(await getTheme(db, tenant)));
  });

  /** The report link's unit and round, once the round has closed (before, a 409 says when). */
  async function planTarget(c: Context) {
    const tenantId = c.req.param('tenant') ?? '';
    const link = await resolveLink(db, ctx.keys, tenantId, c.req.param('link') ?? '');
    if (!link || link.kind !== 'report' || link.revoked) throw notFound('the report link');
    const released = await ReleasedRound.load(db, tenantId, link.roundId);
    return { key: { tenantId, roundId: link.roundId, unitId: link.unitId }, released };
  }

  spec({
    method: 'GET',
    path: '/r/:tenant/:link/plan',
    access: 'capability',
    summary:
      'The leader’s action plan for this unit and round, and the plan of the previous round beside it. Only this report link reads it; administrators see it only when the leader shares it.',
    responses: {
      200: '`{ plan: { actions, shared, updatedOn } | null, previous: { round, plan } | null }`',
      404: 'unknown or revoked link',
      409: 'the round is not closed',
    },
  });
  app.get('/r/:tenant/:link/plan', async (c) => {
    c.header('Cache-Control', 'no-store');
    const { key, released } = await planTarget(c);
    return c.json(await planWithPrevious(db, released, key.unitId));
  });

  spec({
    method: 'PUT',
    path: '/r/:tenant/:link/plan',
    access: 'capability',
    summary:
      'Saves the leader’s action plan: one to three actions, each from the report’s advice (`source: "advice"`, its `topic`) or the leader’s own (`"own"`), with a `nextStep` and a `followUp` date; `shared: true` lets the tenant’s administrators read it (audited, as is taking it back).',
    body: PlanInputSchema,
    responses: {
      200: 'the plan',
      404: 'unknown or revoked link',
      409: 'the round is not closed',
      422: 'a field breaks its rule',
    },
  });
  app.put(
    '/r/:tenant/:link/plan',
    bodyLimit({
      maxSize: PLAN_LIMIT,
      onError: () => {
        throw tooLarge(PLAN_LIMIT);
      },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const { key } = await planTarget(c);
      const input = await readBody(c, PlanInputSchema);
      return c.json(await db.tx((q) => savePlan(q, key, input)));
    },
  );

  spec({
    method: 'DELETE',
    path: '/r/:tenant/:link/plan',
    access: 'capability',
    summary: 'Deletes the leader’s action plan for this unit and round.',
    responses: { 204: 'deleted (or there was none)', 404: 'unknown or revoked link', 409: 'the round is not closed' },
  });
  app.delete('/r/:tenant/:link/plan', async (c) => {
    const { key } = await planTarget(c);
    await db.tx((q) => deletePlan(q, key));
    return c.body(null, 204);
  });
}
