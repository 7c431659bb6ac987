/**
 * A real HTTP server for the delivery tests: it receives survey submissions like a host's
 * endpoint would, and can be scripted to fail (any status), hang until the client times out, or
 * drop the connection. It counts every request and every distinct delivery by Idempotency-Key,
 * so a test can prove that an answer arrived exactly once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One scripted reply: an HTTP status, a status with response headers (e.g. `Retry-After`), a hang
 * (the client must time out), or a dropped connection.
 */
export type ScriptedReply = number | { status: number; headers?: Record<string, string> } | 'hang' | 'drop';

export interface DeliveryState {
  /** Every POST to /submit, in arrival order, including retries and duplicates; `at` is the server's clock in ms. */
  requests: { key: string | null; status: number | 'hang' | 'drop'; body: unknown; at: number }[];
  /** Accepted deliveries per Idempotency-Key: a repeat of a delivered key is answered, not counted. */
  deliveries: Record<string, number>;
}

export interface DeliveryServer {
  url: string;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'content-type, idempotency-key',
  'access-control-max-age': '600',
  // Retry-After is not a CORS-safelisted response header: without this, a cross-origin client cannot read it.
  'access-control-expose-headers': 'retry-after',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...CORS, ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Test files run in parallel, so each may use its own channel: `/submit/<channel>` with its own
 * script and state (`?channel=<channel>` on the control routes). Plain `/submit` is channel "".
 */
export async function startDeliveryServer(): Promise<DeliveryServer> {
  const channels = new Map<string, { script: ScriptedReply[]; state: DeliveryState }>();
  const channel = (name: string) => {
    let found = channels.get(name);
    if (!found) channels.set(name, (found = { script: [], state: { requests: [], deliveries: {} } }));
    return found;
  };
  const hanging = new Set<ServerResponse>();

  /** Answers one request; a throw becomes a 500 that names it, never an unhandled rejection. */
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    const named = url.searchParams.get('channel') ?? '';
    if (url.pathname === '/__control/reset' && req.method === 'POST') {
      channels.delete(named);
      if (named === '') {
        for (const r of hanging) r.destroy();
        hanging.clear();
      }
      json(res, 200, { ok: true });
      return;
    }
    if (url.pathname === '/__control/script' && req.method === 'POST') {
      channel(named).script = JSON.parse(await readBody(req)) as ScriptedReply[];
      json(res, 200, { ok: true });
      return;
    }
    if (url.pathname === '/__control/state' && req.method === 'GET') {
      json(res, 200, channel(named).state);
      return;
    }
    const submit = /^\/submit(?:\/([\w-]+))?$/.exec(url.pathname);
    if (submit && req.method === 'POST') {
      const { script, state } = channel(submit[1] ?? '');
      const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
      const text = await readBody(req);
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Kept as text: the test decides whether that is a failure.
      }
      const reply = script.shift() ?? 201;
      const status = typeof reply === 'object' ? reply.status : reply;
      state.requests.push({ key, status, body, at: Date.now() });
      if (status === 'drop') {
        req.socket.destroy();
        return;
      }
      if (status === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (status >= 200 && status < 300 && key) {
        const seen = state.deliveries[key] !== undefined;
        state.deliveries[key] = (state.deliveries[key] ?? 0) + (seen ? 0 : 1);
        json(res, seen ? 200 : status, { received: true, duplicate: seen });
        return;
      }
      json(res, status, { error: `scripted ${status}` }, typeof reply === 'object' ? reply.headers : undefined);
      return;
    }
    json(res, 404, { error: 'not found' });
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: String(error) });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of hanging) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
