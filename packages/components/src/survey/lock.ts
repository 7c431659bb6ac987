/**
 * The cross-tab lock around one delivery: Web Locks where the browser has them, a lease in
 * localStorage where it does not (insecure contexts such as plain-http intranets, older browsers).
 * Two tabs or two elements holding the same submission never send it at the same time; the
 * `Idempotency-Key` lets the server drop the rare duplicate anyway (docs/delivery-protocol.md).
 */
import { readJson, SafeStore } from '../base/storage.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A lease in localStorage: the cross-tab lock where `navigator.locks` is missing. */
async function withLease<T>(name: string, task: () => Promise<T>): Promise<T> {
  const key = `balanse-lock:${name}`;
  const me = Math.random().toString(36).slice(2);
  const lease = 10_000;
  // Nothing in memory: a lease only another tab can see is no lease.
  const store = new SafeStore('local', { remember: false });
  const holder = () => {
    const held = readJson(store, key);
    return (typeof held === 'object' && held !== null ? held : {}) as { owner?: string; until?: number };
  };
  const claim = () => store.set(key, JSON.stringify({ owner: me, until: Date.now() + lease }));
  for (;;) {
    const held = holder();
    // No storage, no cross-tab lease: the per-page guard and the server's dedupe remain.
    if (store.degraded) return task();
    if (!held.owner || (held.until ?? 0) < Date.now()) {
      if (!claim()) return task();
      await sleep(50); // whoever wrote last owns it
      if (holder().owner === me) break;
    } else {
      await sleep(100 + Math.random() * 150);
    }
  }
  // A renewal storage refuses lets the lease lapse; the server's dedupe remains.
  const renew = setInterval(() => holder().owner === me && claim(), lease / 3);
  try {
    return await task();
  } finally {
    clearInterval(renew);
    // A lease storage would not remove expires by itself.
    if (holder().owner === me) store.remove(key);
  }
}

/** Web Locks, which insecure contexts (plain-http intranets) and older browsers lack, whatever the DOM types say. */
function lockManager(): LockManager | undefined {
  return navigator.locks;
}

/** Runs `task` holding the lock `name`, shared by every tab and frame of this origin. */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? (locks.request(name, task) as Promise<T>) : withLease(name, task);
}
