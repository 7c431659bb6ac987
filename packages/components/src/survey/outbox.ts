/**
 * The delivery outbox: a submission is written here before the first attempt, so a crash, a
 * closed tab or a dead network never loses it, and it leaves only when the endpoint confirmed it
 * (2xx) or refused it for good (4xx other than 408, 409, 429). Every element on a page with the
 * same endpoint flushes the outbox on load, on `online` and when asked. A lock per submission
 * (Web Locks across tabs; a lease in localStorage where Web Locks are missing, as on plain-http
 * intranets) makes sure two tabs or two elements never send the same submission at once; the
 * `Idempotency-Key` lets the server drop the rare duplicate anyway. See docs/delivery-protocol.md.
 */
import { readJson, type SafeStore } from './storage.js';

export interface OutboxEntry {
  endpoint: string;
  /** The JSON document to POST, fixed at submit time. */
  body: string;
  /** The autosave key to clear once the endpoint confirms delivery. */
  draftKey: string;
}

export interface RetryPolicy {
  /** First wait before a retry, in ms; doubles per attempt (with jitter), up to a minute. */
  retryDelay: number;
  /** Time a request may take before it is aborted and retried, in ms. */
  timeout: number;
  /** Attempts per flush; what is still undelivered then waits for `online`, a reload or the respondent. */
  maxAttempts: number;
}

export type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'failed'; status: number }
  /** Not delivered yet; the entry stays in the outbox. */
  | { kind: 'queued' }
  /** No entry any more: another element or tab settled it while this one waited for the lock. */
  | { kind: 'gone' };

/** Told about every retryable failure: `offline` (network error, timeout) or `server` (408, 409, 429, 5xx). */
export type RetryListener = (reason: 'offline' | 'server', status: number | null) => void;

const PREFIX = 'balanse-outbox:';

/** The storage key of submission `id` in the outbox. */
export const outboxKey = (id: string): string => PREFIX + id;
/** A `Retry-After` longer than this ends the flush; the entry waits for the next trigger. */
const MAX_WAIT = 5 * 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Per submission: ends a backoff wait early (the network is back, or the respondent asked). */
const wakers = new Map<string, () => void>();

/** 408 timeout, 409 same key still being processed, 429 too many requests, 5xx: worth another try. */
const retryable = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

/** Exponential backoff with "equal jitter": half fixed, half random, so tabs do not retry in step. */
export function backoff(attempt: number, base: number): number {
  const ceiling = Math.min(base * 2 ** (attempt - 1), 60_000);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

/** `Retry-After` in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3); 0 when absent or unreadable. */
export function retryAfter(header: string | null): number {
  if (!header) return 0;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

export function enqueue(store: SafeStore, id: string, entry: OutboxEntry): void {
  store.set(outboxKey(id), JSON.stringify(entry));
}

/** The entry stored for `id`, checked field by field: storage can hold anything (an edit by hand, an older format). */
function entryOf(store: SafeStore, id: string): OutboxEntry | undefined {
  const entry = readJson(store, outboxKey(id));
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { endpoint, body, draftKey } = entry as Record<string, unknown>;
  return typeof endpoint === 'string' && typeof body === 'string'
    ? { endpoint, body, draftKey: typeof draftKey === 'string' ? draftKey : '' }
    : undefined;
}

export function isQueued(store: SafeStore, id: string): boolean {
  return entryOf(store, id) !== undefined;
}

/** Ids of the submissions waiting for `endpoint`. */
export function queuedFor(store: SafeStore, endpoint: string): string[] {
  return store
    .keys(PREFIX)
    .map((key) => key.slice(PREFIX.length))
    .filter((id) => entryOf(store, id)?.endpoint === endpoint);
}

async function post(id: string, entry: OutboxEntry, policy: RetryPolicy, notify: RetryListener): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    let status: number | null = null;
    let wait = 0;
    if (!navigator.onLine) {
      notify('offline', null);
      return { kind: 'queued' };
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), policy.timeout);
    try {
      const response = await fetch(entry.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': id },
        body: entry.body,
        signal: abort.signal,
      });
      status = response.status;
      if (response.ok) return { kind: 'delivered', status };
      if (!retryable(status)) return { kind: 'failed', status };
      wait = retryAfter(response.headers.get('retry-after'));
    } catch {
      // A network error or our timeout: the request may or may not have arrived. The key makes a retry safe.
    } finally {
      clearTimeout(timer);
    }
    notify(status === null ? 'offline' : 'server', status);
    if (attempt >= policy.maxAttempts || wait > MAX_WAIT) return { kind: 'queued' };
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(wait, backoff(attempt, policy.retryDelay)));
      // A server's Retry-After is honoured to the end; our own backoff may be cut short.
      if (!wait) {
        wakers.set(id, () => {
          clearTimeout(timer);
          resolve();
        });
      }
    });
    wakers.delete(id);
  }
}

/** A lease in localStorage: the cross-tab lock where `navigator.locks` is missing (insecure contexts, old browsers). */
async function withLease<T>(name: string, task: () => Promise<T>): Promise<T> {
  const key = `balanse-lock:${name}`;
  const me = Math.random().toString(36).slice(2);
  const lease = 10_000;
  let area: Storage;
  const holder = () => (JSON.parse(area.getItem(key) ?? 'null') ?? {}) as { owner?: string; until?: number };
  const claim = () => area.setItem(key, JSON.stringify({ owner: me, until: Date.now() + lease }));
  try {
    area = globalThis.localStorage;
    for (;;) {
      const held = holder();
      if (!held.owner || (held.until ?? 0) < Date.now()) {
        claim();
        await sleep(50); // whoever wrote last owns it
        if (holder().owner === me) break;
      } else {
        await sleep(100 + Math.random() * 150);
      }
    }
  } catch {
    return task(); // no storage, no cross-tab lease: the per-page guard and the server's dedupe remain
  }
  const renew = setInterval(() => {
    try {
      if (holder().owner === me) claim();
    } catch {
      // The lease lapses; the server's dedupe remains.
    }
  }, lease / 3);
  try {
    return await task();
  } finally {
    clearInterval(renew);
    try {
      if (holder().owner === me) area.removeItem(key);
    } catch {
      // Expires by itself.
    }
  }
}

/** Web Locks, which insecure contexts (plain-http intranets) and older browsers lack, whatever the DOM types say. */
function lockManager(): LockManager | undefined {
  return navigator.locks;
}

function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? (locks.request(name, task) as Promise<T>) : withLease(name, task);
}

/** Per page: one delivery per submission at a time, shared by every caller, with everyone's listeners. */
const running = new Map<string, { done: Promise<Outcome>; listeners: Set<RetryListener> }>();

/**
 * Delivers the queued submission `id`, retrying per `policy`. Callers on the same page share one
 * attempt and its outcome (a caller while it waits to retry makes it retry now); callers in other
 * tabs wait for the lock and then find it `gone`.
 */
export function deliver(store: SafeStore, id: string, policy: RetryPolicy, listener?: RetryListener): Promise<Outcome> {
  let run = running.get(id);
  if (run) wakers.get(id)?.();
  else {
    const listeners = new Set<RetryListener>();
    const done = withLock(`balanse-outbox:${id}`, async (): Promise<Outcome> => {
      const entry = entryOf(store, id);
      if (!entry) return { kind: 'gone' };
      const outcome = await post(id, entry, policy, (reason, status) =>
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
