// TEMPORARY (issue 14). Files that had lint violations when `pnpm lint` became part of `pnpm test`,
// while other work in them was under way, with the rules they broke. Each listed rule is off for its
// file only, so any other rule, and every rule in every other file, applies in full. An entry goes
// when its file is fixed, and this whole file goes when the list is empty: nothing is ever added.

/** @type {[file: string, rules: string[]][]} */
export const PENDING = [
  // core: waiting for the fidelity work in core to land (issue 14 fixes these after it; docs/adr/0007)
  [
    'packages/core/bench/score-and-summarize.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-condition'],
  ],
  [
    'packages/core/golden/generate.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-condition'],
  ],
  ['packages/core/packaging/publish.test.ts', ['@typescript-eslint/no-unnecessary-type-assertion']],
  ['packages/core/src/adviseTeam/index.ts', ['@typescript-eslint/no-unnecessary-condition']],
  ['packages/core/src/agreement/index.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/core/src/anonymity/attacks.test.ts',
    ['@typescript-eslint/no-deprecated', '@typescript-eslint/no-unnecessary-type-assertion'],
  ],
  [
    'packages/core/src/anonymity/inputs.test.ts',
    [
      '@typescript-eslint/no-deprecated',
      '@typescript-eslint/no-unsafe-assignment',
      '@typescript-eslint/no-unsafe-member-access',
      '@typescript-eslint/no-unsafe-return',
      '@typescript-eslint/restrict-plus-operands',
    ],
  ],
  ['packages/core/src/anonymity/ledger.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/anonymity/ledger.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/core/src/anonymity/membership.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/core/src/anonymity/plan.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-condition'],
  ],
  ['packages/core/src/anonymity/properties.test.ts', ['@typescript-eslint/no-unnecessary-condition']],
  ['packages/core/src/anonymity/tree.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/core/src/assessBalance/index.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/careless/index.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/core/src/classifyZone/index.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/compareSelf/index.test.ts', ['@typescript-eslint/no-deprecated']],
  [
    'packages/core/src/compareSelf/index.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-condition'],
  ],
  ['packages/core/src/diagnose/index.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/errors/index.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/core/src/instrument/builtin-1.0.0.ts', ['@typescript-eslint/no-unnecessary-type-assertion']],
  ['packages/core/src/instrument/builtin.ts', ['@typescript-eslint/no-unnecessary-type-assertion']],
  ['packages/core/src/instrument/compiled.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/core/src/instrument/versions.test.ts', ['@typescript-eslint/no-unnecessary-condition']],
  ['packages/core/src/messages/format.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/messages/format.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/core/src/options/index.ts',
    [
      '@typescript-eslint/no-empty-object-type',
      '@typescript-eslint/no-unnecessary-condition',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ],
  ['packages/core/src/options/versioned.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/options/versioned.ts', ['@typescript-eslint/no-unsafe-argument']],
  ['packages/core/src/recommendStyle/index.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/releaseUnits/index.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/core/src/releaseUnits/release.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-condition'],
  ],
  [
    'packages/core/src/report/buildReport.ts',
    [
      '@typescript-eslint/no-non-null-assertion',
      '@typescript-eslint/no-unnecessary-condition',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ],
  ['packages/core/src/report/report.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/response/submission.test.ts', ['@typescript-eslint/no-deprecated']],
  [
    'packages/core/src/response/validate.test.ts',
    ['@typescript-eslint/no-deprecated', '@typescript-eslint/no-unsafe-assignment'],
  ],
  ['packages/core/src/scoreResponse/index.test.ts', ['@typescript-eslint/no-deprecated']],
  ['packages/core/src/scoreResponse/index.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/core/src/scoreResponse/internal.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/core/src/stats/index.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unsafe-argument'],
  ],
  ['packages/core/src/summarizeTeam/aggregate.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/core/src/summarizeTeam/index.test.ts',
    [
      '@typescript-eslint/no-deprecated',
      '@typescript-eslint/no-dynamic-delete',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ],
  ['packages/core/src/summarizeTeam/index.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/core/src/summarizeTeam/schema.ts', ['@typescript-eslint/no-unnecessary-type-assertion']],
  [
    'packages/core/src/summarizeUnits/index.test.ts',
    [
      '@typescript-eslint/no-deprecated',
      '@typescript-eslint/no-dynamic-delete',
      '@typescript-eslint/no-unnecessary-condition',
    ],
  ],
  ['packages/core/src/summarizeUnits/index.ts', ['@typescript-eslint/no-non-null-assertion']],
];
