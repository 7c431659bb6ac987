import { describe, expect, it } from 'vitest';
import * as core from './index.js';

/*
 * The root entry's values, pinned: a name joins `@balanse/core` (or leaves it) only on purpose,
 * by changing this list in the same commit. Helpers go to _lib or a subpath (src/index.ts says
 * which holds what); types cost nothing at run time and are not listed.
 */
const ROOT_VALUES = [
  // Functions users call.
  'adviseTeam',
  'assessBalance',
  'buildReport',
  'builtInInstrument',
  'checkRelease',
  'classifyZone',
  'compareSelf',
  'diagnose',
  'localize',
  'meetsThreshold',
  'parseSummary',
  'recommendStyle',
  'releaseUnits',
  'reportToCsv',
  'scoreResponse',
  'sideOf',
  'submissionToResponse',
  'summarizeTeam',
  'summarizeUnits',
  'zoneOf',
  // The error every function throws, the built-in instrument and the options' defaults.
  'BalanseError',
  'instrument',
  'DEFAULT_OPTIONS',
  // The model's words and tables that results are read with.
  'ADVICE_TOPICS',
  'AGREEMENT_BANDS',
  'AXIS_READINGS',
  'BANDS',
  'CHARACTERISTICS',
  'DIAGNOSIS',
  'FORMS',
  'GAP_LABELS',
  'HIDDEN_REASONS',
  'ITEM_CHARACTERISTICS',
  'LEVERS',
  'LOCALES',
  'OBSERVATIONS',
  'REPORT_CSV_COLUMNS',
  'RESPONSE_CODES',
  'SCALES',
  'SCORE_TOLERANCE',
  'SOURCE_LOCALE',
  'STYLES',
  'STYLE_REASONS',
  'ZONES',
  'ZONE_AXES',
  'ZONE_QUADRANTS',
];

describe('@balanse/core root entry', () => {
  it('exports exactly the pinned values', () => {
    expect(Object.keys(core).sort()).toEqual([...ROOT_VALUES].sort());
  });

  it('exports none of the helpers only core calls', async () => {
    const exported = new Set(Object.keys(core));
    for (const helper of ['classifyAxes', 'assessScores', 'adviseOnSummary', 'compareWithSummary', 'studentTQuantile'])
      expect(exported.has(helper), helper).toBe(false);
    // They still exist, for core's own callers.
    const { classifyAxes } = await import('./classifyZone/index.js');
    expect(typeof classifyAxes).toBe('function');
  });
});
