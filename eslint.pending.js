// TEMPORARY (issue 14). Files that had lint violations when `pnpm lint` became part of `pnpm test`,
// while other work in them was under way, with the rules they broke. Each listed rule is off for its
// file only, so any other rule, and every rule in every other file, applies in full. An entry goes
// when its file is fixed, and this whole file goes when the list is empty. Entries were made twice:
// when lint joined (core and the server; both are fixed), and for the code that landed on
// main before lint ran in pnpm test (the admin app, the report's new sections, stories). From the
// landing of lint on main on, nothing is added: new code passes the lint or does not land.

/** @type {[file: string, rules: string[]][]} */
export const PENDING = [
  // Landed on main while lint was not yet part of pnpm test (admin app, report sections, stories):
  // their owners fix them next (issue 14 lists them as open); the rule of this file still holds.
  ['packages/admin/src/action-plan/action-plan.test.ts', ['@typescript-eslint/no-unnecessary-condition']],
  [
    'packages/admin/src/action-plan/action-plan.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-type-assertion'],
  ],
  ['packages/admin/src/api/client.ts', ['@typescript-eslint/no-useless-default-assignment']],
  [
    'packages/admin/src/app/admin-app.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-type-assertion'],
  ],
  ['packages/admin/src/app/route.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/admin/src/leader-page/leader-page.ts', ['@typescript-eslint/no-unnecessary-type-assertion']],
  [
    'packages/admin/src/round/round-view.ts',
    [
      '@typescript-eslint/no-base-to-string',
      '@typescript-eslint/no-non-null-assertion',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ],
  [
    'packages/admin/src/rounds/rounds-view.ts',
    [
      '@typescript-eslint/no-base-to-string',
      '@typescript-eslint/no-non-null-assertion',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ],
  ['packages/admin/src/sign-in/sign-in.ts', ['@typescript-eslint/no-unnecessary-type-assertion']],
  [
    'packages/admin/src/tenants/tenants-view.ts',
    [
      '@typescript-eslint/no-base-to-string',
      '@typescript-eslint/no-non-null-assertion',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ],
  [
    'packages/admin/src/test-utils/mount.ts',
    [
      '@typescript-eslint/no-base-to-string',
      '@typescript-eslint/no-unnecessary-condition',
      '@typescript-eslint/no-unnecessary-type-parameters',
      '@typescript-eslint/require-await',
    ],
  ],
  [
    'packages/admin/src/theme/theme-view.ts',
    ['@typescript-eslint/no-non-null-assertion', '@typescript-eslint/no-unnecessary-type-assertion'],
  ],
  ['packages/admin/src/units/units-view.test.ts', ['@typescript-eslint/no-unnecessary-condition']],
  [
    'packages/admin/src/units/units-view.ts',
    [
      '@typescript-eslint/no-base-to-string',
      '@typescript-eslint/no-non-null-assertion',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ],
  ],
  ['packages/admin/tsup.config.ts', ['@typescript-eslint/require-await']],
  ['packages/components/src/report/report.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/server/scripts/admin-screenshots.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/server/src/domain/action-plans.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/server/src/domain/themes.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/server/src/domain/unit-edit.ts', ['@typescript-eslint/no-non-null-assertion']],
  [
    'packages/server/src/domain/units-preview.ts',
    ['@typescript-eslint/no-base-to-string', '@typescript-eslint/no-non-null-assertion'],
  ],
  ['packages/server/src/http/console-routes.ts', ['@typescript-eslint/require-await']],
  ['packages/server/src/pages/app-assets.ts', ['@typescript-eslint/no-non-null-assertion']],
  ['packages/server/test/admin-api.test.ts', ['@typescript-eslint/no-unnecessary-condition']],
  ['packages/server/test/admin-app.test.ts', ['@typescript-eslint/no-unnecessary-type-assertion']],
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
