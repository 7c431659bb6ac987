import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BalanseError } from '../errors/index.js';
import { instrument } from '../instrument/builtin.js';
import { allAnswered, answersFor, ITEM_IDS } from '../test-utils/index.js';
import { CHARACTERISTICS, SCALES } from '../vocabulary/index.js';
import { scoreResponse, type ResponseScore } from './index.js';

describe('scoreResponse', () => {
  describe('scale scores (§8.5)', () => {
    it.each([
      [1, 0],
      [2, 25],
      [3, 50],
      [4, 75],
      [5, 100],
    ] as const)('maps an all-%i response to %i on every scale', (answer, expected) => {
      const score = scoreResponse({ answers: allAnswered(answer) });
      for (const scale of SCALES) expect(score.scales[scale]).toBe(expected);
    });

    it('averages the answered items of a scale', () => {
      const score = scoreResponse({ answers: answersFor({ relation: [5, 4, 4, 3, 5, 4, 4, 3] }) });
      expect(score.scales.relation).toBe((4 - 1) * 25);
    });
  });

  describe('the half rule (§8.6)', () => {
    it('scores a scale with 4 of 8 items answered', () => {
      const score = scoreResponse({ answers: answersFor({ system: [4, 4, 5, 5] }) });
      expect(score.scales.system).toBe(87.5); // mean 4.5
    });

    it('gives no score with 3 of 8 items answered', () => {
      const score = scoreResponse({ answers: answersFor({ system: [4, 4, 5] }) });
      expect(score.scales.system).toBeNull();
      expect(score.valid).toBe(false);
    });

    it('counts "cannot answer" (null) as missing', () => {
      const score = scoreResponse({ answers: answersFor({ safety: [5, 5, 5, null, null, null, null, null] }) });
      expect(score.scales.safety).toBeNull();
      expect(score.answeredPerScale.safety).toBe(3);
      expect(score.answered).toBe(3);
    });

    it('marks a response with no scale score as not valid, and keeps counting it', () => {
      const score = scoreResponse({ answers: {} });
      expect(score).toMatchObject({ valid: false, answered: 0 });
      expect(Object.values(score.scales).every((v) => v === null)).toBe(true);
    });
  });

  describe('characteristics (§8.12)', () => {
    it('builds each item-based characteristic from its 4 tagged items', () => {
      const tagged = instrument.items
        .filter((item) => item.characteristic === 'clearExpectations')
        .map((item) => item.id);
      expect(tagged).toHaveLength(4);
      const answers = Object.fromEntries(tagged.map((id, i) => [id, i < 2 ? 5 : 3]));
      expect(scoreResponse({ answers }).characteristics.clearExpectations).toBe(75);
    });

    it('needs 2 of 4 tagged items answered', () => {
      const tagged = instrument.items
        .filter((item) => item.characteristic === 'continuousFeedback')
        .map((item) => item.id);
      expect(scoreResponse({ answers: { [tagged[0]!]: 4 } }).characteristics.continuousFeedback).toBeNull();
      expect(scoreResponse({ answers: { [tagged[0]!]: 4, [tagged[1]!]: 5 } }).characteristics.continuousFeedback).toBe(
        87.5,
      );
    });

    it('takes safety + standard as the lower of the two: both must be present', () => {
      const score = scoreResponse({ answers: answersFor({ safety: 5, standard: 2 }) });
      expect(score.characteristics.safetyAndStandard).toBe(25);
      expect(scoreResponse({ answers: answersFor({ safety: 5 }) }).characteristics.safetyAndStandard).toBeNull();
    });
  });

  describe('reverse keying (§8.3)', () => {
    it('scores a reverse-keyed item as 6 − x', () => {
      const custom = {
        ...instrument,
        id: 'reversed',
        items: instrument.items.map((item, i) => (i === 0 ? { ...item, reverse: true } : item)),
      };
      const answers = answersFor({ relation: [1, 5, 5, 5, 5, 5, 5, 5] });
      expect(scoreResponse({ answers }, { instrument: custom }).scales.relation).toBe(100);
      expect(scoreResponse({ answers }).scales.relation).toBe(87.5);
    });
  });

  describe('flags (§8.7)', () => {
    it('flags a straight-lined response but still scores it', () => {
      const score = scoreResponse({ answers: allAnswered(4) });
      expect(score.flags.longstring).toBe(true);
      expect(score.scales.relation).toBe(75);
    });

    it('counts too-fast pages from page times', () => {
      const score = scoreResponse({ answers: allAnswered(4), pageTimes: [10_000, 60_000, 60_000, 60_000, 60_000] });
      expect(score.flags.speedPages).toBe(1);
    });
  });

  describe('invalid input', () => {
    it.each([
      [{ answers: { q07: 7 } }, 'response.answers.q07', 'must be an integer from 1 to 5, got 7'],
      [{ answers: { q07: 2.5 } }, 'response.answers.q07', 'must be an integer from 1 to 5, got 2.5'],
      [{ answers: { q07: '3' } }, 'response.answers.q07', 'must be an integer from 1 to 5, got "3"'],
      [{ answers: { q07: Number.NaN } }, 'response.answers.q07', 'got NaN'],
      [{ answers: { q99: 3 } }, 'response.answers.q99', 'is not an item of the instrument "balanse@1.1.0"'],
      [{ answers: [] }, 'response.answers', 'must be an object of answers keyed by item id'],
      [{}, 'response.answers', 'got nothing'],
      [null, 'response', 'must be an object'],
      [{ answers: {}, form: 'boss' }, 'response.form', 'must be one of "team", "self"'],
      [{ answers: {}, locale: 'de' }, 'response.locale', 'must be one of "nb", "nn", "sv", "en"'],
      [{ answers: {}, pageTimes: [1000, -1] }, 'response.pageTimes[1]', 'must be a number of at least 0'],
    ])('rejects %j naming %s', (input, path, message) => {
      expect(() => scoreResponse(input)).toThrow(BalanseError);
      try {
        scoreResponse(input);
      } catch (error) {
        expect((error as BalanseError).path).toBe(path);
        expect((error as BalanseError).message).toContain(message);
      }
    });

    it('rejects unknown options by name', () => {
      expect(() => scoreResponse({ answers: {} }, { minGroupsize: 5 } as never)).toThrow(
        'options.minGroupsize: is not a known field',
      );
    });
  });

  describe('invariants', () => {
    const answerArb = fc.option(fc.constantFrom(1, 2, 3, 4, 5), { nil: null });
    const responseArb = fc
      .dictionary(fc.constantFrom(...ITEM_IDS), answerArb, { maxKeys: 40 })
      .map((answers) => ({ answers }));

    it('keeps every score within 0–100 or null, never NaN', () => {
      fc.assert(
        fc.property(responseArb, (response) => {
          const score = scoreResponse(response);
          for (const v of [...Object.values(score.scales), ...Object.values(score.characteristics)]) {
            if (v !== null) {
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(100);
            }
          }
          expect(Object.keys(score.characteristics)).toEqual([...CHARACTERISTICS]);
        }),
      );
    });

    it('has typed results', () => {
      expectTypeOf(scoreResponse).returns.toEqualTypeOf<ResponseScore>();
      expectTypeOf<ResponseScore['scales']['relation']>().toEqualTypeOf<number | null>();
    });
  });
});
