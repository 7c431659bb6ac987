/**
 * The admin API the administrators' app needs beyond the contract of SERVER.md (issue 11): who a
 * token is, a dry run of a unit import, editing one unit, a tenant's theme, and the action plans
 * leaders chose to share.
 */
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { TOKENS } from '@balanse/components';
import { authenticate } from '../auth/access.js';
import type { ServerContext } from '../context.js';
import { sharedPlans } from '../domain/action-plans.js';
import { audit } from '../domain/audit.js';
import { requireRound, roundUnits } from '../domain/rounds.js';
import { getTenant } from '../domain/tenants.js';
import {
  getTheme,
  resolvedTokens,
  saveTheme,
  shippedThemes,
  ThemeInputSchema,
  validateTheme,
} from '../domain/themes.js';
import { editUnit, UnitEditSchema } from '../domain/unit-edit.js';
import { previewUnitsCsv, previewUnitsJson } from '../domain/units-preview.js';
import { tooLarge } from './admin-routes.js';
import { HttpError, invalid } from './errors.js';
import { actorOf, guardedRoutes } from './guard.js';
import { spec } from './route-table.js';
import { UnitParamSchema } from './schemas.js';
import { jsonBody, parseInput, readBody } from './validate.js';

const JSON_LIMIT = 256 * 1024;
const UNITS_LIMIT = 8 * 1024 * 1024;
const limit = (max: number) =>
  bodyLimit({
    maxSize: max,
    onError: () => {
      throw tooLarge(max);
    },
  });

const TENANT = '/v1/tenants/:tenant';

