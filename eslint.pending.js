// TEMPORARY (issue 14). Files that had lint violations when `pnpm lint` became part of `pnpm test`,
// while other work in them was under way, with the rules they broke. Each listed rule is off for its
// file only, so any other rule, and every rule in every other file, applies in full. An entry goes
// when its file is fixed, and this whole file goes when the list is empty. Entries were made twice:
// when lint joined (core and the server; both are fixed), and for the code that landed on
// main before lint ran in pnpm test (the admin app, the report's new sections, stories). From the
// landing of lint on main on, nothing is added: new code passes the lint or does not land.

/** @type {[file: string, rules: string[]][]} */
export const PENDING = [];
