/**
 * `pnpm new:element` (scripts/new-element.ts) run into a scratch checkout: the folder it writes
 * has the shape (scripts/element-shape.ts) and every registration but the budget, and it
 * type-checks and passes ESLint with the repository's own config. The scratch checkout copies the
 * files the generator edits and links everything else to this one, so nothing here is touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shapeProblems } from '../scripts/element-shape.js';
import { newElement, type NewElementResult } from '../scripts/new-element.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
/** The files the generator edits: copied, so the scratch checkout's edits stay there. */
const COPIED = [
  'packages/components/src/index.ts',
  'packages/components/src/cdn.ts',
  'packages/react/src/index.ts',
  'docs/README.md',
];

/** Makes `to` a copy of `from` of links: each entry a link, except the folders on the way to a copied file. */
function mirror(from: string, to: string, path = ''): void {
  mkdirSync(join(to, path), { recursive: true });
  for (const entry of readdirSync(join(from, path))) {
    const rel = path ? `${path}/${entry}` : entry;
    if (COPIED.includes(rel)) cpSync(join(from, rel), join(to, rel));
    else if (COPIED.some((file) => file.startsWith(`${rel}/`))) mirror(from, to, rel);
    else symlinkSync(join(from, rel), join(to, rel));
  }
}

let scratch = '';
let result: NewElementResult;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'balanse-new-element-'));
  mirror(repo, scratch);
  result = newElement('team-pulse', scratch);
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const componentsSrc = () => join(scratch, 'packages/components/src');

describe('pnpm new:element team-pulse', () => {
  it('writes a folder of the one shape, registered everywhere but the budget', () => {
    expect(result.names.tag).toBe('balanse-team-pulse');
    expect(result.manual).toEqual([expect.stringContaining("'define/balanse-team-pulse'")]);
    const problems = shapeProblems(componentsSrc(), 'team-pulse', {
      index: join(componentsSrc(), 'index.ts'),
      cdn: join(componentsSrc(), 'cdn.ts'),
      packageJson: join(scratch, 'packages/components/package.json'),
      budgets: join(scratch, 'packages/components/packaging/budgets.ts'),
      react: join(scratch, 'packages/react/src/index.ts'),
      docsIndex: join(scratch, 'docs/README.md'),
    });
    expect(problems).toEqual([expect.stringMatching(/^packaging\/budgets\.ts lacks 'define\/balanse-team-pulse'/)]);
  });

  it('adds one line to each file it registers the element in, and leaves the rest as it was', () => {
    for (const file of COPIED) {
      const before = readFileSync(join(repo, file), 'utf8').split('\n');
      const after = readFileSync(join(scratch, file), 'utf8').split('\n');
      expect(after.length, file).toBe(before.length + 1);
      expect(
        after.filter((line) => !before.includes(line)),
        file,
      ).toHaveLength(1);
    }
  });

  it('refuses a name that is taken, shared or not a tag', () => {
    expect(() => newElement('team-pulse', scratch)).toThrow(/exists already/);
    expect(() => newElement('zone-map', scratch)).toThrow(/exists already/);
    expect(() => newElement('base', scratch)).toThrow(/shared folder/);
    expect(() => newElement('Team_Pulse', scratch)).toThrow(/not an element name/);
  });

  describe('its output', () => {
    /** The generated files, and the registrations' files that import them. */
    const files = () =>
      [...result.written, ...COPIED].filter((file) => file.endsWith('.ts')).map((file) => join(scratch, file));
    let program: ts.Program;
    beforeAll(() => {
      // The repository's compiler options, read as if the scratch checkout were the repository.
      const config = ts.readConfigFile(join(repo, 'tsconfig.json'), (path) => ts.sys.readFile(path));
      const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, scratch);
      const types = parsed.fileNames.filter((file) => file.startsWith(join(scratch, 'types') + '/'));
      program = ts.createProgram([...files(), ...types], parsed.options);
    });

    it('type-checks with the repository’s settings', () => {
      // The files it wrote and edited, checked against everything they import (which is not
      // itself re-checked here: the repository's typecheck does that).
      const checked = files().map((file) => program.getSourceFile(file));
      expect(checked.every(Boolean)).toBe(true);
      const diagnostics = [
        ...program.getOptionsDiagnostics(),
        ...program.getGlobalDiagnostics(),
        ...checked.flatMap((file) => [
          ...program.getSyntacticDiagnostics(file),
          ...program.getSemanticDiagnostics(file),
        ]),
      ].map((d) => {
        const where = d.file
          ? `${d.file.fileName}:${String(d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1)}`
          : '';
        return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(diagnostics).toEqual([]);
    });

    it('passes ESLint with the repository’s config', async () => {
      const { default: config } = (await import(pathToFileURL(join(repo, 'eslint.config.js')).href)) as {
        default: Linter.Config[];
      };
      const eslint = new ESLint({
        cwd: scratch,
        overrideConfigFile: true,
        // The program above stands for ./tsconfig.json: the same options, only the files ESLint needs.
        overrideConfig: [...config, { languageOptions: { parserOptions: { project: null, programs: [program] } } }],
      });
      const results = await eslint.lintFiles(files());
      // Every file linted (an ignored file would come back as a warning, and count here too).
      expect(results.map((r) => r.filePath).sort()).toEqual(files().sort());
      const messages = results.flatMap((r) =>
        r.messages.map(
          (m) => `${r.filePath.slice(scratch.length + 1)}:${String(m.line)} ${m.ruleId ?? ''} ${m.message}`,
        ),
      );
      expect(messages).toEqual([]);
    });

    it('is formatted as Prettier formats it', async () => {
      const prettier = await import('prettier');
      const options = await prettier.resolveConfig(join(repo, 'package.json'));
      const unformatted: string[] = [];
      for (const file of result.written.map((f) => join(scratch, f))) {
        const text = readFileSync(file, 'utf8');
        if (!(await prettier.check(text, { ...options, filepath: file })))
          unformatted.push(file.slice(scratch.length + 1));
      }
      expect(unformatted).toEqual([]);
    });
  });
});
