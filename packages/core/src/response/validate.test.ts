import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInstrument } from '../instrument/compiled.js';
import { instrument } from '../instrument/builtin.js';
import { ITEM_IDS } from '../test-utils/index.js';
import { ResponseSchema } from './response-schema.js';
import { isWellFormedResponse, validateResponse } from './validate.js';

const compiled = compileInstrument(instrument);
const knownKeys = new Set(ITEM_IDS);

/** What the schema plus the instrument check accept: the reference the fast path must agree with. */
function acceptedBySchema(value: unknown): boolean {
  const result = ResponseSchema.safeParse(value);
  if (!result.success) return false;
  const tag = result.data.instrument;
  if (tag && (tag.id !== instrument.id || tag.version !== instrument.version)) return false;
  return Object.keys((value as { answers: object }).answers).every((key) => knownKeys.has(key));
}

/** Responses that are mostly valid, with the kinds of damage real input has. */
const answerArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(1, 2, 3, 4, 5, null) },
  { weight: 1, arbitrary: fc.constantFrom(0, 6, 2.5, -1, Number.NaN, Infinity, '3', true, undefined, {}) },
);
const keyArb = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...ITEM_IDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const responseArb = fc.record(
  {
    answers: fc.oneof(
      { weight: 9, arbitrary: fc.dictionary(keyArb, answerArb, { maxKeys: 12 }) },
      { weight: 1, arbitrary: fc.anything() },
    ),
    id: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(''), fc.integer()),
    form: fc.constantFrom('team', 'self', 'boss', 1),
    locale: fc.constantFrom('nb', 'nn', 'sv', 'en', 'de'),
    pageTimes: fc.oneof(fc.array(fc.double({ min: -10, max: 1e6 }), { maxLength: 5 }), fc.constant('fast')),
    instrument: fc.constantFrom(
      { id: 'balanse', version: instrument.version },
      { id: 'balanse', version: '1.0.0' },
      { id: 'other', version: instrument.version },
      { id: 'balanse' },
      'balanse@1.1.0',
      null,
    ),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('response validation', () => {
  it('accepts a complete, well-formed response on the fast path', () => {
    const response = { id: 'r1', form: 'team', locale: 'nn', answers: { q01: 5, q02: null }, pageTimes: [30_000] };
    expect(isWellFormedResponse(response, compiled)).toBe(true);
    expect(validateResponse(response, compiled, 'response')).toBe(response);
  });

  it('never accepts on the fast path what the schema rejects', () => {
    fc.assert(
      fc.property(fc.oneof(responseArb, fc.anything()), (value) => {
        if (isWellFormedResponse(value, compiled)) expect(acceptedBySchema(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('throws exactly when the schema and instrument reject the input', () => {
    fc.assert(
      fc.property(responseArb, (value) => {
        let threw = false;
        try {
          validateResponse(value, compiled, 'response');
        } catch {
          threw = true;
        }
        expect(threw).toBe(!acceptedBySchema(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes a response tagged with the instrument it is scored with on the fast path', () => {
    const tagged = { answers: { q01: 4 }, instrument: { id: instrument.id, version: instrument.version } };
    expect(isWellFormedResponse(tagged, compiled)).toBe(true);
  });

  it('refuses a response tagged with another instrument or version, naming its instrument', () => {
    const older = { answers: { q01: 4 }, instrument: { id: 'balanse', version: '1.0.0' } };
    expect(isWellFormedResponse(older, compiled)).toBe(false);
    expect(() => validateResponse(older, compiled, 'responses[2]')).toThrow(
      /^responses\[2\]\.instrument: must name the instrument it is scored with, "balanse@1\.1\.0".*got "balanse@1\.0\.0"$/,
    );
  });

  it('leaves hostile keys such as __proto__ to the schema, which rejects them as unknown items', () => {
    const answers: unknown = JSON.parse('{"__proto__": 3, "q01": 4}');
    expect(() => validateResponse({ answers }, compiled, 'response')).toThrow(/response\.answers\.__proto__/);
  });
});
