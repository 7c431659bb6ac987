/**
 * Registering an admin route of the route table with its access check, for route files beside
 * admin-routes.ts: the same order of checks (who is asking before anything of the body is read;
 * well-formed ids; the token's role and tenant; the tenant exists) and the principal on the
 * context.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { authenticate, authorize, type Principal, type Role } from '../auth/access.js';
import type { ServerContext } from '../context.js';
import { requireTenant } from '../domain/tenants.js';
import { spec, type RouteSpec } from './route-table.js';
import { parseInput, uuidParam } from './validate.js';

export type Handler = (c: Context, who: Principal, ids: { tenant: string; round: string }) => Promise<Response>;

export const actorOf = (who: Principal) => `token:${who.tokenId}`;

export function guardedRoutes(app: Hono, ctx: ServerContext) {
  return (s: RouteSpec, handler: Handler, ...middleware: MiddlewareHandler[]) => {
    spec(s);
    const roles: Role[] = s.access === 'operator' ? ['operator'] : s.access === 'raw' ? ['raw'] : ['operator', 'admin'];
    const guard: MiddlewareHandler = async (c, next) => {
      const who = await authenticate(c, ctx);
      const tenant = c.req.param('tenant');
      const round = c.req.param('round');
      if (tenant !== undefined) parseInput(uuidParam, tenant, 'tenant');
      if (round !== undefined) parseInput(uuidParam, round, 'round');
      // A route outside any tenant (the shipped themes) is open to every operator and admin token.
      if (tenant === undefined && s.access === 'admin') authorize(who, who.tenantId, roles);
      else authorize(who, tenant ?? null, roles);
      if (tenant !== undefined) await requireTenant(ctx.db, tenant);
      c.set('principal' as never, who as never);
      await next();
    };
    app.on(s.method, s.path, guard, ...middleware, (c: Context) =>
      handler(c, c.get('principal' as never) as Principal, {
        tenant: c.req.param('tenant') ?? '',
        round: c.req.param('round') ?? '',
      }),
    );
  };
}
