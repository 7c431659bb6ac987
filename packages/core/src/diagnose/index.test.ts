import { describe, expect, it } from 'vitest';
import { diagnose, DIAGNOSIS } from './index.js';

describe('diagnose (the model, "Reading the situation")', () => {
  it.each([
    ['competence', 'system'],
    ['will', 'relation'],
    ['structure', 'administration'],
    ['energy', 'relation'],
  ] as const)('adjusts %s toward %s leadership', (observation, lever) => {
    expect(diagnose([observation])).toEqual([{ observation, lever }]);
    expect(DIAGNOSIS[observation]).toBe(lever);
  });

  it('keeps the input order', () => {
    expect(diagnose(['will', 'competence']).map((d) => d.lever)).toEqual(['relation', 'system']);
  });

  it('returns nothing for no observations', () => {
    expect(diagnose([])).toEqual([]);
  });

  it('rejects an unknown observation naming its position', () => {
    expect(() => diagnose(['will', 'luck'] as never)).toThrow(
      'observations[1]: must be one of "competence", "will", "structure", "energy", got "luck"',
    );
  });
});
