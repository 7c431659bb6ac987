import { afterEach, describe, expect, it, vi } from 'vitest';
import { unique } from '../../test/helpers.js';
import { readJson, SafeStore } from './storage.js';

const refuseWrites = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });

afterEach(() => vi.restoreAllMocks());

describe('SafeStore', () => {
  it('keeps what storage refuses in memory for the page, and says it is degraded', () => {
    const key = unique('k');
    refuseWrites();
    const store = new SafeStore('local');
    expect(store.set(key, '{"a":1}')).toBe(false);
    expect(store.degraded).toBe(true);
    expect(readJson(new SafeStore('local'), key)).toEqual({ a: 1 });
    store.remove(key);
    expect(new SafeStore('local').get(key)).toBeNull();
  });

  it('with remember: false, keeps nothing that storage refused', () => {
    const key = unique('k');
    refuseWrites();
    const store = new SafeStore('local', { remember: false });
    expect(store.set(key, 'x')).toBe(false);
    expect(store.degraded).toBe(true);
    expect(new SafeStore('local', { remember: false }).get(key)).toBeNull();
    expect(new SafeStore('local').get(key)).toBeNull();
    expect(new SafeStore('none', { remember: false }).set(key, 'x')).toBe(false);
  });

  it('reads what was stored by mode, and lists keys by prefix', () => {
    const prefix = unique('p');
    const store = new SafeStore('session', { remember: false });
    expect(store.set(`${prefix}:1`, '1')).toBe(true);
    expect(sessionStorage.getItem(`${prefix}:1`)).toBe('1');
    expect(store.keys(prefix)).toEqual([`${prefix}:1`]);
    expect(new SafeStore('local').get(`${prefix}:1`)).toBeNull();
  });
});
