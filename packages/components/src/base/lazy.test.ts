import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazy.js';

describe('lazyModule', () => {
  it('imports once for every caller and keeps the module', async () => {
    let imports = 0;
    const lazy = lazyModule(() => {
      imports++;
      return Promise.resolve({ answer: 42 });
    });
    expect(lazy.value).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.value).toEqual({ answer: 42 });
    await lazy.load();
    expect(imports).toBe(1);
  });

  it('forgets a failed import, so the next caller tries again', async () => {
    let imports = 0;
    const lazy = lazyModule(() => (++imports === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok')));
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.value).toBeUndefined();
    await expect(lazy.load()).resolves.toBe('ok');
    expect(imports).toBe(2);
  });
});
