import { describe, expect, it } from 'vitest';
import { instrument } from '../instrument/builtin.js';
import { resolveOptions } from './index.js';
import { resolveScoringOptions } from './scoring.js';

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

describe('resolveOptions: the cache is keyed on content', () => {
  it('answers a new object with the same values from the cache, as a server passing fresh options per call does', () => {
    expect(resolveOptions({ cut: 57, minGroupSize: 6 })).toBe(resolveOptions({ cut: 57, minGroupSize: 6 }));
    expect(resolveScoringOptions({ cut: 57, minGroupSize: 6 })).toBe(
      resolveScoringOptions({ cut: 57, minGroupSize: 6 }),
    );
    expect(resolveOptions({ cut: 57, minGroupSize: 6 })).not.toBe(resolveOptions({ cut: 57, minGroupSize: 7 }));
  });

  it('keeps options with a custom instrument apart per instrument', () => {
    const other = { ...instrument, id: 'other' };
    const a = resolveScoringOptions({ instrument: other, cut: 57 });
    expect(resolveScoringOptions({ instrument: other, cut: 57 })).toBe(a);
    expect(a.compiled.instrument).toBe(other);
    expect(resolveScoringOptions({ cut: 57 }).compiled.instrument).toBe(instrument);
    expect(resolveScoringOptions({ instrument: { ...other }, cut: 57 })).not.toBe(a);
  });

  it('never answers from the cache for a name it does not know, even one that spells a valid key', () => {
    resolveOptions({ cut: 55, minGroupSize: 6 });
    expect(() => resolveOptions({ 'cut=55;minGroupSize': 6 })).toThrowError(/^options\.cut=55;minGroupSize: /);
    expect(() => resolveOptions({ cut: 55, minGroupSize: '6' })).toThrowError(/^options\.minGroupSize: /);
  });

  it('validates each distinct content once, however many objects carry it', () => {
    const first = resolveOptions({ minGroupSize: 9, cut: 61 });
    for (let i = 0; i < 5; i++) expect(resolveOptions({ minGroupSize: 9, cut: 61 })).toBe(first);
    expect(resolveOptions({ minGroupSize: 9, cut: 61, confidence: undefined })).not.toBe(first);
    expect(resolveOptions({ minGroupSize: 9, cut: 61, confidence: undefined })).toEqual(first);
  });
});
