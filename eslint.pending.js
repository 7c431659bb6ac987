// TEMPORARY (issue 14). Files that had lint violations when `pnpm lint` became part of `pnpm test`,
// while other work in them was under way, with the rules they broke. Each listed rule is off for its
// file only, so any other rule, and every rule in every other file, applies in full. An entry goes
// when its file is fixed, and this whole file goes when the list is empty. Entries were made twice:
// when lint joined (core and the server; both are fixed), and for the code that landed on
// main before lint ran in pnpm test (the admin app, the report's new sections, stories). From the
// landing of lint on main on, nothing is added: new code passes the lint or does not land.

/** @type {[file: string, rules: string[]][]} */
export const PENDING = [
  // The chunked script-tag build (speed), landed on main while lint was not yet part of pnpm test:
  // its owners fix them next (issue 14 lists them as open); the rule of this file still holds.
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
