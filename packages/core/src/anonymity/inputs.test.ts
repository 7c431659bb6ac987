import { describe, expect, it } from 'vitest';
import { adviseTeam } from '../adviseTeam/index.js';
import { compareSelf } from '../compareSelf/index.js';
import { buildReport } from '../report/buildReport.js';
import { summarizeTeam } from '../summarizeTeam/index.js';
import type { TeamSummaryOk } from '../summarizeTeam/types.js';
import { allAnswered, countedAnswers } from '../test-utils/index.js';

/*
 * R6: no trust in inputs. Each case edits a real summary the way a forger would and checks that
 * every function taking a summary refuses it, naming the field.
 */
const responses = Array.from({ length: 10 }, (_, i) => {
  const answers = countedAnswers({ relation: i % 2 === 0 ? 5 : 3 });
  if (i < 5) delete answers.q05;
  if (i < 2) delete answers.q06;
  return { answers };
});
const real = summarizeTeam(responses) as TeamSummaryOk;
const self = { form: 'self' as const, answers: allAnswered(4) };

type Edit = (s: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form forgery
const forged = (edit: Edit): unknown => {
  const copy = structuredClone(real) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  edit(copy);
  return copy;
};
const refusals = (summary: unknown, options: { minGroupSize?: number } = {}) => [
  () => buildReport({ team: summary as TeamSummaryOk }, { locale: 'en', ...options }),
  () => compareSelf(self, summary, options),
  () => adviseTeam(summary, options),
];

describe('R6: summaries from elsewhere are checked before use', () => {
  it('accepts what summarizeTeam made', () => {
    expect(real.status).toBe('ok');
    expect(real.items.q05).toMatchObject({ n: 5 });
    expect(real.hidden['item:q06']).toBe('comparable-sets');
    for (const call of refusals(real)) expect(call).not.toThrow();
  });

  it.each<[string, Edit, RegExp]>([
    ['n: 1, required: 1', (s) => ((s.n = 1), (s.required = 1)), /required: must be at least 3/],
    ['n below its own k', (s) => (s.n = 4), /n: must be at least required \(5\)/],
    [
      'a scale with more respondents than the team',
      (s) => (s.scales.relation.n = 11),
      /scales\.relation\.n: must equal n \(10\)/,
    ],
    ['a scale with fewer respondents than the team', (s) => (s.scales.system.n = 9), /scales\.system\.n: must equal n/],
    ['an item with more respondents than the team', (s) => (s.items.q01.n = 11), /items\.q01\.n: must be at most n/],
    [
      'an item that leaves out fewer than k',
      (s) => (s.items.q01.n = 8),
      /items\.q01\.n: must leave out nobody or at least required \(5\)/,
    ],
    ['an item below k', (s) => (s.items.q05.n = 4), /items\.q05\.n: must be at least required/],
    [
      'a sensitivity line beside a few flagged',
      (s) => (
        (s.sensitivity = {
          n: 8,
          scales: s.sensitivity?.scales ?? { relation: 70, system: 70, administration: 70, safety: 70, standard: 70 },
        }),
        (s.flags.flagged = 2)
      ),
      /sensitivity\.n: must leave out nobody or at least required/,
    ],
    [
      'a distribution that does not add up',
      (s) => (s.scales.relation.distribution.neutral += 1),
      /scales\.relation\.distribution/,
    ],
    [
      'an interval without its mean',
      (s) => (s.scales.safety.interval = [0, 1]),
      /scales\.safety\.interval: must contain the mean/,
    ],
    [
      'a hidden reason for a figure that is shown',
      (s) => (s.hidden['item:q01'] = 'below-threshold'),
      /hidden\.item:q01/,
    ],
    ['a hidden figure without its reason', (s) => delete s.hidden['item:q06'], /items\.q06: must say in hidden why/],
    ['a zone away from its scales', (s) => (s.zone.safety.score = 10), /zone: must be placed at the scores/],
    ['a balance from other scores', (s) => (s.balance.scores.relation = 1), /balance\.scores/],
  ])('refuses %s', (_, edit, message) => {
    const summary = forged(edit);
    for (const call of refusals(summary)) expect(call).toThrowError(message);
  });

  it('refuses a summary made with a lower k than the options ask for, naming required', () => {
    const atThree = summarizeTeam(responses.slice(0, 4), { minGroupSize: 3 });
    for (const call of refusals(atThree))
      expect(call).toThrowError(/required: must be at least options\.minGroupSize \(5\)/);
    for (const call of refusals(real, { minGroupSize: 7 }))
      expect(call).toThrowError(/required: must be at least options\.minGroupSize \(7\)/);
    for (const call of refusals(real, { minGroupSize: 5 })) expect(call).not.toThrow();
  });

  it('refuses a suppressed summary that claims a threshold below 3', () => {
    const summary = { status: 'suppressed', responded: 1, required: 1 };
    for (const call of refusals(summary)) expect(call).toThrowError(/required: must be at least 3/);
  });

  it('names the unit of a department whose summary is forged', () => {
    const bad = forged((s) => (s.n = 2));
    expect(() =>
      buildReport(
        { team: real, department: { units: [{ id: 'x', summary: bad as TeamSummaryOk }] } },
        { locale: 'en' },
      ),
    ).toThrowError(/^input\.department\.units\[0\]\.summary\.n: /);
  });
});
