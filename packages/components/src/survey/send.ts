/**
 * The sending half of the outbox (outbox.ts): delivers queued submissions under the cross-tab lock
 * (lock.ts), with the retries of retry.ts. The survey loads it (base/lazy.ts) only when something
 * is to be sent, a submit or an outbox that holds a submission, so it is not part of what loads
 * before the survey renders. See docs/delivery-protocol.md.
 */
import type { SafeStore } from '../base/storage.js';
import { withLock } from './lock.js';
import { entryOf, outboxKey, queuedFor, type Outcome } from './outbox.js';
import { post, wake, type RetryListener, type RetryPolicy } from './retry.js';

/** Per page: one delivery per submission at a time, shared by every caller, with everyone's listeners. */
const running = new Map<string, { done: Promise<Outcome>; listeners: Set<RetryListener> }>();

/**
 * Delivers the queued submission `id`, retrying per `policy`. Callers on the same page share one
 * attempt and its outcome (a caller while it waits to retry makes it retry now); callers in other
 * tabs wait for the lock and then find it `gone`.
 */
export function deliver(store: SafeStore, id: string, policy: RetryPolicy, listener?: RetryListener): Promise<Outcome> {
  let run = running.get(id);
  if (run) wake(id);
  else {
    const listeners = new Set<RetryListener>();
    const done = withLock(`balanse-outbox:${id}`, async (): Promise<Outcome> => {
      const entry = entryOf(store, id);
      if (!entry) return { kind: 'gone' };
      const outcome = await post(id, entry.endpoint, entry.body, policy, (reason, status) =>
        listeners.forEach((notify) => notify(reason, status)),
      );
      if (outcome.kind === 'delivered') store.remove(entry.draftKey);
      if (outcome.kind === 'delivered' || outcome.kind === 'failed') store.remove(outboxKey(id));
      return outcome;
    }).finally(() => running.delete(id));
    run = { done, listeners };
    running.set(id, run);
  }
  if (listener) run.listeners.add(listener);
  return run.done;
}

/** Delivers everything queued for `endpoint` (from any survey on this origin). */
export function flush(store: SafeStore, endpoint: string, policy: RetryPolicy): void {
  for (const id of queuedFor(store, endpoint)) void deliver(store, id, policy);
}
