import { describe, expect, it } from 'vitest';
import { BalanseError } from '../errors/index.js';
import { scoreResponse } from '../scoreResponse/index.js';
import { summarizeTeam } from '../summarizeTeam/index.js';
import { instrument } from './builtin.js';
import {
  assertComparableInstruments,
  builtInInstrument,
  BUILT_IN_CHANGES,
  BUILT_IN_VERSIONS,
  compareInstruments,
} from './versions.js';

const v10 = builtInInstrument('1.0.0');
const tag10 = { id: 'balanse', version: '1.0.0' };
const tag11 = { id: 'balanse', version: '1.1.0' };

/** Every item of `built` answered `value`, but q29/q41 (the item 1.1.0 replaced) answered `other`. */
function answersOf(built: typeof instrument, value: 1 | 2 | 3 | 4 | 5, other: 1 | 2 | 3 | 4 | 5) {
  return Object.fromEntries(
    built.items.map((item) => [item.id, item.id === 'q29' || item.id === 'q41' ? other : value]),
  );
}

function errorOf(run: () => unknown): BalanseError {
  try {
    run();
  } catch (error) {
    if (error instanceof BalanseError) return error;
    throw error;
  }
  throw new Error('expected a BalanseError');
}

describe('the built-in versions', () => {
  it('keep 1.0.0 beside the current 1.1.0, the default', () => {
    expect(Object.keys(BUILT_IN_VERSIONS)).toEqual(['1.0.0', '1.1.0']);
    expect(BUILT_IN_VERSIONS['1.1.0']).toBe(instrument);
    expect(v10.version).toBe('1.0.0');
    expect(v10.items.map((item) => item.id)).toContain('q29');
    expect(instrument.items.map((item) => item.id)).not.toContain('q29');
  });

  it('refuse a version that was never built in, naming it', () => {
    const error = errorOf(() => builtInInstrument('0.9.0'));
    expect(error.path).toBe('version');
    expect(error.message).toBe('version: must be a built-in version of "balanse" (1.0.0, 1.1.0), got "0.9.0"');
    expect(errorOf(() => builtInInstrument('__proto__')).path).toBe('version');
  });
});

describe('scoring answers under the version they were given in', () => {
  it('scores a response tagged 1.0.0 with 1.0.0’s items, as options.instrument would', () => {
    const response = { instrument: tag10, answers: answersOf(v10, 4, 1) };
    const scored = scoreResponse(response);
    expect(scored).toEqual(scoreResponse(response, { instrument: v10 }));
    // q29 is a safety item of 1.0.0: one of eight answered 1, the rest 4.
    expect(scored.scales.safety).toBeCloseTo(((7 * 4 + 1) / 8 - 1) * 25);
  });

  it('scores an untagged or 1.1.0-tagged response with the current version', () => {
    const answers = answersOf(instrument, 5, 5);
    expect(scoreResponse({ answers }).scales.safety).toBe(100);
    expect(scoreResponse({ answers, instrument: tag11 }).scales.safety).toBe(100);
  });

  it('refuses a response whose tag does not match the instrument it is scored with, naming instrument', () => {
    const error = errorOf(() => scoreResponse({ instrument: tag10, answers: answersOf(v10, 4, 4) }, { instrument }));
    expect(error.path).toBe('response.instrument');
    expect(error.rule).toMatch(/^must name the instrument it is scored with, "balanse@1\.1\.0"/);
    expect(error.received).toBe('balanse@1.0.0');
  });

  it('refuses 1.0.0’s answers tagged as 1.1.0: q29 is no item of 1.1.0', () => {
    const error = errorOf(() => scoreResponse({ instrument: tag11, answers: answersOf(v10, 4, 4) }));
    expect(error.path).toBe('response.answers.q29');
  });

  it('refuses a tag naming a version that was never built in', () => {
    const error = errorOf(() => scoreResponse({ instrument: { id: 'balanse', version: '2.0.0' }, answers: {} }));
    expect(error.path).toBe('response.instrument.version');
  });

  it('summarises a team of 1.0.0 answers under 1.0.0, and refuses them scored as 1.1.0', () => {
    const team = Array.from({ length: 5 }, () => ({ instrument: tag10, answers: answersOf(v10, 4, 4) }));
    const summary = summarizeTeam(team, { instrument: v10 });
    expect(summary.status === 'ok' && summary.scales.safety.mean).toBe(75);
    expect(errorOf(() => summarizeTeam(team, { instrument })).path).toBe('responses[0].instrument');
  });
});

describe('compareInstruments', () => {
  it('compares rounds of one version', () => {
    expect(compareInstruments(tag11, tag11)).toEqual({
      comparable: true,
      reason: 'same-version',
      from: 'balanse@1.1.0',
      to: 'balanse@1.1.0',
      changedItems: [],
    });
  });

  it('compares across a patch, which changes no question', () => {
    const comparison = compareInstruments(tag11, { id: 'balanse', version: '1.1.3' });
    expect(comparison).toMatchObject({ comparable: true, reason: 'patch' });
  });

  it('does not compare across minor or major versions, and names the items that changed', () => {
    const comparison = compareInstruments(tag10, tag11);
    const changes = BUILT_IN_CHANGES['1.1.0']!;
    expect(comparison.comparable).toBe(false);
    expect(comparison.reason).toBe('other-version');
    expect(comparison.changedItems).toEqual([...Object.keys(changes.rewritten), 'q29', 'q41'].sort());
    expect(compareInstruments(tag11, tag10).changedItems).toEqual(comparison.changedItems);
    expect(compareInstruments(tag11, { id: 'balanse', version: '2.0.0' })).toMatchObject({
      comparable: false,
      reason: 'other-version',
      changedItems: null,
    });
  });

  it('never compares two instruments', () => {
    expect(compareInstruments(tag11, { id: 'custom', version: '1.1.0' })).toMatchObject({
      comparable: false,
      reason: 'other-instrument',
      changedItems: null,
    });
  });

  it('names a malformed reference', () => {
    expect(errorOf(() => compareInstruments({ id: 'balanse' } as never, tag11)).path).toBe('earlier.version');
    expect(errorOf(() => compareInstruments(tag11, null as never)).path).toBe('later');
  });
});

describe('assertComparableInstruments', () => {
  it('passes rounds of one version, and across versions only when told to', () => {
    expect(assertComparableInstruments(tag11, tag11).comparable).toBe(true);
    expect(assertComparableInstruments(tag10, tag11, { acrossVersions: true }).reason).toBe('other-version');
  });

  it('refuses rounds of two versions with a BalanseError naming instrument', () => {
    const error = errorOf(() => assertComparableInstruments(tag10, tag11));
    expect(error.path).toBe('instrument');
    expect(error.rule).toMatch(
      /^must be the instrument version of the round it is compared with \("balanse@1\.0\.0"\)/,
    );
    expect(error.received).toBe('balanse@1.1.0');
    expect(errorOf(() => assertComparableInstruments(tag10, tag11, {}, 'rounds[1].instrument')).path).toBe(
      'rounds[1].instrument',
    );
  });

  it('refuses two instruments even across versions', () => {
    const error = errorOf(() =>
      assertComparableInstruments(tag11, { id: 'custom', version: '1.0.0' }, { acrossVersions: true }),
    );
    expect(error.rule).toMatch(/never compared/);
  });
});
