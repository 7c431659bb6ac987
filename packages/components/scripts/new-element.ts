/**
 * `pnpm new:element <name>`: writes `packages/components/src/<name>/`, an element folder of the
 * one shape (CONTRIBUTING.md, "Add an element"), for `<balanse-<name>>`, and registers it in the
 * package's index, the script-tag entry, the React wrappers and the docs' index. The size budget
 * is the one registration it leaves to you, because it needs a measurement: it prints the lines.
 *
 *   pnpm new:element team-pulse             # writes and registers
 *   pnpm new:element team-pulse --root DIR  # the same in another checkout (the generator's test)
 *
 * A registration whose anchor line it cannot find is not guessed at: the line to add is printed
 * instead, and the exit status is 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_FOLDERS } from './elements.js';
import { folderFiles, namesOf, reactSource, type ElementNames } from './new-element-templates.js';

/** What one run did: the files it wrote, the registrations it made, the ones left to do by hand. */
export interface NewElementResult {
  readonly names: ElementNames;
  readonly written: string[];
  readonly registered: string[];
  /** `file: the lines to add`, for what it could not (or should not) register itself. */
  readonly manual: string[];
}

/**
 * Inserts `line` into the file at `path` after the last line matching `after`; false (file
 * untouched) when no line matches.
 */
function insertAfterLast(path: string, after: RegExp, line: string): boolean {
  if (!existsSync(path)) return false;
  const lines = readFileSync(path, 'utf8').split('\n');
  let at = -1;
  lines.forEach((l, i) => {
    if (after.test(l)) at = i;
  });
  if (at < 0) return false;
  lines.splice(at + 1, 0, line);
  writeFileSync(path, lines.join('\n'));
  return true;
}

/** Writes and registers the element folder `name` in the checkout at `root`. */
export function newElement(name: string, root: string): NewElementResult {
  const names = namesOf(name);
  const components = join(root, 'packages', 'components');
  const folder = join(components, 'src', names.folder);
  if (SHARED_FOLDERS.includes(names.folder))
    throw new Error(`"${names.folder}" is a shared folder of src/, not an element name`);
  if (existsSync(folder)) throw new Error(`${relative(root, folder)} exists already`);

  const written: string[] = [];
  const write = (path: string, text: string) => {
    writeFileSync(path, text, { flag: 'wx' });
    written.push(relative(root, path));
  };
  mkdirSync(folder);
  for (const [file, text] of Object.entries(folderFiles(names))) write(join(folder, file), text);
  const react = join(root, 'packages', 'react', 'src', `${names.folder}.ts`);
  if (existsSync(react)) throw new Error(`${relative(root, react)} exists already`);
  write(react, reactSource(names));

  const registered: string[] = [];
  const manual: string[] = [];
  const register = (path: string, after: RegExp, line: string) => {
    const where = relative(root, path);
    if (insertAfterLast(path, after, line)) registered.push(`${where}: ${line.trim()}`);
    else manual.push(`${where}: ${line.trim()}`);
  };
  register(
    join(components, 'src', 'index.ts'),
    /^export \* from '\.\/[\w-]+\/index\.js';$/,
    `export * from './${names.folder}/index.js';`,
  );
  register(
    join(components, 'src', 'cdn.ts'),
    /^ {2}'balanse-[\w-]+': \(\) => import\('\.\/[\w-]+\/define\.js'\),$/,
    `  '${names.tag}': () => import('./${names.folder}/define.js'),`,
  );
  register(
    join(root, 'packages', 'react', 'src', 'index.ts'),
    /^export \{ Balanse\w+, type Balanse\w+Props \} from '\.\/[\w-]+\.js';$/,
    `export { ${names.className}, type ${names.className}Props } from './${names.folder}.js';`,
  );
  register(
    join(root, 'docs', 'README.md'),
    /^- \[`<balanse-[\w-]+>`\]\(\.\.\/packages\/components\/src\/[\w-]+\/README\.md\): /,
    `- [\`<${names.tag}>\`](../packages/components/src/${names.folder}/README.md): ${names.title.toLowerCase()}`,
  );
  // A ceiling needs a measurement: `pnpm build`, then the size test prints what the entry weighs.
  manual.push(
    `packages/components/packaging/budgets.ts (ENTRY_BUDGETS, after measuring): 'define/${names.tag}': { initial: { ceiling: <measured> * KB, why: '…' }, lazy: {} },`,
  );
  return { names, written, registered, manual };
}

/** The command line. */
function main(argv: string[]): number {
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? argv[rootAt + 1] : fileURLToPath(new URL('../../..', import.meta.url));
  const [name] = argv.filter((arg, i) => !arg.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
  if (!name || !root) {
    console.error('Usage: pnpm new:element <name> [--root <checkout>]   (the tag becomes balanse-<name>)');
    return 2;
  }
  const result = newElement(name, root);
  console.log(`Wrote <${result.names.tag}>:\n${result.written.map((f) => `  ${f}`).join('\n')}`);
  console.log(`Registered:\n${result.registered.map((r) => `  ${r}`).join('\n')}`);
  console.log(`Add by hand:\n${result.manual.map((m) => `  ${m}`).join('\n')}`);
  console.log(
    [
      'Next:',
      `  1. Say what it is for: the @summary in ${result.names.folder}.ts and the first paragraph of its README.md.`,
      '  2. pnpm build && pnpm docs:elements   (custom-elements.json, then the API section of its page)',
      `  3. pnpm exec vitest run --project components packages/components/src/${result.names.folder}/   (its tests and the element suite)`,
      '  4. Measure it (pnpm exec vitest run --project packaging packages/components/packaging/size.test.ts) and add its budget.',
    ].join('\n'),
  );
  // Only the budget is expected by hand; any other manual line is a registration the generator could not make.
  return result.manual.length > 1 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
