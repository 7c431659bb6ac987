/**
 * A body limit for the hot path. Hono's `bodyLimit` reads `c.req.raw.body` first, which makes
 * @hono/node-server build a full web `Request` and a `ReadableStream` over the socket for every
 * request, only to look at a header; the survey link's `c.req.text()` then reads through that
 * stream instead of straight from the socket. When the request says its length
 * (`Content-Length`, no `Transfer-Encoding`), Node's parser reads exactly that many bytes, so the
 * header is the whole check; a chunked body of unknown length still goes through `bodyLimit`,
 * which counts what arrives and stops at the limit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { tooLarge } from './admin-routes.js';

export function limitBody(maxSize: number): MiddlewareHandler {
  const counted = bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge(maxSize);
    },
  });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined && /^\d+$/.test(length)) {
      if (Number(length) > maxSize) throw tooLarge(maxSize);
      await next();
      return;
    }
    return counted(c, next);
  };
}
