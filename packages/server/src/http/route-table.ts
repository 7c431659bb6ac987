/**
 * The HTTP API as data: every route with who may call it, what it takes and what it answers.
 * The app registers its handlers against these entries, and docs/server/http-api.md is
 * generated from them (`pnpm docs:server-api`), so the reference cannot drift from the code.
 */
import type * as z from 'zod';

export type Access = 'public' | 'operator' | 'admin' | 'raw' | 'capability';

export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  readonly path: string;
  readonly access: Access;
  readonly summary: string;
  readonly body?: z.ZodType | { readonly description: string; readonly schema?: z.ZodType };
  readonly query?: z.ZodType;
  readonly responses: Readonly<Record<number, string>>;
}

export const ROUTES: RouteSpec[] = [];

/** Records a route (once: every app created registers the same table). */
export function spec(route: RouteSpec): RouteSpec {
  if (!ROUTES.some((r) => r.method === route.method && r.path === route.path)) ROUTES.push(route);
  return route;
}
