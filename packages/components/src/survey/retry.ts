/**
 * One submission's POST with its retries: a timeout per request, exponential backoff with
 * jitter, `Retry-After` honoured, and a stop after `maxAttempts` (the entry then waits in the
 * outbox for `online`, a reload or the respondent). Which statuses are worth another try is
 * written here once. See docs/delivery-protocol.md.
 */

export interface RetryPolicy {
  /** First wait before a retry, in ms; doubles per attempt (with jitter), up to a minute. */
  retryDelay: number;
  /** Time a request may take before it is aborted and retried, in ms. */
  timeout: number;
  /** Attempts per flush; what is still undelivered then waits for `online`, a reload or the respondent. */
  maxAttempts: number;
}

/** Told about every retryable failure: `offline` (network error, timeout) or `server` (408, 409, 429, 5xx). */
export type RetryListener = (reason: 'offline' | 'server', status: number | null) => void;

/** How a run of attempts ended: confirmed (2xx), refused for good, or still to deliver. */
export type PostOutcome =
  { kind: 'delivered'; status: number } | { kind: 'failed'; status: number } | { kind: 'queued' };

/** A `Retry-After` longer than this ends the run; the entry waits for the next trigger. */
const MAX_WAIT = 5 * 60_000;

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

/** Ends the backoff wait of submission `id`, if it is waiting on its own backoff: it retries now. */
export function wake(id: string): void {
  wakers.get(id)?.();
}

/** POSTs `body` to `endpoint` under the `Idempotency-Key` `id`, retrying per `policy`. */
export async function post(
  id: string,
  endpoint: string,
  body: string,
  policy: RetryPolicy,
  notify: RetryListener,
): Promise<PostOutcome> {
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
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': id },
        body,
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
