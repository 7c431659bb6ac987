import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long each page of the survey has been visible (§8.7: the speed flag reads these times).
 * Time counts only while the document is visible: a hidden tab stops the clock, showing it again
 * restarts it. The survey calls `tick` before it changes page, saves a draft or sends.
 */
export class PageTimer implements ReactiveController {
  #times: number[] = [];
  #shownAt: number | undefined;
  readonly #page: () => number;

  /** `page` tells the timer which page is shown now. */
  constructor(host: ReactiveControllerHost, page: () => number) {
    this.#page = page;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Counts on from `times` (a restored draft's, one per page), the current page shown from now. */
  restart(times: readonly number[]): void {
    this.#times = [...times];
    this.#shownAt = performance.now();
  }

  /** Every page back to zero, the current page shown from now. */
  reset(): void {
    this.restart(this.#times.map(() => 0));
  }

  /** Adds the time the current page has been visible to its total. */
  tick(): void {
    const now = performance.now();
    const page = this.#page();
    const spent = this.#times[page];
    if (this.#shownAt !== undefined && spent !== undefined) this.#times[page] = spent + now - this.#shownAt;
    this.#shownAt = document.visibilityState === 'hidden' ? undefined : now;
  }

  /** Whole milliseconds per page so far. */
  get times(): number[] {
    return this.#times.map(Math.round);
  }

  #onVisibility = (): void => {
    this.tick();
  };
}
