/** Driving a server over real HTTP: the admin calls of a round, and a storm of submissions. */
import * as z from 'zod';
import { OPERATOR, submission } from './harness.js';

/** The body of every refusal (src/http/errors.ts's ErrorBody), checked rather than assumed. */
const RefusalSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    rule: z.string().optional(),
    row: z.number().optional(),
  }),
});

/** The `error` of a refusal's JSON text; fails the test when the body does not have that shape. */
export const refusalIn = (text: string) => RefusalSchema.parse(JSON.parse(text)).error;

/** The `error` of a refused response; fails the test when the body does not have that shape. */
export const refusal = async (res: Response) => refusalIn(await res.text());

export async function api<T>(base: string, path: string, method = 'GET', json?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${OPERATOR}`,
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A tenant with one unit and an open round; returns its team link's URL on `base` and the round's admin path. */
export async function roundOn(base: string): Promise<{ link: string; roundPath: string }> {
  const tenant = await api<{ id: string }>(base, '/v1/tenants', 'POST', { name: 'Storm' });
  await api(base, `/v1/tenants/${tenant.id}/units`, 'PUT', [{ id: 'team', name: 'Team' }]);
  const round = await api<{ id: string }>(base, `/v1/tenants/${tenant.id}/rounds`, 'POST', { name: 'Storm' });
  const roundPath = `/v1/tenants/${tenant.id}/rounds/${round.id}`;
  await api(base, `${roundPath}/open`, 'POST');
  const links = await api<{ kind: string; url: string }[]>(base, `${roundPath}/links`);
  return { link: new URL(links.find((l) => l.kind === 'team')!.url).pathname, roundPath };
}

export type Outcome = { id: string; status: number | 'error'; retryAfter: string | null };

/** POSTs one submission as the survey does; a network error is an outcome too. */
export async function post(base: string, link: string, body: ReturnType<typeof submission>): Promise<Outcome> {
  try {
    const res = await fetch(`${base}${link}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': body.submissionId },
      body: JSON.stringify(body),
      // A hang detector only: far above any answer time on a busy machine.
      signal: AbortSignal.timeout(120_000),
    });
    await res.arrayBuffer();
    return { id: body.submissionId, status: res.status, retryAfter: res.headers.get('retry-after') };
  } catch {
    return { id: body.submissionId, status: 'error', retryAfter: null };
  }
}

/** Sends every body with `concurrency` requests in flight; `base()` may change between requests. */
export async function storm(
  base: () => string,
  link: string,
  bodies: readonly ReturnType<typeof submission>[],
  concurrency = 20,
  onOutcome: (o: Outcome) => void = () => {},
): Promise<Outcome[]> {
  const out: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const o = await post(base(), link, body);
        out.push(o);
        onOutcome(o);
      }
    }),
  );
  return out;
}
