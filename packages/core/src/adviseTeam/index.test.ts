import { describe, expect, it } from 'vitest';
import { summarizeTeam } from '../summarizeTeam/index.js';
import { answersFor, countedAnswers, responseAt } from '../test-utils/index.js';
import { adviseTeam } from './index.js';

const levels = (r: number, s: number, a: number, t: number, d: number) =>
  ({ relation: r, system: s, administration: a, safety: t, standard: d }) as never;
const team = (r: number, s: number, a: number, t: number, d: number) =>
  summarizeTeam(Array.from({ length: 6 }, () => responseAt(levels(r, s, a, t, d))));
const topics = (summary: ReturnType<typeof summarizeTeam>) => {
  const advice = adviseTeam(summary);
  return advice.status === 'ok' ? advice.advice.map((a) => a.topic) : [];
};

describe('adviseTeam', () => {
  it('puts a weak foundation first', () => {
    expect(topics(team(2, 2, 2, 2, 2))[0]).toBe('weak-foundation');
  });

  it('asks for force on both sides when both are light', () => {
    expect(topics(team(2, 2, 4, 4, 4))).toContain('light-pressure');
  });

  it('points low safety to more relation leadership: low energy or friction', () => {
    const advice = adviseTeam(team(4, 4, 4, 2, 4));
    expect(advice.status === 'ok' && advice.advice.find((a) => a.topic === 'low-energy-or-friction')).toMatchObject({
      lever: 'relation',
      reasons: [{ statistic: 'safety', value: 25, rule: 'below-cut' }],
    });
  });

  it('points low relation to rebuilding trust', () => {
    expect(topics(team(2, 4, 4, 4, 4))).toContain('trust');
  });

  it('points the comfort zone to more system leadership: well-being without demands', () => {
    const advice = adviseTeam(team(5, 2, 4, 5, 2));
    expect(advice.status === 'ok' && advice.advice.find((a) => a.topic === 'drift-to-wellbeing')).toMatchObject({
      lever: 'system',
      reasons: [{ statistic: 'standard', rule: 'comfort' }],
    });
  });

  it('points low clear expectations to more system leadership', () => {
    expect(topics(team(4, 2, 2, 4, 4))).toContain('unclear-expectations');
  });

  it('points missing feedback and follow-up to a structure for follow-up', () => {
    expect(topics(team(4, 2, 2, 4, 4))).toContain('missing-structure');
  });

  it('turns a split team on system leadership into fair standards for everyone', () => {
    const split = summarizeTeam(
      [5, 5, 5, 1, 1, 1].map((v) => ({
        answers: answersFor({ relation: 4, system: v, administration: 4, safety: 4, standard: 4 }),
      })),
    );
    expect(topics(split)).toContain('fair-standards');
  });

  it('turns a split team on relation leadership into seeing each person', () => {
    const split = summarizeTeam(
      [5, 5, 5, 1, 1, 1].map((v) => ({
        answers: answersFor({ relation: v, system: 4, administration: 4, safety: 4, standard: 4 }),
      })),
    );
    expect(topics(split)).toContain('seen-as-individuals');
  });

  it('has nothing to add for a strong, balanced team, and lists every characteristic as present', () => {
    const advice = adviseTeam(team(5, 5, 5, 5, 5));
    expect(advice).toMatchObject({ status: 'ok', advice: [] });
    expect(advice.status === 'ok' && advice.characteristics.every((c) => c.present)).toBe(true);
  });

  it('gives no advice for a suppressed team', () => {
    expect(adviseTeam({ status: 'suppressed', responded: 2, required: 5 })).toEqual({ status: 'suppressed' });
  });

  it('points a low system scale on its own to more system leadership: "it is going fine" without the numbers', () => {
    const advice = adviseTeam(team(4, 3, 4, 4, 4));
    expect(advice.status === 'ok' && advice.advice).toEqual([
      {
        topic: 'fine-without-numbers',
        lever: 'system',
        reasons: [{ statistic: 'system', value: 50, rule: 'below-cut' }],
      },
    ]);
  });

  it('reads the comfort zone and a characteristic in place from the cut itself', () => {
    // Standard exactly at the cut: high, so no drift toward well-being.
    const atCut = summarizeTeam(
      Array.from({ length: 6 }, () => ({ answers: countedAnswers({ safety: 5, standard: [4, 4, 4, 4, 3, 3, 3, 3] }) })),
    );
    expect(atCut.status === 'ok' && atCut.scales.standard.mean).toBe(62.5);
    expect(topics(atCut)).not.toContain('drift-to-wellbeing');
    const advice = adviseTeam(atCut);
    expect(
      advice.status === 'ok' && advice.characteristics.find((c) => c.characteristic === 'safetyAndStandard'),
    ).toMatchObject({
      score: 62.5,
      present: true,
    });
  });
});
