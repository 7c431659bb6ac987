import { commands } from 'vitest/browser';
import { describe, expect, inject, it } from 'vitest';

const server = inject('deliveryServer');

async function state() {
  return (await fetch(`${server}/__control/state`)).json() as Promise<{
    requests: unknown[];
    deliveries: Record<string, number>;
  }>;
}

describe('the delivery test server', () => {
  it('counts one delivery per Idempotency-Key, however often it is sent', async () => {
    await fetch(`${server}/__control/reset`, { method: 'POST' });
    const send = () =>
      fetch(`${server}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k1' },
        body: '{}',
      });
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(200);
    expect((await state()).deliveries).toEqual({ k1: 1 });
    expect((await state()).requests).toHaveLength(2);
  });

  it('replies as scripted, then accepts', async () => {
    await fetch(`${server}/__control/reset`, { method: 'POST' });
    await fetch(`${server}/__control/script`, { method: 'POST', body: JSON.stringify([503, 429]) });
    const send = () => fetch(`${server}/submit`, { method: 'POST', headers: { 'idempotency-key': 'k2' }, body: '{}' });
    expect((await send()).status).toBe(503);
    expect((await send()).status).toBe(429);
    expect((await send()).status).toBe(201);
  });

  it('can cut the network to the server, like going offline', async () => {
    await commands.setNetworkBlocked(server, true);
    await expect(fetch(`${server}/__control/state`)).rejects.toThrow(TypeError);
    await commands.setNetworkBlocked(server, false);
    expect((await fetch(`${server}/__control/state`)).ok).toBe(true);
  });
});
