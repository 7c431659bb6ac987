/**
 * The shape of an element folder, as a checker: what `src/<folder>/` must hold and where the
 * element must be registered (CONTRIBUTING.md, "Add an element"). packaging/element-folders.test.ts
 * runs it over every folder, and `pnpm new:element` over what it writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAG_PREFIX } from './elements.js';

/** One file of the shape: its name in the folder, and what it must contain to be what it says. */
export interface Part {
  /** The file name, `<folder>` standing for the folder's name. */
  readonly file: string;
  /** What the file is for (in the message when it is missing). */
  readonly role: string;
  /** Patterns the file must match, with the reason each one is there. */
  readonly must?: readonly (readonly [pattern: (tag: string) => RegExp, reason: string])[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The files every element folder holds. */
export const PARTS: readonly Part[] = [
  {
    file: '<folder>.ts',
    role: 'the element class',
    must: [[() => /export class Balanse\w+ extends BalanseElement\b/, 'an exported class extending BalanseElement']],
  },
  { file: '<folder>.styles.ts', role: 'its styles (tokens only, no literal colours)' },
  {
    file: 'strings.ts',
    role: 'its texts in nb, nn, sv and en',
    must: [
      [
        () => /export const STRINGS: .*Record<Locale, \w+>.* = \{ nb, nn, sv, en \};/,
        '`export const STRINGS: Record<Locale, …> = { nb, nn, sv, en };`',
      ],
    ],
  },
  { file: 'strings.test.ts', role: 'the parity test of its texts' },
  {
    file: 'define.ts',
    role: 'the define file (`@balanse/components/define/<tag>`)',
    must: [
      [(tag) => new RegExp(`\\.define\\('${escape(tag)}'\\)`), 'a `.define(<tag>)` call'],
      [
        (tag) => new RegExp(`interface HTMLElementTagNameMap[\\s\\S]*'${escape(tag)}'`),
        'its HTMLElementTagNameMap entry',
      ],
    ],
  },
  { file: 'index.ts', role: 'the public exports of the folder' },
  { file: '<folder>.test.ts', role: 'its behaviour tests' },
  {
    file: '<folder>.suite.test.ts',
    role: 'the element test suite (test/element-suite.ts) run for it',
    must: [[(tag) => new RegExp(`elementSuite\\(\\s*'${escape(tag)}'`), "an `elementSuite('<tag>', …)` call"]],
  },
  {
    file: '<folder>.stories.ts',
    role: 'its stories',
    must: [
      [() => /title: 'Elements\//, "a title under 'Elements/'"],
      [(tag) => new RegExp(`'${escape(tag)}'`), 'the tag as the component'],
    ],
  },
  {
    file: 'README.md',
    role: 'its docs page',
    must: [
      [(tag) => new RegExp(`^# \`<${escape(tag)}>\``), 'the heading "# `<tag>`"'],
      [() => /\n## API\n/, 'an "## API" section (filled by `pnpm docs:elements`)'],
    ],
  },
];

/** The places outside the folder that name every element. */
export interface Registrations {
  /** packages/components/src/index.ts */
  readonly index: string;
  /** packages/components/src/cdn.ts */
  readonly cdn: string;
  /** packages/components/package.json */
  readonly packageJson: string;
  /** packages/components/packaging/budgets.ts */
  readonly budgets: string;
  /** packages/react/src/index.ts */
  readonly react: string;
  /** docs/README.md */
  readonly docsIndex: string;
}

/** A `sideEffects` glob as a regular expression (`*` within one path segment). */
const globToRegExp = (glob: string) => new RegExp(`^${glob.split('*').map(escape).join('[^/]*')}$`);

/** What `folder` lacks: one sentence per missing part or registration; empty when it has the shape. */
export function shapeProblems(src: string, folder: string, registrations?: Registrations): string[] {
  const tag = `${TAG_PREFIX}${folder}`;
  const problems: string[] = [];
  for (const part of PARTS) {
    const file = part.file.replace('<folder>', folder);
    const path = join(src, folder, file);
    if (!existsSync(path)) {
      problems.push(`${folder}/${file} is missing (${part.role})`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    for (const [pattern, reason] of part.must ?? [])
      if (!pattern(tag).test(text)) problems.push(`${folder}/${file} lacks ${reason}`);
  }
  if (!registrations) return problems;
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const checks: [text: string, must: string, where: string][] = [
    [read(registrations.index), `export * from './${folder}/index.js';`, 'src/index.ts'],
    [read(registrations.cdn), `'${tag}': () => import('./${folder}/define.js'),`, 'src/cdn.ts (ELEMENTS)'],
    [read(registrations.budgets), `'define/${tag}': {`, 'packaging/budgets.ts'],
    [read(registrations.react), `from './${folder}.js';`, 'packages/react/src/index.ts'],
    [read(registrations.docsIndex), `(../packages/components/src/${folder}/README.md)`, 'docs/README.md'],
  ];
  for (const [text, must, where] of checks) if (!text.includes(must)) problems.push(`${where} lacks ${must}`);
  const sideEffects = (JSON.parse(read(registrations.packageJson) || '{}') as { sideEffects?: string[] }).sideEffects;
  for (const path of [`./src/${folder}/define.ts`, `./dist/define/${tag}.js`])
    if (!sideEffects?.some((glob) => globToRegExp(glob).test(path)))
      problems.push(`package.json sideEffects does not cover ${path} (bundlers would drop its define call)`);
  return problems;
}
