import type { Response } from '@balanse/core';

/**
 * One respondent's answers in core's `Response` shape, with every field the survey knows filled
 * in: `id` is the submission id (also the `Idempotency-Key` of its delivery).
 */
export type SurveyResponse = Required<
  Pick<Response, 'id' | 'form' | 'answers' | 'locale' | 'pageTimes' | 'instrument'>
>;

/** Detail of `balanse-submit`. */
export interface BalanseSubmitDetail {
  /** The response as core validates and scores it. */
  readonly response: SurveyResponse;
  /** When the respondent submitted, ISO 8601. */
  readonly submittedAt: string;
  /** Where the survey will POST it, or `null` when the host delivers it itself. */
  readonly endpoint: string | null;
}

/** Detail of `balanse-queued`: the submission waits in the outbox and will be retried. */
export interface BalanseQueuedDetail {
  readonly submissionId: string;
  /** `offline`: no network or a timeout; `server`: the endpoint answered 408, 409, 429 or 5xx. */
  readonly reason: 'offline' | 'server';
  /** The HTTP status when the server answered. */
  readonly status: number | null;
}

/** Detail of `balanse-delivered`. */
export interface BalanseDeliveredDetail {
  readonly submissionId: string;
  /** The endpoint's 2xx status; `null` when the host handled `balanse-submit` or another tab delivered it. */
  readonly status: number | null;
}

/** Detail of `balanse-failed`: the endpoint refused the submission; the answers are kept. */
export interface BalanseFailedDetail {
  readonly submissionId: string;
  readonly status: number;
}

const init = { bubbles: true, composed: true } as const;

/**
 * The respondent submitted. Cancel it (`preventDefault()`) to veto: nothing is sent and the
 * answers stay. Not cancelled and no `endpoint`: the host has handled it and the survey counts it
 * as delivered.
 */
export class BalanseSubmitEvent extends CustomEvent<BalanseSubmitDetail> {
  /** The event's type, for `addEventListener` and the framework wrappers. */
  static readonly eventName = 'balanse-submit';

  constructor(detail: BalanseSubmitDetail) {
    super(BalanseSubmitEvent.eventName, { ...init, cancelable: true, detail });
  }
}

/** Delivery could not finish now; the submission waits in the outbox and will be retried. */
export class BalanseQueuedEvent extends CustomEvent<BalanseQueuedDetail> {
  /** The event's type, for `addEventListener` and the framework wrappers. */
  static readonly eventName = 'balanse-queued';

  constructor(detail: BalanseQueuedDetail) {
    super(BalanseQueuedEvent.eventName, { ...init, detail });
  }
}

/** The submission was delivered (the endpoint confirmed it, or the host handled it). */
export class BalanseDeliveredEvent extends CustomEvent<BalanseDeliveredDetail> {
  /** The event's type, for `addEventListener` and the framework wrappers. */
  static readonly eventName = 'balanse-delivered';

  constructor(detail: BalanseDeliveredDetail) {
    super(BalanseDeliveredEvent.eventName, { ...init, detail });
  }
}

/** The endpoint refused the submission with a 4xx other than 408, 409 or 429. */
export class BalanseFailedEvent extends CustomEvent<BalanseFailedDetail> {
  /** The event's type, for `addEventListener` and the framework wrappers. */
  static readonly eventName = 'balanse-failed';

  constructor(detail: BalanseFailedDetail) {
    super(BalanseFailedEvent.eventName, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'balanse-submit': BalanseSubmitEvent;
    'balanse-queued': BalanseQueuedEvent;
    'balanse-delivered': BalanseDeliveredEvent;
    'balanse-failed': BalanseFailedEvent;
  }
}
