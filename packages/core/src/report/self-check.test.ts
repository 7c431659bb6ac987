import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeUnits } from '../summarizeUnits/index.js';
import { createRandom, PROFILES, syntheticResponse, syntheticTeam } from '../synthetic/index.js';
import { propertyRuns } from '../test-utils/index.js';
import { LOCALES } from '../vocabulary/index.js';
import { buildReport, type ReportInput } from './buildReport.js';
import { ReportSchema } from './report-schema.js';

/*
 * buildReport no longer parses its own result with ReportSchema on every call (that parse was
 * about a third of a report's cost, and what it could find is a bug in core, not bad input).
 * This is where that check lives now: every report built from random releases, options and
 * extras has exactly the schema's shape (nothing missing, nothing extra the schema would strip)
 * and is a tree of its own, sharing no object with another report or with core's state.
 */

const profiles = Object.values(PROFILES);

/** Every object reachable from `value`, with its path. */
function objects(value: unknown, path = 'report', out = new Map<object, string>()): Map<object, string> {
  if (typeof value !== 'object' || value === null) return out;
  out.set(value, path);
  for (const [key, child] of Object.entries(value)) objects(child, `${path}.${key}`, out);
  return out;
}

const releaseArb = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  sizes: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 5 }),
  k: fc.integer({ min: 3, max: 7 }),
  confidence: fc.constantFrom(0.8, 0.9, 0.95),
  locale: fc.constantFrom(...LOCALES),
  self: fc.boolean(),
  sellers: fc.boolean(),
  previous: fc.boolean(),
  invitedExtra: fc.option(fc.integer({ min: 0, max: 5 })),
});

describe('buildReport’s result, checked here instead of on every call', () => {
  it('has exactly ReportSchema’s shape and shares no object, for random releases and options', () => {
    fc.assert(
      fc.property(releaseArb, (c) => {
        // A department and its teams, each team its own profile and size.
        const units = [
          { id: 'dept', responses: [] as unknown[] },
          ...c.sizes.map((size, t) => ({
            id: `t${t}`,
            parent: 'dept',
            responses: syntheticTeam(c.seed + t, size, profiles[(c.seed + t) % profiles.length]!),
          })),
        ];
        const options = { minGroupSize: c.k, confidence: c.confidence };
        const summaries = summarizeUnits(units, options);
        const earlier = summarizeUnits(
          units.map((u) => ({ ...u, responses: u.responses.slice(1) })),
          options,
        );
        const responded = c.sizes.reduce((sum, size) => sum + size, 0);
        const build = (id: string, withDepartment: boolean) => {
          const input: ReportInput = {
            team: summaries[id]!,
            ...(c.self
              ? { self: syntheticResponse(createRandom(c.seed), PROFILES.performance, { form: 'self' }) }
              : {}),
            ...(c.sellers ? { sellers: [{ name: 'Kari', competence: 2, commitment: 4, newInRole: true }] } : {}),
            ...(withDepartment
              ? {
                  department: {
                    name: 'Sales',
                    units: c.sizes.map((_, t) => ({ id: `t${t}`, summary: summaries[`t${t}`]! })),
                  },
                }
              : {}),
            ...(c.previous ? { previous: { summary: earlier[id]!, round: 'Spring' } } : {}),
          };
          const invited = c.invitedExtra === null ? undefined : responded + c.invitedExtra;
          return buildReport(input, {
            ...options,
            locale: c.locale,
            teamName: 'Team',
            generatedAt: '2026-11-20',
            ...(invited === undefined ? {} : { invited }),
          });
        };
        for (const [id, withDepartment] of [
          ['dept', true],
          ['t0', false],
        ] as const) {
          const report = build(id, withDepartment);
          const parsed = ReportSchema.safeParse(report);
          expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
          // The parse strips unknown keys: equal means nothing is missing and nothing extra.
          expect(parsed.data).toEqual(report);
          expect(JSON.parse(JSON.stringify(report))).toEqual(report);
          // A report is a fresh tree: no object of it is another report's, a summary's or a cache's.
          const again = objects(build(id, withDepartment));
          const inputs = objects(summaries);
          for (const [object, path] of objects(report)) {
            expect(again.has(object), `${path} is shared between two reports`).toBe(false);
            expect(inputs.has(object), `${path} is an object of a summary`).toBe(false);
          }
        }
      }),
      { numRuns: propertyRuns(40) },
    );
  });
});
