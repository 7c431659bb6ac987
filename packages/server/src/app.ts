/**
 * The HTTP application: routes, and the one place where an error becomes an answer. Bad input is
 * a 4xx naming the field and rule; a database that is down or busy is a 503 with Retry-After;
 * anything else is a 500 whose log line holds no request body (answers) and no token.
 */
import { BalanseError } from '@balanse/core';
import { Hono } from 'hono';
import type { ServerContext } from './context.js';
import { DatabaseUnavailableError, isUnavailable } from './db/database.js';
import { adminRoutes } from './http/admin-routes.js';
import { appRoutes } from './http/app-routes.js';
import { consoleRoutes } from './http/console-routes.js';
import { fromBalanseError, HttpError } from './http/errors.js';
import { publicRoutes } from './http/public-routes.js';

export interface AppOptions {
  /** Whether the server is ready (migrations done); /healthz answers 503 until it is. */
  ready?: () => boolean;
}

/** Masks the secret part of link URLs so a log line never holds a token. */
export const redactPath = (path: string) => path.replace(/^\/(s|r)\/([^/]+)\/[^/]+/, '/$1/$2/…');

export function createApp(ctx: ServerContext, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    // On the response's own headers: `c.header` after the handler has answered rebuilds the
    // response around its body as a stream, which costs every request a web Response and makes
    // @hono/node-server stream a body it would otherwise write in one piece.
    try {
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
    } catch {
      // A response with immutable headers (none of ours today) takes the slow way.
      c.header('X-Content-Type-Options', 'nosniff');
    }
  });
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.body(), error.status as 400);
    }
    if (error instanceof BalanseError) return c.json(fromBalanseError(error).body(), 422);
    if (error instanceof DatabaseUnavailableError || isUnavailable(error)) {
      const retryAfter = error instanceof DatabaseUnavailableError ? error.retryAfter : 5;
      c.header('Retry-After', String(retryAfter));
      return c.json(
        {
          error: { code: 'unavailable', message: 'the server is busy or its database is unavailable; try again later' },
        },
        503,
      );
    }
    // A value the database cannot hold (a data exception) is the request's fault, not ours.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('22')) {
      return c.json(
        new HttpError(422, 'invalid_input', 'a value of the request cannot be stored', {
          field: '(body)',
          rule: 'must be storable text and numbers',
        }).body(),
        422,
      );
    }
    ctx.log(
      `error: ${c.req.method} ${redactPath(c.req.path)}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
    return c.json(
      { error: { code: 'internal', message: 'something went wrong on the server; it has been logged' } },
      500,
    );
  });
  app.notFound((c) =>
    c.json(new HttpError(404, 'not_found', `no route for ${c.req.method} ${redactPath(c.req.path)}`).body(), 404),
  );
  publicRoutes(app, ctx, options.ready ?? (() => true));
  adminRoutes(app, ctx);
  // The administrators' app and the leader's page (issue 11).
  consoleRoutes(app, ctx);
  appRoutes(app, ctx);
  return app;
}
