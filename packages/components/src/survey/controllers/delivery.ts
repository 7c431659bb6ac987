import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Submission } from '@balanse/core';
import { BalanseDeliveredEvent, BalanseFailedEvent, BalanseQueuedEvent } from '../events.js';
import { lazyModule } from '../../base/lazy.js';
import { enqueueSubmission, isQueued, leftOutbox, queuedFor, wasDelivered, type Outcome } from '../outbox.js';
import type { RetryListener, RetryPolicy } from '../retry.js';
import type { SafeStore } from '../../base/storage.js';

/**
 * The sending (send.ts: the cross-tab lock, the POST and its retries), loaded when something is to
 * be sent: the survey renders without it. One load serves every survey on the page.
 */
const sending = lazyModule(() => import('../send.js'));

/** Where a submission is: not submitted, on its way, waiting in the outbox, confirmed, or refused. */
export type SurveyStatus = 'idle' | 'sending' | 'queued' | 'delivered' | 'failed';

/** What the delivery reads from the survey, at the moment it needs it. */
export interface DeliverySource {
  /** The store of the autosave, which the outbox shares. */
  store(): SafeStore | undefined;
  /** The autosave key of the submission's draft, cleared once it is delivered. */
  draftKey(): string;
  endpoint(): string;
  policy(): RetryPolicy;
}

/**
 * The delivery of one survey's submission (docs/delivery-protocol.md): its status machine, the
 * outbox it goes through, the events it fires (`balanse-queued`, `balanse-delivered`,
 * `balanse-failed`), and what another tab or the network tells it: `online` flushes the outbox,
 * and a submission waiting here that another tab settles is shown as settled.
 */
export class DeliveryController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: DeliverySource;
  #status: SurveyStatus = 'idle';
  #submissionId = '';
  #refusedStatus = 0;
  /** This element waits for the outcome of its own submission. */
  #delivering = false;

  constructor(host: ReactiveControllerHost & HTMLElement, source: DeliverySource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.resume);
    if (this.#status === 'queued') addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.resume);
    removeEventListener('storage', this.#onStorage);
  }

  get status(): SurveyStatus {
    return this.#status;
  }

  /** The id of the submission: the `Idempotency-Key`. */
  get submissionId(): string {
    return this.#submissionId;
  }

  /** The HTTP status of the endpoint's refusal, while `failed`. */
  get refusedStatus(): number {
    return this.#refusedStatus;
  }

  /** Submitted and not refused: the answers are fixed. */
  get locked(): boolean {
    return this.#status === 'sending' || this.#status === 'queued' || this.#status === 'delivered';
  }

  /** Starts over with submission `id` (a restored draft's, or a new one), not submitted. */
  start(id: string): void {
    this.#submissionId = id;
    this.#status = 'idle';
    removeEventListener('storage', this.#onStorage);
  }

  /**
   * Sends `submission` through the outbox to the endpoint; without an endpoint the host has
   * handled it, and it counts as delivered (its draft is cleared).
   */
  send(submission: Submission): void {
    const store = this.#source.store();
    if (!store) return;
    const endpoint = this.#source.endpoint();
    if (!endpoint) {
      store.remove(this.#source.draftKey());
      this.#delivered(null);
      return;
    }
    enqueueSubmission(store, submission, endpoint, this.#source.draftKey());
    void this.#deliverOwn();
  }

  /** Sends what waits in the outbox for this endpoint, this survey's own submission included. */
  resume = (): void => {
    const store = this.#source.store();
    const endpoint = this.#source.endpoint();
    if (!endpoint || !store) return;
    const policy = this.#source.policy();
    // Not loaded (the network): what waits stays in the outbox for the next `online`, reload or retry.
    if (queuedFor(store, endpoint).length > 0)
      sending.load().then(
        ({ flush }) => flush(store, endpoint, policy),
        () => undefined,
      );
    if (!this.#delivering && isQueued(store, this.#submissionId)) void this.#deliverOwn();
  };

  #setStatus(status: SurveyStatus): void {
    this.#status = status;
    // Only a queued submission can be settled by another tab.
    if (status === 'queued' && this.#host.isConnected) addEventListener('storage', this.#onStorage);
    else removeEventListener('storage', this.#onStorage);
    this.#host.requestUpdate();
  }

  #delivered(status: number | null): void {
    this.#setStatus('delivered');
    this.#host.dispatchEvent(new BalanseDeliveredEvent({ submissionId: this.#submissionId, status }));
  }

  async #deliverOwn(): Promise<void> {
    const id = this.#submissionId;
    const store = this.#source.store();
    if (!store) return;
    let told = false;
    const queued: RetryListener = (reason, status) => {
      if (told || id !== this.#submissionId) return;
      told = true;
      this.#setStatus('queued');
      this.#host.dispatchEvent(new BalanseQueuedEvent({ submissionId: id, reason, status }));
    };
    this.#delivering = true;
    this.#setStatus('sending');
    const outcome: Outcome = await sending
      .load()
      .then(
        ({ deliver }) => deliver(store, id, this.#source.policy(), queued),
        // The sending could not be loaded (the network): as a delivery that met no network.
        (): Outcome => {
          queued('offline', null);
          return { kind: 'queued' };
        },
      )
      .finally(() => (this.#delivering = false));
    if (id !== this.#submissionId) return; // reset meanwhile: the outbox still delivers it
    if (outcome.kind === 'delivered') this.#delivered(outcome.status);
    else if (outcome.kind === 'queued') this.#setStatus('queued');
    else if (outcome.kind === 'failed') {
      this.#refusedStatus = outcome.status;
      this.#setStatus('failed');
      this.#host.dispatchEvent(new BalanseFailedEvent({ submissionId: id, status: outcome.status }));
    } else this.#settledElsewhere();
  }

  /** Another tab took the submission out of the outbox: delivered if it also cleared the draft. */
  #settledElsewhere(): void {
    const store = this.#source.store();
    if (store && wasDelivered(store, this.#source.draftKey())) this.#delivered(null);
    else this.#setStatus('idle');
  }

  /** Another tab delivered (or saw refused) the submission this one still shows as queued. */
  #onStorage = (event: StorageEvent): void => {
    if (leftOutbox(event, this.#submissionId) && this.#status === 'queued' && !this.#delivering) {
      this.#settledElsewhere();
    }
  };
}
