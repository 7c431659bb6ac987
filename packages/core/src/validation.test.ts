/**
 * Cross-cutting invariant: every public function either returns a whole, finite result or throws
 * a BalanseError that names the field and the rule. Never NaN, never undefined, never a TypeError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import { PROFILES, syntheticTeam } from './synthetic/index.js';
import { ITEM_IDS } from './test-utils/index.js';

const { BalanseError } = core;

/** JSON of the result has no NaN or Infinity (JSON.stringify turns them into null; we look before that). */
function assertFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
}

function expectWholeOrBalanseError(run: () => unknown): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(BalanseError);
    expect((error as InstanceType<typeof BalanseError>).message).toMatch(/^.+: .+, got .+$/);
    return;
  }
  expect(result).not.toBeUndefined();
  assertFinite(result);
}

const summary = core.summarizeTeam(syntheticTeam(5, 7, PROFILES.borderline));

const FUNCTIONS: [string, (input: unknown) => unknown][] = [
  ['scoreResponse', (x) => core.scoreResponse(x)],
  ['summarizeTeam', (x) => core.summarizeTeam(x)],
  ['summarizeUnits', (x) => core.summarizeUnits(x as never)],
  ['classifyZone', (x) => core.classifyZone(x as never)],
  ['assessBalance', (x) => core.assessBalance(x as never)],
  ['diagnose', (x) => core.diagnose(x as never)],
  ['recommendStyle', (x) => core.recommendStyle(x as never)],
  ['compareSelf', (x) => core.compareSelf(x, summary)],
  ['adviseTeam', (x) => core.adviseTeam(x)],
  ['buildReport', (x) => core.buildReport(x as never, { locale: 'en' })],
  ['reportToCsv', (x) => core.reportToCsv(x as never)],
  ['options', (x) => core.summarizeTeam([], x as never)],
];

describe('every public function on arbitrary input', () => {
  it.each(FUNCTIONS)('%s returns a whole result or throws a BalanseError naming the field', (_, fn) => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (input) =>
        expectWholeOrBalanseError(() => fn(input)),
      ),
      { numRuns: 300 },
    );
  });
});

describe('a single broken answer in a team', () => {
  it('is reported at its exact path', () => {
    const team = syntheticTeam(5, 7, PROFILES.borderline);
    const bad = fc.constantFrom(0, 6, 3.5, -1, '4', true, Number.NaN, Infinity, [], {});
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: team.length - 1 }),
        fc.constantFrom(...ITEM_IDS),
        bad,
        (index, item, value) => {
          const broken = team.map((r, i) => (i === index ? { ...r, answers: { ...r.answers, [item]: value } } : r));
          try {
            core.summarizeTeam(broken);
            expect.fail('expected a BalanseError');
          } catch (error) {
            expect(error).toBeInstanceOf(BalanseError);
            expect((error as InstanceType<typeof BalanseError>).path).toBe(`responses[${index}].answers.${item}`);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
