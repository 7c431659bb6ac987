import { ReactiveElement } from 'lit';
import { instrument, type Submission } from '@balanse/core';
import { afterEach, describe, expect, it } from 'vitest';
import { record, unique, waitFor } from '../../../test/helpers.js';
import { channel } from '../../../test/survey.js';
import { isQueued, outboxKey } from '../outbox.js';
import type { RetryPolicy } from '../retry.js';
import { SafeStore } from '../../base/storage.js';
import { DeliveryController } from './delivery.js';

class DeliveringHost extends ReactiveElement {
  endpoint = '';
  policy: RetryPolicy = { retryDelay: 5, timeout: 2000, maxAttempts: 3 };
  readonly store = new SafeStore('local');
  readonly draftKey = unique('draft');
  readonly delivery = new DeliveryController(this, {
    store: () => this.store,
    draftKey: () => this.draftKey,
    endpoint: () => this.endpoint,
    policy: () => this.policy,
  });
}
customElements.define('test-delivery-host', DeliveringHost);

function submission(id: string): Submission {
  return {
    submissionId: id,
    instrument: { id: instrument.id, version: instrument.version },
    form: 'team',
    answers: { q01: 4 },
    locale: 'nb',
    pageTimes: [1000, 0, 0, 0, 0],
    submittedAt: new Date().toISOString(),
  };
}

/** A connected host with a draft and a fresh submission id. */
/** A host whose one delivery attempt met a busy server, so its submission waits in the outbox. */
async function queuedHost(): Promise<DeliveringHost> {
  const server = channel();
  await server.script([503]);
  const el = host(server.endpoint, { maxAttempts: 1 });
  el.delivery.send(submission(el.delivery.submissionId));
  await waitFor(() => el.delivery.status === 'queued', 'queued');
  return el;
}

function host(endpoint = '', policy?: Partial<RetryPolicy>): DeliveringHost {
  const el = new DeliveringHost();
  el.endpoint = endpoint;
  el.policy = { ...el.policy, ...policy };
  el.store.set(el.draftKey, '{"answers":{"q01":4}}');
  el.delivery.start(unique('sub'));
  document.body.append(el);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('DeliveryController', () => {
  it('starts idle and unlocked', () => {
    const el = host();
    expect([el.delivery.status, el.delivery.locked]).toEqual(['idle', false]);
  });

  it('without an endpoint, counts the submission as delivered and clears the draft', () => {
    const el = host();
    const events = record(el, 'balanse-delivered');
    el.delivery.send(submission(el.delivery.submissionId));
    expect(el.delivery.status).toBe('delivered');
    expect(el.delivery.locked).toBe(true);
    expect(el.store.get(el.draftKey)).toBeNull();
    expect(events.map((e) => (e as CustomEvent<unknown>).detail)).toEqual([
      { submissionId: el.delivery.submissionId, status: null },
    ]);
  });

  it('posts through the outbox: sending, then delivered, outbox and draft cleared', async () => {
    const server = channel();
    const el = host(server.endpoint);
    const id = el.delivery.submissionId;
    const events = record(el, 'balanse-delivered');
    el.delivery.send(submission(id));
    expect(el.delivery.status).toBe('sending');
    await waitFor(() => el.delivery.status === 'delivered', 'delivered');
    expect(events).toHaveLength(1);
    expect(isQueued(el.store, id)).toBe(false);
    expect(el.store.get(el.draftKey)).toBeNull();
    expect((await server.state()).deliveries).toEqual({ [id]: 1 });
  });

  it('tells the host once that the submission waits, and keeps it queued', async () => {
    const server = channel();
    await server.script([503, 503]);
    const el = host(server.endpoint, { maxAttempts: 2 });
    const events = record(el, 'balanse-queued');
    el.delivery.send(submission(el.delivery.submissionId));
    await waitFor(() => el.delivery.status === 'queued' && events.length > 0, 'queued');
    await waitFor(async () => (await server.requests()).length === 2, 'both attempts');
    expect(events.map((e) => (e as CustomEvent<unknown>).detail)).toEqual([
      { submissionId: el.delivery.submissionId, reason: 'server', status: 503 },
    ]);
    expect(isQueued(el.store, el.delivery.submissionId)).toBe(true);
    expect(el.delivery.locked).toBe(true);
    // `online` (or Try again) resumes it.
    el.delivery.resume();
    await waitFor(() => el.delivery.status === 'delivered', 'delivered on resume');
  });

  it('reports a refusal with its status and unlocks the answers', async () => {
    const server = channel();
    await server.script([422]);
    const el = host(server.endpoint);
    const events = record(el, 'balanse-failed');
    el.delivery.send(submission(el.delivery.submissionId));
    await waitFor(() => el.delivery.status === 'failed', 'failed');
    expect(el.delivery.refusedStatus).toBe(422);
    expect(el.delivery.locked).toBe(false);
    expect(events).toHaveLength(1);
    expect(el.store.get(el.draftKey)).not.toBeNull();
  });

  it('shows a queued submission as delivered when another tab delivers it', async () => {
    const el = await queuedHost();
    // What the other tab's delivery leaves: no entry, no draft; then its storage event reaches us.
    el.store.remove(outboxKey(el.delivery.submissionId));
    el.store.remove(el.draftKey);
    dispatchEvent(new StorageEvent('storage', { key: outboxKey(el.delivery.submissionId), newValue: null }));
    expect(el.delivery.status).toBe('delivered');
  });

  it('shows it as not submitted when another tab saw it refused (the draft is still there)', async () => {
    const el = await queuedHost();
    el.store.remove(outboxKey(el.delivery.submissionId));
    dispatchEvent(new StorageEvent('storage', { key: outboxKey(el.delivery.submissionId), newValue: null }));
    expect(el.delivery.status).toBe('idle');
  });

  it('ignores other keys and stops listening when the host leaves the page', async () => {
    const el = await queuedHost();
    el.store.remove(outboxKey(el.delivery.submissionId));
    el.store.remove(el.draftKey);
    dispatchEvent(new StorageEvent('storage', { key: outboxKey('someone-else'), newValue: null }));
    expect(el.delivery.status).toBe('queued');
    el.remove();
    dispatchEvent(new StorageEvent('storage', { key: outboxKey(el.delivery.submissionId), newValue: null }));
    expect(el.delivery.status).toBe('queued');
    // Back on the page, still queued: it listens again.
    document.body.append(el);
    dispatchEvent(new StorageEvent('storage', { key: outboxKey(el.delivery.submissionId), newValue: null }));
    expect(el.delivery.status).toBe('delivered');
  });

  it('keeps delivering a submission after a reset, without reporting it as the new one', async () => {
    const server = channel();
    const el = host(server.endpoint);
    const first = el.delivery.submissionId;
    const events = record(el, 'balanse-delivered', 'balanse-queued');
    el.delivery.send(submission(first));
    el.delivery.start(unique('sub'));
    await waitFor(async () => (await server.state()).deliveries[first] === 1, 'the first delivered');
    expect(el.delivery.status).toBe('idle');
    expect(events).toEqual([]);
  });
});
