import { describe, expect, it } from 'vitest';
import { resolveOptions } from './index.js';

describe('resolveOptions', () => {
  it('answers the same object from its cache while it holds the same values', () => {
    const options = { cut: 55, minGroupSize: 6 };
    expect(resolveOptions(options)).toBe(resolveOptions(options));
  });

  it('reads an options object again when a value changed, was added or was removed after a first call', () => {
    const options: { cut?: number; minGroupSize?: number } = { cut: 55 };
    expect(resolveOptions(options).cut).toBe(55);
    options.cut = 50;
    expect(resolveOptions(options).cut).toBe(50);
    options.minGroupSize = 7;
    expect(resolveOptions(options).minGroupSize).toBe(7);
    delete options.cut;
    expect(resolveOptions(options).cut).toBe(62.5);
  });

  it('validates a changed value instead of trusting the cache', () => {
    const options = { minGroupSize: 5 };
    resolveOptions(options);
    options.minGroupSize = 2;
    expect(() => resolveOptions(options)).toThrowError(/^options\.minGroupSize: /);
  });
});
