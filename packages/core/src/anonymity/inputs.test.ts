import { describe, expect, it } from 'vitest';
import { adviseTeam } from '../adviseTeam/index.js';
import { compareSelf } from '../compareSelf/index.js';
import { buildReport } from '../report/buildReport.js';
import { summarizeTeam } from '../summarizeTeam/index.js';
import type { TeamSummaryOk } from '../summarizeTeam/types.js';
import { allAnswered, countedAnswers } from '../test-utils/index.js';
import { summaryIssues } from './inputs.js';

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

/** A summary as a forger holds it: the same shape, every field writable. */
type Writable<T> = T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;
type Edit = (s: Writable<TeamSummaryOk>) => void;
const forged = (edit: Edit): unknown => {
  const copy = structuredClone(real) as Writable<TeamSummaryOk>;
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
    ['an item with more respondents than the team', (s) => (s.items.q01!.n = 11), /items\.q01\.n: must be at most n/],
    [
      'an item that leaves out fewer than k',
      (s) => (s.items.q01!.n = 8),
      /items\.q01\.n: must leave out nobody or at least required \(5\)/,
    ],
    ['an item below k', (s) => (s.items.q05!.n = 4), /items\.q05\.n: must be at least required/],
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
      /scales\.relation\.distribution: must add up to the scale's n \(10\)/,
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
    ['a zone away from its standard', (s) => (s.zone.standard.score = 10), /zone: must be placed at the scores/],
    [
      'a balance from other scores',
      (s) => (s.balance.scores.relation = 1),
      /balance\.scores: must be the scores of relation, system and administration/,
    ],
    ['a balance from another system score', (s) => (s.balance.scores.system = 1), /balance\.scores/],
    ['a balance from another administration score', (s) => (s.balance.scores.administration = 1), /balance\.scores/],
    [
      'an interval that ends below its mean',
      (s) => (s.scales.standard.interval = [60, 70]),
      /scales\.standard\.interval: must contain the mean/,
    ],
    [
      'no safety + standard characteristic',
      (s) => (s.characteristics.safetyAndStandard = null),
      /characteristics\.safetyAndStandard: must be given/,
    ],
    [
      'a safety + standard characteristic over other respondents',
      (s) => (s.characteristics.safetyAndStandard!.n = 9),
      /characteristics\.safetyAndStandard\.n: must equal n \(10\)/,
    ],
    [
      'a safety + standard that is not the lower of the two',
      (s) => (s.characteristics.safetyAndStandard!.mean = 74),
      /characteristics\.safetyAndStandard\.mean: must be the lower of the safety and standard means/,
    ],
    [
      'a characteristic interval without its mean',
      (s) => (s.characteristics.clearExpectations!.interval = [0, 1]),
      /characteristics\.clearExpectations\.interval: must contain the mean/,
    ],
    [
      'a characteristic below k',
      (s) => (s.characteristics.clearExpectations!.n = 4),
      /characteristics\.clearExpectations\.n: must be at least required \(5\)/,
    ],
    [
      'a characteristic that leaves out fewer than k',
      (s) => (s.characteristics.systematicFollowUp!.n = 7),
      /characteristics\.systematicFollowUp\.n: must leave out nobody or at least required/,
    ],
    [
      'a hidden characteristic without its reason',
      (s) => (s.characteristics.continuousFeedback = null),
      /characteristics\.continuousFeedback: must say in hidden why/,
    ],
    [
      'a hidden reason for a characteristic that is shown',
      (s) => (s.hidden['characteristic:personalAccountability'] = 'comparable-sets'),
      /hidden\.characteristic:personalAccountability: must not be given/,
    ],
    ['more flagged than respondents', (s) => (s.flags.flagged = 11), /flags\.flagged: must be at most n \(10\)/],
    [
      'flagged respondents without a sensitivity line or its reason',
      (s) => (s.flags.flagged = 5),
      /sensitivity: must say in hidden why/,
    ],
    [
      'a sensitivity line that counts the flagged',
      (s) => (
        (s.flags.flagged = 5),
        (s.sensitivity = { n: 10, scales: { relation: 70, system: 70, administration: 70, safety: 70, standard: 70 } })
      ),
      /sensitivity\.n: must equal n − flags\.flagged \(5\)/,
    ],
    [
      'a sensitivity line over more than the team',
      (s) => (
        (s.flags.flagged = 0),
        (s.sensitivity = { n: 11, scales: { relation: 70, system: 70, administration: 70, safety: 70, standard: 70 } })
      ),
      /sensitivity\.n: must be at most n \(10\)/,
    ],
  ])('refuses %s', (_, edit, message) => {
    const summary = forged(edit);
    for (const call of refusals(summary)) expect(call).toThrow(message);
  });

  it('refuses a summary made with a lower k than the options ask for, naming required', () => {
    const atThree = summarizeTeam(responses.slice(0, 4), { minGroupSize: 3 });
    for (const call of refusals(atThree))
      expect(call).toThrow(/required: must be at least options\.minGroupSize \(5\)/);
    for (const call of refusals(real, { minGroupSize: 7 }))
      expect(call).toThrow(/required: must be at least options\.minGroupSize \(7\)/);
    for (const call of refusals(real, { minGroupSize: 5 })) expect(call).not.toThrow();
    expect(() => adviseTeam(atThree, {})).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'summary.required' }),
    );
  });

  it('refuses a suppressed summary that claims a threshold below 3', () => {
    const summary = { status: 'suppressed', responded: 1, required: 1 };
    for (const call of refusals(summary)) expect(call).toThrow(/required: must be at least 3/);
  });

  it('names the unit of a department whose summary is forged', () => {
    const bad = forged((s) => (s.n = 2));
    expect(() =>
      buildReport(
        { team: real, department: { units: [{ id: 'x', summary: bad as TeamSummaryOk }] } },
        { locale: 'en' },
      ),
    ).toThrow(/^input\.department\.units\[0\]\.summary\.n: /);
  });
});

