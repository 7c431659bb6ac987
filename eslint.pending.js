// TEMPORARY (issue 14). Files that had lint violations when `pnpm lint` became part of `pnpm test`,
// while other work in them was under way, with the rules they broke. Each listed rule is off for its
// file only, so any other rule, and every rule in every other file, applies in full. An entry goes
// when its file is fixed, and this whole file goes when the list is empty. Entries were made twice:
// when lint joined (core and the server; the server's are fixed), and for the code that landed on
// main before lint ran in pnpm test (the admin app, the report's new sections, stories). From the
// landing of lint on main on, nothing is added: new code passes the lint or does not land.

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
  // Landed on main while lint was not yet part of pnpm test (admin app, report sections, stories):
  // their owners fix them next (issue 14 lists them as open); the rule of this file still holds.
  ['packages/components/src/report/report.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['stories/data.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['stories/report.stories.ts', ['@typescript-eslint/no-non-null-assertion']],
  // The chunked script-tag build (speed), landed at the same time:
  ['packages/components/build/cdn.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/components/build/sources-plugin.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/components/build/texts-per-language.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-condition'],
  ],
  [
    'packages/components/packaging/cdn.test.ts',
    ['@typescript-eslint/no-unnecessary-condition', '@typescript-eslint/no-unnecessary-type-assertion'],
  ],
  [
    'packages/components/src/base/texts-gate.ts',
    ['@typescript-eslint/no-invalid-void-type', '@typescript-eslint/unbound-method'],
  ],
  ['packages/components/src/base/texts.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/components/src/cdn.ts', ['@typescript-eslint/no-non-null-assertion']],
];
