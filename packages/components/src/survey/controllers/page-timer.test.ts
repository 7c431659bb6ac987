import { ReactiveElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageTimer } from './page-timer.js';

class TimedHost extends ReactiveElement {
  page = 0;
  readonly timer = new PageTimer(this, () => this.page);
}
customElements.define('test-page-timer-host', TimedHost);

/** A clock the test moves by hand. */
function clock(start = 1000) {
  let now = start;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return (ms: number) => (now += ms);
}

/** Makes the document look hidden or visible and tells its listeners, as a tab switch does. */
function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  // The document's own (inherited) visibilityState is back.
  Reflect.deleteProperty(document, 'visibilityState');
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('PageTimer', () => {
  it('adds the visible time to the page shown, page by page', () => {
    const advance = clock();
    const host = document.body.appendChild(new TimedHost());
    host.timer.restart([0, 0, 0]);
    advance(1500);
    host.timer.tick();
    host.page = 1;
    advance(400.4);
    host.timer.tick();
    expect(host.timer.times).toEqual([1500, 400, 0]);
  });

  it('counts on from a restored draft’s times', () => {
    const advance = clock();
    const host = document.body.appendChild(new TimedHost());
    host.timer.restart([200, 50]);
    advance(100);
    host.timer.tick();
    expect(host.timer.times).toEqual([300, 50]);
  });

  it('stops the clock while the document is hidden and restarts it when shown', () => {
    const advance = clock();
    const host = document.body.appendChild(new TimedHost());
    host.timer.restart([0]);
    advance(300);
    setVisibility('hidden'); // counts the 300 ms, then stops
    advance(60_000);
    setVisibility('visible'); // restarts without counting the hidden minute
    advance(200);
    host.timer.tick();
    expect(host.timer.times).toEqual([500]);
  });

  it('resets every page to zero and counts from the reset', () => {
    const advance = clock();
    const host = document.body.appendChild(new TimedHost());
    host.timer.restart([900, 800]);
    advance(1000);
    host.timer.reset();
    advance(10);
    host.timer.tick();
    expect(host.timer.times).toEqual([10, 0]);
  });

  it('ignores a page it has no slot for (before a draft is loaded)', () => {
    clock();
    const host = document.body.appendChild(new TimedHost());
    host.page = 3;
    host.timer.tick();
    expect(host.timer.times).toEqual([]);
  });

  it('stops listening when its host leaves the page', () => {
    const advance = clock();
    const host = document.body.appendChild(new TimedHost());
    host.timer.restart([0]);
    host.remove();
    const tick = vi.spyOn(host.timer, 'tick');
    setVisibility('hidden');
    advance(10);
    expect(tick).not.toHaveBeenCalled();
  });
});
