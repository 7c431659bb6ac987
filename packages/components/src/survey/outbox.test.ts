import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enqueue, isQueued, queuedFor } from './outbox.js';
import { deliver, flush } from './send.js';
import { backoff, retryAfter, type RetryPolicy } from './retry.js';
import { SafeStore } from '../base/storage.js';
import { unique, waitFor } from '../../test/helpers.js';
import { channel, serverOrigin } from '../../test/survey.js';

/**
 * Retries after milliseconds. The timeout is what a scripted `hang` costs; it stays far above what
 * a reply takes on a busy machine, so no real reply is ever cut off and retried.
 */
const fast: RetryPolicy = { retryDelay: 5, timeout: 2000, maxAttempts: 4 };

/** Queues one submission for `endpoint`, with a draft to clear on delivery. */
function queue(store: SafeStore, endpoint: string) {
  const id = unique('sub');
  const draftKey = unique('draft');
  store.set(draftKey, '{"answers":{}}');
  enqueue(store, id, { endpoint, body: JSON.stringify({ submissionId: id, answers: { q01: 4 } }), draftKey });
  return { id, draftKey };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await commands.setNetworkBlocked(serverOrigin, false);
});

describe('backoff and Retry-After', () => {
  it('doubles per attempt with jitter between half and the whole, capped at a minute', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(100 * 2 ** (attempt - 1), 60_000);
      for (let i = 0; i < 20; i++) {
        const wait = backoff(attempt, 100);
        expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
        expect(wait).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfter('3')).toBe(3000);
    expect(retryAfter(null)).toBe(0);
    expect(retryAfter('soon')).toBe(0);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    expect(retryAfter(inTwoMinutes)).toBeGreaterThan(100_000);
    expect(retryAfter(new Date(Date.now() - 5000).toUTCString())).toBe(0);
  });
});

describe('the outbox', () => {
  it('posts the JSON body with the Idempotency-Key, then clears the entry and the draft', async () => {
    const server = channel();
    const store = new SafeStore('local');
    const { id, draftKey } = queue(store, server.endpoint);
    expect(queuedFor(store, server.endpoint)).toEqual([id]);
    await expect(deliver(store, id, fast)).resolves.toEqual({ kind: 'delivered', status: 201 });
    const [request] = await server.requests();
    expect(request).toMatchObject({ key: id, body: { submissionId: id, answers: { q01: 4 } } });
    expect(isQueued(store, id)).toBe(false);
    expect(store.get(draftKey)).toBeNull();
  });

  it('retries 500, 429, a timeout and a dropped connection, then delivers once', async () => {
    const server = channel();
    await server.script([500, 429, 'hang', 'drop', 503]);
    const store = new SafeStore('local');
    const { id } = queue(store, server.endpoint);
    const reasons: string[] = [];
    const outcome = await deliver(store, id, { ...fast, maxAttempts: 6 }, (reason, status) =>
      reasons.push(`${reason}:${status}`),
    );
    expect(outcome).toEqual({ kind: 'delivered', status: 201 });
    expect(reasons).toEqual(['server:500', 'server:429', 'offline:null', 'offline:null', 'server:503']);
    const state = await server.state();
    expect(state.requests.map((r) => r.key)).toEqual(Array(6).fill(id));
    expect(state.deliveries).toEqual({ [id]: 1 });
  });

  it('honours Retry-After before retrying', async () => {
    const server = channel();
    await server.script([{ status: 429, headers: { 'retry-after': '1' } }]);
    const store = new SafeStore('local');
    const { id } = queue(store, server.endpoint);
    await expect(deliver(store, id, fast)).resolves.toMatchObject({ kind: 'delivered' });
    const [first, second] = await server.requests();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('keeps the entry and reports queued when every attempt fails', async () => {
    const server = channel();
    await server.script([503, 503, 503, 503]);
    const store = new SafeStore('local');
    const { id, draftKey } = queue(store, server.endpoint);
    await expect(deliver(store, id, fast)).resolves.toEqual({ kind: 'queued' });
    expect((await server.requests()).length).toBe(4);
    expect(isQueued(store, id)).toBe(true);
    expect(store.get(draftKey)).not.toBeNull();
    // The next flush (online, next load) delivers it.
    await expect(deliver(store, id, fast)).resolves.toMatchObject({ kind: 'delivered' });
  });

  it('gives up at once on a refusal (4xx), dropping the entry but keeping the draft', async () => {
    const server = channel();
    await server.script([422]);
    const store = new SafeStore('local');
    const { id, draftKey } = queue(store, server.endpoint);
    await expect(deliver(store, id, fast)).resolves.toEqual({ kind: 'failed', status: 422 });
    expect((await server.requests()).length).toBe(1);
    expect(isQueued(store, id)).toBe(false);
    expect(store.get(draftKey)).not.toBeNull();
  });

  it('does not touch the network while the browser says it is offline', async () => {
    const server = channel();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const store = new SafeStore('local');
    const { id } = queue(store, server.endpoint);
    const reasons: string[] = [];
    await expect(deliver(store, id, fast, (reason) => reasons.push(reason))).resolves.toEqual({ kind: 'queued' });
    expect(reasons).toEqual(['offline']);
    expect(await server.requests()).toEqual([]);
  });

  it('shares one delivery between callers on the page: never two requests at once', async () => {
    const server = channel();
    await server.script([500]);
    const store = new SafeStore('local');
    const { id } = queue(store, server.endpoint);
    const outcomes = await Promise.all([deliver(store, id, fast), deliver(store, id, fast), deliver(store, id, fast)]);
    expect(outcomes.map((o) => o.kind)).toEqual(['delivered', 'delivered', 'delivered']);
    expect((await server.requests()).length).toBe(2);
    expect((await server.state()).deliveries).toEqual({ [id]: 1 });
  });

  it('flushes every entry for an endpoint, and only those', async () => {
    const server = channel();
    const other = channel();
    const store = new SafeStore('local');
    const a = queue(store, server.endpoint);
    const b = queue(store, server.endpoint);
    const c = queue(store, other.endpoint);
    flush(store, server.endpoint, fast);
    await waitFor(() => !isQueued(store, a.id) && !isQueued(store, b.id), 'both delivered');
    expect(Object.keys((await server.state()).deliveries).sort()).toEqual([a.id, b.id].sort());
    expect(isQueued(store, c.id)).toBe(true);
    expect(await other.requests()).toEqual([]);
  });

  it('keeps the entry through a dead network and delivers once it is back', async () => {
    const server = channel();
    const store = new SafeStore('local');
    const { id } = queue(store, server.endpoint);
    await commands.setNetworkBlocked(serverOrigin, true);
    await expect(deliver(store, id, fast)).resolves.toEqual({ kind: 'queued' });
    await commands.setNetworkBlocked(serverOrigin, false);
    await expect(deliver(store, id, fast)).resolves.toMatchObject({ kind: 'delivered' });
    expect((await server.state()).deliveries).toEqual({ [id]: 1 });
  });
});