/** Why a token was refused, for the sign-in screen: one word the app can translate. */
function refusal(message: string): 'missing' | 'expired' | 'revoked' | 'invalid' {
  if (/expired/.test(message)) return 'expired';
  if (/revoked/.test(message)) return 'revoked';
  if (/needs Authorization|must be "Bearer/.test(message)) return 'missing';
  return 'invalid';
}

export function consoleRoutes(app: Hono, ctx: ServerContext): void {
  const { db } = ctx;
  const route = guardedRoutes(app, ctx);

  spec({
    method: 'GET',
    path: '/v1/session',
    access: 'admin',
    summary:
      'Who the token is: `operator` (every tenant) or `admin` of one tenant, and when it expires. A refused token gets a 401 whose `reason` says why: `missing`, `invalid`, `expired` or `revoked`; a raw-data token gets a 403.',
    responses: {
      200: '`{ role, tenant: { id, name } | null, expiresAt }`',
      401: '`{ error: { code, message, reason } }`',
      403: 'a raw-data token',
    },
  });
  app.get('/v1/session', async (c: Context) => {
    let who;
    try {
      who = await authenticate(c, ctx);
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
        return c.json({ error: { ...error.body().error, reason: refusal(error.message) } }, 401);
      }
      throw error;
    }
    if (who.role === 'raw') {
      throw new HttpError(403, 'forbidden', 'a raw-data token only downloads raw answers; sign in with an admin token');
    }
    const rows = await db.query<{ expires_at: Date | null }>('SELECT expires_at FROM api_token WHERE id::text = $1', [
      who.tokenId,
    ]);
    const tenant = who.tenantId ? await getTenant(db, who.tenantId) : undefined;
    return c.json({
      role: who.role,
      tenant: tenant ? { id: tenant.id, name: tenant.name } : null,
      expiresAt: rows[0]?.expires_at ? new Date(rows[0].expires_at).toISOString() : null,
    });
  });

  route(
    {
      method: 'POST',
      path: `${TENANT}/units/preview`,
      access: 'admin',
      summary:
        'A dry run of `PUT …/units`: the same JSON or CSV, checked with the same rules, nothing saved. Lists every row with what it holds and every rule it breaks, so a file can be fixed before it is imported. An empty file is refused: there is nothing to import.',
      body: { description: 'JSON array of units, or CSV (`id,parent,name,headcount[,locale]`)' },
      responses: {
        200: 'every row passes: `{ ok: true, header: null, rows: [{ row, values, problems: [] }], badRows: 0 }`',
        415: 'neither JSON nor CSV',
        422: '`{ error: { field, rule, row }, preview: { ok: false, header: { field, rule } | null, rows: [{ row, values, problems: [{ field, rule }] }], badRows } }`: the first problem, and every row with each rule it breaks (an empty file too)',
      },
    },
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      const preview = /^text\/csv\b/i.test(type)
        ? previewUnitsCsv(await c.req.text())
        : previewUnitsJson(await jsonBody(c));
      if (preview.ok && preview.rows.length > 0) return c.json(preview);
      // Something to fix: a 422 like the import's, naming the first problem, with every row beside it.
      const bad = preview.rows.find((r) => r.problems.length > 0);
      const problem = preview.header ?? bad?.problems[0] ?? { field: '(body)', rule: 'must hold at least one unit' };
      const error = invalid(problem.field, problem.rule, preview.header ? 0 : bad?.row);
      return c.json({ ...error.body(), preview }, 422);
    },
    limit(UNITS_LIMIT),
  );

  route(
    {
      method: 'PATCH',
      path: `${TENANT}/units/:unit`,
      access: 'admin',
      summary:
        'Changes one unit’s name, parent (`null` for a root) or expected headcount (`null` for unknown). The whole tree is checked again; open rounds keep the tree they copied.',
      body: UnitEditSchema,
      responses: { 200: 'the tree as stored', 404: 'no such unit', 422: 'a field breaks its rule' },
    },
    async (c, who, { tenant }) => {
      const unit = parseInput(UnitParamSchema, c.req.param('unit'), 'unit');
      const edit = await readBody(c, UnitEditSchema);
      const tree = await db.tx((q) => editUnit(q, tenant, unit, edit));
      await audit(db, { tenantId: tenant, actor: actorOf(who), action: 'unit.edit', target: unit });
      return c.json(tree);
    },
    limit(JSON_LIMIT),
  );

  route(
    {
      method: 'GET',
      path: '/v1/themes',
      access: 'admin',
      summary: 'The shipped themes a tenant can start from, and every design token with its default value.',
      responses: { 200: '`{ themes: ["default", …], tokens: { "color-accent": "#1d5c87", … } }`' },
    },
    (c) => Promise.resolve(c.json({ themes: shippedThemes(), tokens: TOKENS })),
  );
  route(
    {
      method: 'GET',
      path: `${TENANT}/theme`,
      access: 'admin',
      summary: 'The tenant’s theme: a shipped base theme and the tokens set over it.',
      responses: { 200: '`{ base, tokens }`' },
    },
    async (c, _who, { tenant }) => c.json(await getTheme(db, tenant)),
  );
  route(
    {
      method: 'PUT',
      path: `${TENANT}/theme`,
      access: 'admin',
      summary:
        'Sets the tenant’s theme, used by its survey pages, report pages and the administrators’ app (`/t/:tenant/theme.css`). Only Balanse’s global tokens, each with a plain CSS value of its kind (a colour, a length, a font list…); anything else is refused naming the token.',
      body: ThemeInputSchema,
      responses: { 200: '`{ base, tokens }`', 422: '`tokens.<name>`: unknown token or not a plain value of its kind' },
    },
    async (c, who, { tenant }) => {
      const theme = validateTheme(await readBody(c, ThemeInputSchema));
      await saveTheme(db, tenant, theme);
      await audit(db, { tenantId: tenant, actor: actorOf(who), action: 'theme.update', target: theme.base });
      return c.json(theme);
    },
    limit(JSON_LIMIT),
  );
  route(
    {
      method: 'POST',
      path: `${TENANT}/theme/preview`,
      access: 'admin',
      summary:
        'Checks a theme as `PUT …/theme` does, without saving it, and answers every token’s value under it: what the app’s live preview applies.',
      body: ThemeInputSchema,
      responses: { 200: '`{ theme: { base, tokens }, tokens: { name: value } }`', 422: 'as for PUT' },
    },
    async (c) => {
      const theme = validateTheme(await readBody(c, ThemeInputSchema));
      return c.json({ theme, tokens: resolvedTokens(theme) });
    },
    limit(JSON_LIMIT),
  );

  route(
    {
      method: 'GET',
      path: `${TENANT}/rounds/:round/units`,
      access: 'admin',
      summary:
        'The round’s own copy of the unit tree, taken when it opened (later changes to the tenant’s tree do not move it); a draft has none yet.',
      responses: { 200: '`[{ id, parent, name, headcount, locale }]`' },
    },
    async (c, _who, { tenant, round }) => {
      await requireRound(db, tenant, round);
      return c.json(await roundUnits(db, tenant, round));
    },
  );

  route(
    {
      method: 'GET',
      path: `${TENANT}/rounds/:round/plans`,
      access: 'admin',
      summary:
        'The action plans their leaders chose to share, per unit. A plan a leader has not shared is never in this answer. Audited.',
      responses: { 200: '`[{ unit, plan: { actions, shared, updatedOn } }]`' },
    },
    async (c, who, { tenant, round }) => {
      await requireRound(db, tenant, round);
      await audit(db, { tenantId: tenant, actor: actorOf(who), action: 'plans.read', target: round });
      return c.json(await sharedPlans(db, tenant, round));
    },
  );
}
