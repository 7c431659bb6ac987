import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BalanseError } from '../errors/index.js';
import { instrument } from '../instrument/builtin.js';
import { BUILT_IN_VERSIONS } from '../instrument/versions.js';
import type { Response } from '../response/response-schema.js';
import { PROFILES, syntheticTeam } from '../synthetic/index.js';
import { allAnswered, answersFor, countedAnswers, ITEM_IDS, responseAt, withoutItems } from '../test-utils/index.js';
import { summarizeTeam } from './index.js';
import type { TeamSummaryOk } from './types.js';

const ok = (responses: unknown, options?: Parameters<typeof summarizeTeam>[1]) => {
  const summary = summarizeTeam(responses, options);
  if (summary.status !== 'ok') throw new Error('expected an ok summary');
  return summary;
};
type Level = 1 | 2 | 3 | 4 | 5;
const levels = (r: Level, s: Level, a: Level, t: Level, d: Level) =>
  ({ relation: r, system: s, administration: a, safety: t, standard: d }) as const;

describe('summarizeTeam', () => {
  describe('anonymity (§8.8)', () => {
    it('returns exactly the counts below k, and nothing derived from answers', () => {
      const team = syntheticTeam(1, 4, PROFILES.comfort);
      expect(summarizeTeam(team)).toStrictEqual({ status: 'suppressed', responded: 4, required: 5 });
    });

    it('reports from k respondents', () => {
      expect(summarizeTeam(syntheticTeam(1, 5, PROFILES.comfort)).status).toBe('ok');
    });

    it('counts only respondents with a score on every scale toward k (§8.6)', () => {
      const team: Response[] = [...syntheticTeam(1, 4, PROFILES.comfort), { answers: { q01: 4, q02: 5 } }];
      expect(summarizeTeam(team)).toStrictEqual({ status: 'suppressed', responded: 4, required: 5 });
      // Four scales of five are not enough: the fifth would be computed over other people.
      const noStandard = { answers: answersFor({ relation: 4, system: 4, administration: 4, safety: 4 }) };
      expect(summarizeTeam([...syntheticTeam(1, 4, PROFILES.comfort), noStandard])).toStrictEqual({
        status: 'suppressed',
        responded: 4,
        required: 5,
      });
    });

    it('never counts the leader’s self form', () => {
      const team: Response[] = [...syntheticTeam(1, 4, PROFILES.comfort), { form: 'self', answers: allAnswered(5) }];
      expect(summarizeTeam(team)).toStrictEqual({ status: 'suppressed', responded: 4, required: 5 });
      const six = [...syntheticTeam(1, 6, PROFILES.comfort), { form: 'self' as const, answers: allAnswered(1) }];
      expect(ok(six).n).toBe(6);
      expect(ok(six).scales.relation.mean).toBe(ok(six.slice(0, 6)).scales.relation.mean);
    });

    it('applies a configured k of 3', () => {
      expect(summarizeTeam(syntheticTeam(1, 3, PROFILES.comfort), { minGroupSize: 3 }).status).toBe('ok');
    });

    it('rejects k below 3 with a clear error', () => {
      expect(() => summarizeTeam([], { minGroupSize: 2 })).toThrow(
        'options.minGroupSize: must be an integer of at least 3: below that, answers could be traced to a person, got 2',
      );
    });

    it('computes every scale, the zone and the balance over the same counted respondents (R2)', () => {
      const team = [
        ...Array.from({ length: 6 }, () => ({ answers: countedAnswers({}) })),
        // Answered relation and safety only: not counted, so no scale is over other people than another.
        { answers: answersFor({ relation: 1, safety: 1 }) },
      ];
      const summary = ok(team);
      expect(summary).toMatchObject({ n: 6, incomplete: 1 });
      for (const scale of Object.values(summary.scales)) expect(scale.n).toBe(6);
      expect(summary.scales.relation.mean).toBe(75);
      expect(summary.characteristics.safetyAndStandard!.n).toBe(6);
    });

    it('hides an item that fewer than k answered', () => {
      const withoutQ02 = (answers: ReturnType<typeof countedAnswers>) => {
        const { q02: _skipped, ...rest } = answers;
        return rest;
      };
      const team = Array.from({ length: 9 }, (_, i) => ({
        answers: i < 4 ? countedAnswers({}) : withoutQ02(countedAnswers({})),
      }));
      const summary = ok(team);
      expect(summary.items.q01).toEqual({
        mean: 4,
        score: 75,
        n: 9,
        distribution: { favourable: 9, neutral: 0, unfavourable: 0 },
        cannotAnswer: 0,
      });
      expect(summary.items.q02).toBeNull();
      expect(summary.hidden['item:q02']).toBe('below-threshold');
    });

    it('hides an item that a few counted respondents skipped, and shows it when k or more did (R2)', () => {
      const skipping = (count: number) =>
        Array.from({ length: 10 }, (_, i) => {
          const answers = countedAnswers({});
          if (i < count) delete answers.q01;
          return { answers };
        });
      // Beside the relation scale over 10 people, q01 over 9 would give back the one who skipped it.
      expect(ok(skipping(1)).items.q01).toBeNull();
      expect(ok(skipping(1)).hidden['item:q01']).toBe('comparable-sets');
      expect(ok(skipping(4)).hidden['item:q01']).toBe('comparable-sets');
      expect(ok(skipping(5)).items.q01).toMatchObject({ mean: 4, n: 5 });
      expect(ok(skipping(0)).items.q01).toMatchObject({ mean: 4, n: 10 });
    });

    it('hides a characteristic that a few counted respondents lack (R2)', () => {
      const lacking = Array.from({ length: 8 }, (_, i) => {
        const answers = countedAnswers({});
        // One of the four clear-expectations items left: still counted, but not in that index.
        return { answers: i === 0 ? withoutItems(answers, ['q02', 'q08', 'q22']) : answers };
      });
      const summary = ok(lacking);
      expect(summary.characteristics.clearExpectations).toBeNull();
      expect(summary.hidden['characteristic:clearExpectations']).toBe('comparable-sets');
      expect(summary.characteristics.continuousFeedback).not.toBeNull();
    });

    it('stays suppressed as respondents are added one by one, until the k-th', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 3, max: 7 }), (seed, k) => {
          const team = syntheticTeam(seed, k + 2, PROFILES.borderline);
          for (let size = 0; size <= team.length; size++) {
            const summary = summarizeTeam(team.slice(0, size), { minGroupSize: k });
            if (size < k) expect(summary).toStrictEqual({ status: 'suppressed', responded: size, required: k });
            else expect(summary.status).toBe('ok');
          }
        }),
        { numRuns: 60 },
      );
    });

    it('never reveals a statistic from fewer than k, however many respond', () => {
      const answer = fc.option(fc.constantFrom(1, 2, 3, 4, 5), { nil: undefined });
      const responseArb = fc.array(answer, { minLength: 40, maxLength: 40 }).map((values) => ({
        answers: Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[ITEM_IDS[i]!, v]]))),
      }));
      fc.assert(
        fc.property(fc.array(responseArb, { maxLength: 9 }), fc.integer({ min: 3, max: 6 }), (responses, k) => {
          const summary = summarizeTeam(responses, { minGroupSize: k });
          if (summary.status === 'suppressed') {
            expect(Object.keys(summary).sort()).toEqual(['required', 'responded', 'status']);
            expect(summary.responded).toBeLessThan(k);
            return;
          }
          expect(summary.n).toBeGreaterThanOrEqual(k);
          for (const scale of Object.values(summary.scales)) expect(scale.n).toBe(summary.n);
          for (const s of [
            ...Object.values(summary.scales),
            ...Object.values(summary.characteristics),
            ...Object.values(summary.items),
          ]) {
            if (!s) continue;
            expect(s.n).toBeGreaterThanOrEqual(k);
            // R2: what the unit's set holds beyond the figure's is nobody or at least k.
            expect(summary.n - s.n === 0 || summary.n - s.n >= k).toBe(true);
          }
          if (summary.sensitivity) expect(summary.sensitivity.n).toBeGreaterThanOrEqual(k);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('item detail (§8.5)', () => {
    const withQ01 = (value: 4 | null | undefined, i: number) => {
      const answers: Record<string, number | null> = countedAnswers({});
      if (i < 5) {
        if (value === undefined) delete answers.q01;
        else answers.q01 = value;
      }
      return { answers } as Response;
    };

    it('counts "cannot answer" apart from a skip, and nothing else changes: the same people in every set', () => {
      const cannot = ok(Array.from({ length: 10 }, (_, i) => withQ01(null, i)));
      const skipped = ok(Array.from({ length: 10 }, (_, i) => withQ01(undefined, i)));
      expect(cannot.items.q01).toMatchObject({ n: 5, cannotAnswer: 5 });
      expect(skipped.items.q01).toMatchObject({ n: 5, cannotAnswer: 0 });
      const without = (s: TeamSummaryOk) => ({
        ...s,
        items: Object.fromEntries(Object.entries(s.items).map(([id, i]) => [id, i && { ...i, cannotAnswer: 0 }])),
      });
      expect(without(cannot)).toEqual(without(skipped));
    });

    it('gives each item its 0–100 score and its three bands over those who answered it', () => {
      const team = ok(
        Array.from({ length: 6 }, (_, i) => ({
          answers: { ...countedAnswers({}), q01: ([1, 2, 3, 4, 5, 5] as const)[i] },
        })),
      );
      expect(team.items.q01).toEqual({
        mean: 20 / 6,
        score: (25 * (20 - 6)) / 6,
        n: 6,
        distribution: { favourable: 3, neutral: 1, unfavourable: 2 },
        cannotAnswer: 0,
      });
    });

    it('reads a reverse-keyed item in its scale’s direction: the mean as answered, score and bands keyed', () => {
      const reversed = {
        ...instrument,
        id: 'reversed',
        items: instrument.items.map((item) => (item.id === 'q01' ? { ...item, reverse: true } : item)),
      };
      const team = ok(
        Array.from({ length: 6 }, () => ({ answers: { ...countedAnswers({}), q01: 2 } })),
        { instrument: reversed },
      );
      // Answered 2 ("disagree") on a reversed item: a keyed 4, favourable, 75 points.
      expect(team.items.q01).toMatchObject({
        mean: 2,
        score: 75,
        distribution: { favourable: 6, neutral: 0, unfavourable: 0 },
      });
    });
  });

  describe('safety + standard (§8.12)', () => {
    it('is the lower of the two team means, with that scale’s interval', () => {
      const team = ok([
        ...Array.from({ length: 3 }, () => responseAt(levels(4, 4, 4, 5, 3))),
        ...Array.from({ length: 3 }, () => responseAt(levels(4, 4, 4, 3, 4))),
      ]);
      expect(team.scales.safety.mean).toBe(75);
      expect(team.scales.standard.mean).toBe(62.5);
      const { mean, sd, n, halfWidth, interval } = team.scales.standard;
      expect(team.characteristics.safetyAndStandard).toEqual({ mean, sd, n, halfWidth, interval });
    });
  });

  describe('instrument versions', () => {
    const v100 = BUILT_IN_VERSIONS['1.0.0']!;
    const tagged = (version: string, n: number) =>
      Array.from({ length: n }, () => ({
        instrument: { id: 'balanse', version },
        answers: Object.fromEntries((version === '1.0.0' ? v100 : instrument).items.map((item) => [item.id, 4])),
      }));

    it('scores answers under the version they name, so 1.0.0 answers keep scoring under 1.0.0', () => {
      // q29 is in 1.0.0 only (1.1.0 replaced it with q41): under 1.1.0 these would be refused.
      expect(v100.items.some((i) => i.id === 'q29')).toBe(true);
      const summary = ok(tagged('1.0.0', 6));
      expect(summary.instrument).toEqual({ id: 'balanse', version: '1.0.0' });
      expect(summary.items.q29).toMatchObject({ n: 6 });
    });

    it('refuses answers of two versions in one team, naming the second', () => {
      expect(() => summarizeTeam([...tagged('1.1.0', 5), ...tagged('1.0.0', 1)])).toThrow(
        /^responses\[5\]\.instrument: /,
      );
    });
  });

  describe('scale statistics (§8.5, §8.9)', () => {
    it('takes the mean of respondent scale scores, each respondent weighing equally', () => {
      // One respondent answers 4 items at 5, another 8 items at 1: pooled items would give 33.3, respondents give 50.
      const team = [
        { answers: countedAnswers({ relation: [5, 5, 5, 5] }) },
        { answers: countedAnswers({ relation: 1 }) },
        ...Array.from({ length: 3 }, () => ({ answers: countedAnswers({ relation: 3 }) })),
      ];
      expect(ok(team).scales.relation.mean).toBe(50);
    });

    it('reports SD, n and the 80 % interval with its 5-point floor', () => {
      const team = Array.from({ length: 6 }, () => responseAt(levels(4, 4, 4, 4, 4)));
      const relation = ok(team).scales.relation;
      expect(relation).toMatchObject({ mean: 75, sd: 0, n: 6, halfWidth: 5, interval: [70, 80] });
    });

    it('widens the interval with t₀.₉₀ × SE (n = 6: t = 1.476)', () => {
      const team = [3, 4, 5, 3, 4, 5].map((v) => ({ answers: countedAnswers({ safety: v }) }));
      const safety = ok(team).scales.safety;
      const sd = Math.sqrt((4 * 625) / 5);
      expect(safety.sd).toBeCloseTo(sd, 10);
      expect(safety.halfWidth).toBeCloseTo((1.475884 * sd) / Math.sqrt(6), 4);
    });

    it('counts the favourable, neutral and unfavourable bands (§8.5)', () => {
      const team = [5, 4, 3, 3, 2, 1].map((v) => ({ answers: countedAnswers({ system: v }) }));
      expect(ok(team).scales.system.distribution).toEqual({ favourable: 2, neutral: 2, unfavourable: 2 });
    });

    it('flags a polarised team: at least 25 % favourable and 25 % unfavourable (§8.10)', () => {
      const split = [5, 5, 1, 1, 3, 3, 3, 3].map((v) => ({ answers: countedAnswers({ safety: v }) }));
      expect(ok(split).scales.safety.polarised).toBe(true);
      const oneSided = [5, 5, 1, 3, 3, 3, 3, 3].map((v) => ({ answers: countedAnswers({ safety: v }) }));
      expect(ok(oneSided).scales.safety.polarised).toBe(false);
    });

    it('reports the item-level missing rate per scale (§8.6)', () => {
      const team = Array.from({ length: 5 }, () => ({ answers: countedAnswers({ relation: [4, 4, 4, 4, 4, 4] }) }));
      expect(ok(team).scales.relation.missingRate).toBe(0.25);
    });

    it('counts incomplete submissions without dropping them', () => {
      const team = [...Array.from({ length: 5 }, () => responseAt(levels(4, 4, 4, 4, 4))), { answers: { q01: 3 } }];
      expect(ok(team)).toMatchObject({ n: 5, incomplete: 1 });
    });
  });

  describe('zone and balance', () => {
    it('places a team with high safety and low standard in the comfort zone', () => {
      const summary = ok(Array.from({ length: 6 }, () => responseAt(levels(5, 2, 4, 5, 2))));
      expect(summary.zone).toMatchObject({ zone: 'comfort', candidates: ['comfort'] });
      expect(summary.balance).toMatchObject({
        lean: 'relation',
        profile: 'A',
        expectedZone: 'comfort',
        foundation: 'solid',
      });
    });

    it('marks the zone axis split when the team is polarised on it', () => {
      const team = [5, 5, 5, 1, 1, 1].map((v) => ({ answers: countedAnswers({ safety: v }) }));
      expect(ok(team).zone.safety.split).toBe(true);
    });

    it('uses the per-person tilt and its interval (§8.11)', () => {
      // Tilts of +50 and −25 alternate: mean 12.5, but wide spread → not meaningful.
      const team = [0, 1, 2, 3, 4, 5].map((i) => ({
        answers: countedAnswers(i % 2 === 0 ? { relation: 5, system: 3 } : { relation: 3, system: 4 }),
      }));
      const balance = ok(team).balance;
      expect(balance.tilt).toBe(12.5);
      expect(balance.tiltThreshold).toBeGreaterThan(12.5);
      expect(balance.lean).toBe('balanced');
    });
  });

  describe('careless-answer flags (§8.7)', () => {
    const straight = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ answers: allAnswered(i % 2 === 0 ? 5 : 4) }));

    it('counts flagged respondents and keeps them in the score', () => {
      const team = [...syntheticTeam(2, 6, PROFILES.performance), ...straight(1)];
      const summary = ok(team);
      expect(summary.flags).toMatchObject({ flagged: 1, longstring: 1 });
      expect(summary.n).toBe(7);
    });

    it('shows the line without flagged responses only when both groups are at least k (R2)', () => {
      const clean = syntheticTeam(2, 6, PROFILES.performance);
      // Beside the score over everyone, a line over all but one would give that one back.
      const one = ok([...clean, ...straight(1)]);
      expect(one.sensitivity).toBeNull();
      expect(one.hidden.sensitivity).toBe('comparable-sets');
      expect(ok([...clean, ...straight(4)]).hidden.sensitivity).toBe('comparable-sets');
      const five = ok([...clean, ...straight(5)]);
      expect(five.sensitivity!.n).toBe(6);
      expect(five.sensitivity!.scales.relation).toBeCloseTo(ok(clean).scales.relation.mean, 10);
      // Fewer than k unflagged: hidden too.
      expect(ok([...clean.slice(0, 4), ...straight(6)]).hidden.sensitivity).toBe('below-threshold');
    });

    it('has no line without flagged responses when nobody is flagged', () => {
      const summary = ok(syntheticTeam(2, 6, PROFILES.performance));
      expect(summary.flags.flagged).toBe(0);
      expect(summary.sensitivity).toBeNull();
      expect(summary.hidden.sensitivity).toBeUndefined();
    });
  });

  describe('invariants', () => {
    it('does not depend on the order of responses', () => {
      const team = syntheticTeam(7, 9, PROFILES.borderline);
      fc.assert(
        fc.property(fc.shuffledSubarray(team, { minLength: team.length, maxLength: team.length }), (shuffled) => {
          // Exactly equal, to the last bit: sums run in a fixed order whatever the input order.
          expect(summarizeTeam(shuffled)).toStrictEqual(summarizeTeam(team));
        }),
        { numRuns: 50 },
      );
    });

    it('names the response and field of any invalid input', () => {
      const team = syntheticTeam(1, 5, PROFILES.comfort);
      expect(() => summarizeTeam([...team, { answers: { q03: 0 } }])).toThrow(
        'responses[5].answers.q03: must be an integer from 1 to 5, got 0',
      );
      expect(() => summarizeTeam('many')).toThrow(BalanseError);
      expect(() => summarizeTeam('many')).toThrow('responses: must be an array of responses, got "many"');
    });
  });
});
