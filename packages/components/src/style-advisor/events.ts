import type { AdvisorSeller } from './sellers.js';

/** Detail of `balanse-sellers-change`. */
export interface BalanseSellersChangeDetail {
  /** Every seller as it now stands, in order; empty after "Delete everything". */
  readonly sellers: readonly AdvisorSeller[];
}

/**
 * The leader changed the sellers: a name, a rating or a flag, added or removed a seller, or
 * deleted everything. Fired on user action only, never when `sellers` is set from code.
 */
export class BalanseSellersChangeEvent extends CustomEvent<BalanseSellersChangeDetail> {
  /** The event's type, for `addEventListener` and the framework wrappers. */
  static readonly eventName = 'balanse-sellers-change';

  constructor(detail: BalanseSellersChangeDetail) {
    super(BalanseSellersChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'balanse-sellers-change': BalanseSellersChangeEvent;
  }
}
