import { afterEach, describe, expect, it } from 'vitest';
import { unique } from '../../test/helpers.js';
import { withLock } from './lock.js';

/** Runs `count` tasks under one lock name and records the most that ever ran at once. */
async function overlap(count: number): Promise<{ name: string; most: number; order: number[] }> {
  const name = unique('lock');
  let running = 0;
  let most = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      withLock(name, async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(i);
        running--;
      }),
    ),
  );
  return { name, most, order: order.sort((a, b) => a - b) };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'locks');
});

describe('withLock', () => {
  it('runs one task at a time with Web Locks, and every task runs', async () => {
    expect(navigator.locks).toBeDefined();
    const { most, order } = await overlap(4);
    expect(most).toBe(1);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('runs one task at a time with the localStorage lease where Web Locks are missing', async () => {
    Object.defineProperty(navigator, 'locks', { configurable: true, get: () => undefined });
    const { name, most, order } = await overlap(3);
    expect(most).toBe(1);
    expect(order).toEqual([0, 1, 2]);
    expect(localStorage.getItem(`balanse-lock:${name}`), 'the lease is given back').toBeNull();
  });

  it('returns the task’s result and passes its error on', async () => {
    await expect(withLock(unique('lock'), () => Promise.resolve(7))).resolves.toBe(7);
    await expect(withLock(unique('lock'), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
