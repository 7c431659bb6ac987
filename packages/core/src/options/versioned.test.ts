import { describe, expect, it } from 'vitest';
import { BalanseError } from '../errors/index.js';
import { instrument } from '../instrument/builtin.js';
import { builtInInstrument } from '../instrument/versions.js';
import { resolveScoringOptions } from './scoring.js';
import { scoringOptionsForTags } from './versioned.js';

const path = (i: number) => `responses[${i}]`;
const tagged = (version: string) => ({ instrument: { id: 'balanse', version }, answers: {} });

describe('scoringOptionsForTags', () => {
  const o = resolveScoringOptions(undefined);

  it('keeps the default for untagged responses and for the current version', () => {
    expect(scoringOptionsForTags(o, [{ answers: {} }, tagged(instrument.version)], path)).toBe(o);
  });

  it('scores with the version the responses name, and caches it', () => {
    const versioned = scoringOptionsForTags(o, [{ answers: {} }, tagged('1.0.0')], path);
    expect(versioned.compiled.key).toBe('balanse@1.0.0');
    expect(versioned.compiled.instrument).toBe(builtInInstrument('1.0.0'));
    expect(scoringOptionsForTags(o, [tagged('1.0.0')], path)).toBe(versioned);
  });

  it('keeps the instrument the caller chose, whatever the tags say', () => {
    const chosen = resolveScoringOptions({ instrument });
    expect(scoringOptionsForTags(chosen, [tagged('1.0.0')], path)).toBe(chosen);
  });

  it('refuses responses of two versions in one list, naming the second', () => {
    const run = () => scoringOptionsForTags(o, [tagged('1.0.0'), { answers: {} }, tagged('1.1.0')], path);
    expect(run).toThrow(BalanseError);
    expect(run).toThrow(
      'responses[2].instrument: must be the instrument version of responses[0] ("balanse@1.0.0"): answers given under different versions are scored apart, got "balanse@1.1.0"',
    );
  });

  it('leaves tags of other instruments to readResponse, which refuses them unless passed', () => {
    expect(scoringOptionsForTags(o, [{ instrument: { id: 'custom', version: '1.0.0' }, answers: {} }], path)).toBe(o);
  });
});
