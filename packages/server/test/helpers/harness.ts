/**
 * A server on a test database, driven with `app.request()` (no sockets): helpers to create a
 * tenant with a tree, rounds, links, and valid submissions.
 */
import { randomUUID } from 'node:crypto';
import { instrument } from '@balanse/core';
import { createBalanse, type Balanse } from '../../src/server.js';
import type { EngineCase, TestDatabase } from './engines.js';

export const OPERATOR = 'bal_operator-token-for-the-tests-only-0000000';

export interface Harness {
  readonly engine: EngineCase['name'];
  readonly balanse: Balanse;
  readonly database: TestDatabase;
  /** A request to the app; `token` adds the Authorization header. */
  request(path: string, init?: RequestInit & { token?: string | null; json?: unknown }): Promise<Response>;
  /** A request that must answer `status`; returns the parsed JSON (or text). */
  ok<T = unknown>(
    path: string,
    init?: RequestInit & { token?: string | null; json?: unknown },
    status?: number,
  ): Promise<T>;
  close(): Promise<void>;
}

export async function harness(engine: EngineCase): Promise<Harness> {
  const database = await engine.open();
  const balanse = await createBalanse({
    db: database.db,
    adminToken: OPERATOR,
    publicUrl: 'http://balanse.test',
    log: (m: string) => {
      if (m.startsWith('error')) console.error(m);
    },
  });
  const request: Harness['request'] = (path, init = {}) => {
    const { token = OPERATOR, json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return Promise.resolve(
      balanse.app.request(path.replace(/^https?:\/\/[^/]+/, ''), {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      }),
    );
  };
  return {
    engine: engine.name,
    balanse,
    database,
    request,
    async ok<T>(path: string, init: RequestInit & { token?: string | null; json?: unknown } = {}, status = 200) {
      const res = await request(path, init);
      const text = await res.text();
      if (res.status !== status)
        throw new Error(`${init.method ?? 'GET'} ${path}: expected ${status}, got ${res.status}: ${text}`);
      const type = res.headers.get('content-type') ?? '';
      return (type.includes('json') && text ? JSON.parse(text) : text) as T;
    },
    close: () => database.close(),
  };
}

export interface Unit {
  id: string;
  parent?: string;
  name: string;
  headcount?: number;
}

/** A tenant with a tree and an open round; returns the ids and the survey links by unit and kind. */
export async function openRound(h: Harness, units: Unit[], options: { k?: number; selfForm?: boolean } = {}) {
  const tenant = await h.ok<{ id: string }>(
    '/v1/tenants',
    { method: 'POST', json: { name: `T ${randomUUID()}`, ...(options.k ? { k: options.k } : {}) } },
    201,
  );
  await h.ok(`/v1/tenants/${tenant.id}/units`, { method: 'PUT', json: units });
  const round = await h.ok<{ id: string }>(
    `/v1/tenants/${tenant.id}/rounds`,
    {
      method: 'POST',
      json: { name: 'Spring', locale: 'en', ...(options.selfForm === false ? { selfForm: false } : {}) },
    },
    201,
  );
  const base = `/v1/tenants/${tenant.id}/rounds/${round.id}`;
  await h.ok(`${base}/open`, { method: 'POST' });
  const links = await h.ok<{ unit: string; kind: string; url: string }[]>(`${base}/links`);
  const link = (unit: string, kind = 'team') => links.find((l) => l.unit === unit && l.kind === kind)!.url;
  return { tenant: tenant.id, round: round.id, base, links, link };
}

/** A valid submission; `answers` default to every item of the instrument answered with `value`. */
export function submission(
  value: number | ((item: string, i: number) => number) = 4,
  overrides: Record<string, unknown> = {},
) {
  const answers: Record<string, number> = {};
  instrument.items.forEach((item, i) => {
    answers[item.id] = typeof value === 'function' ? value(item.id, i) : value;
  });
  return {
    submissionId: randomUUID(),
    instrument: { id: instrument.id, version: instrument.version },
    form: 'team',
    answers,
    locale: 'en',
    pageTimes: [60_000, 60_000, 60_000, 60_000, 60_000],
    submittedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** POSTs a submission to a survey link as the survey does. */
export function send(
  h: Harness,
  url: string,
  body: { submissionId: string } & Record<string, unknown>,
  key: string | null = body.submissionId,
  headers: Record<string, string> = {},
) {
  return h.request(url, {
    method: 'POST',
    token: null,
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...headers },
    body: JSON.stringify(body),
  });
}
