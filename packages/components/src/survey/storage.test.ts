import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanAnswers, draftKey, newSubmissionId, readDraft } from './autosave.js';
import { SafeStore } from '../base/storage.js';
import { unique } from '../../test/helpers.js';

const ids = new Set(['q01', 'q02', 'q03']);

/** Makes `localStorage` itself throw, as a browser with storage blocked does. */
function blockLocalStorage() {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SafeStore', () => {
  it('reads back what it wrote, in localStorage by default', () => {
    const key = unique('k');
    const store = new SafeStore('local');
    expect(store.set(key, 'v')).toBe(true);
    expect(localStorage.getItem(key)).toBe('v');
    expect(store.get(key)).toBe('v');
    expect(store.keys(key)).toEqual([key]);
    store.remove(key);
    expect(store.get(key)).toBeNull();
    expect(store.degraded).toBe(false);
  });

  it('uses sessionStorage for session and nothing but memory for none', () => {
    const key = unique('k');
    new SafeStore('session').set(key, 's');
    expect(sessionStorage.getItem(key)).toBe('s');
    const none = new SafeStore('none');
    expect(none.set(`${key}-n`, 'n')).toBe(true);
    expect(localStorage.getItem(`${key}-n`)).toBeNull();
    expect(sessionStorage.getItem(`${key}-n`)).toBeNull();
    expect(none.get(`${key}-n`)).toBe('n');
    expect(none.degraded).toBe(false);
    sessionStorage.removeItem(key);
    none.remove(`${key}-n`);
  });

  it('falls back to memory without throwing when localStorage is blocked', () => {
    blockLocalStorage();
    const key = unique('k');
    const store = new SafeStore('local');
    expect(() => store.set(key, 'v')).not.toThrow();
    expect(store.degraded).toBe(true);
    expect(store.get(key)).toBe('v');
    expect(store.keys(key)).toEqual([key]);
    // Another store on the same page (a re-created element) finds it in memory.
    expect(new SafeStore('local').get(key)).toBe('v');
    store.remove(key);
  });

  it('falls back to memory when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const key = unique('k');
    const store = new SafeStore('local');
    expect(store.set(key, 'v')).toBe(false);
    expect(store.degraded).toBe(true);
    expect(store.get(key)).toBe('v');
    store.remove(key);
  });
});

describe('autosave drafts', () => {
  it('keys a draft by survey id, instrument id@version and form', () => {
    expect(draftKey('round-1', 'balanse@1.0.0', 'self')).toBe('balanse-survey:round-1:balanse@1.0.0:self');
    expect(draftKey('', 'balanse@1.0.0', 'team')).toBe('balanse-survey:default:balanse@1.0.0:team');
  });

  it('keeps only answers core accepts, to items of the instrument', () => {
    expect(cleanAnswers({ q01: 5, q02: null, q03: 6, q04: 1, toString: 2 }, ids)).toEqual({ q01: 5, q02: null });
    expect(cleanAnswers({ q01: 2.5, q02: '3', q03: 0 }, ids)).toEqual({});
    expect(cleanAnswers('nonsense', ids)).toEqual({});
  });

  it('reads a stored draft defensively, clamping the page and the timings', () => {
    const key = unique('d');
    const store = new SafeStore('local');
    store.set(
      key,
      JSON.stringify({ answers: { q01: 3, q09: 2 }, page: 99, pageTimes: [100, -4, 'x'], submissionId: 'abc' }),
    );
    expect(readDraft(store, key, ids, 2)).toEqual({
      answers: { q01: 3 },
      page: 2,
      pageTimes: [100, 0],
      submissionId: 'abc',
    });
    store.set(key, '{not json');
    expect(readDraft(store, key, ids, 2)).toBeUndefined();
    store.set(key, JSON.stringify({ answers: {} }));
    expect(readDraft(store, key, ids, 2)).toBeUndefined();
    store.remove(key);
  });

  it('generates version-4 submission ids without needing a secure context', () => {
    const a = newSubmissionId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newSubmissionId()).not.toBe(a);
  });
});