describe('summaryIssues: every broken rule of a summary, and nothing else', () => {
  const issuesOf = (summary: unknown) => summaryIssues(summary as TeamSummaryOk).map((i) => i.path.join('.'));

  it('finds nothing in what summarizeTeam made, at the lowest k allowed too', () => {
    expect(issuesOf(real)).toEqual([]);
    expect(issuesOf(summarizeTeam(responses.slice(0, 3), { minGroupSize: 3 }))).toEqual([]);
    expect(issuesOf({ status: 'suppressed', responded: 2, required: 3 })).toEqual([]);
  });

  it('names only the field that was forged', () => {
    expect(issuesOf(forged((s) => (s.items.q01!.n = 8)))).toEqual(['items.q01.n']);
    expect(issuesOf(forged((s) => (s.scales.relation.n = 11)))).toEqual([
      'scales.relation.n',
      'scales.relation.distribution',
    ]);
    expect(issuesOf(forged((s) => (s.flags.flagged = 11)))).toEqual(['flags.flagged', 'sensitivity']);
  });

  it('accepts the flag counts and sensitivity lines summarizeTeam makes', () => {
    const straight = (v: 1 | 5) => ({ answers: allAnswered(v) });
    const everyoneFlagged = summarizeTeam([1, 5, 1, 5, 1, 5].map((v) => straight(v as 1 | 5))) as TeamSummaryOk;
    expect(everyoneFlagged.flags.flagged).toBe(everyoneFlagged.n);
    const aFewFlagged = summarizeTeam([...responses, straight(5)]) as TeamSummaryOk;
    expect(aFewFlagged.hidden.sensitivity).toBe('comparable-sets');
    const halfFlagged = summarizeTeam([
      ...responses,
      ...[1, 5, 1, 5, 5].map((v) => straight(v as 1 | 5)),
    ]) as TeamSummaryOk;
    expect(halfFlagged.sensitivity).toMatchObject({ n: 10 });
    for (const summary of [everyoneFlagged, aFewFlagged, halfFlagged]) expect(issuesOf(summary)).toEqual([]);
  });

  it('allows an interval that misses its mean only by float rounding', () => {
    // An interval and its mean are sums of floats: a bound a rounding error past the mean is the mean.
    const mean = real.scales.safety.mean;
    expect(issuesOf(forged((s) => (s.scales.safety.interval = [mean + 1e-12, mean + 5])))).toEqual([]);
    expect(issuesOf(forged((s) => (s.scales.safety.interval = [mean - 5, mean - 1e-12])))).toEqual([]);
    expect(issuesOf(forged((s) => (s.scales.safety.interval = [mean + 1e-6, mean + 5])))).toEqual([
      'scales.safety.interval',
    ]);
  });
});
