// The type check and ESLint over one TypeScript program (a step of `pnpm test`). `pnpm typecheck`
// (tsc) and `pnpm lint` (ESLint with type information) each build the repository's program from
// tsconfig.json and type-check it, which is most of what either costs; here the program is built
// and checked once, its diagnostics reported as tsc reports them, and then handed to ESLint
// (typescript-eslint's `parserOptions.programs`), whose type-aware rules read the checker's types
// from that check. Same files, same compiler options, same ESLint config and rules as the two
// commands.
//
// Prints each check's findings and writes, when BALANSE_CHECKS names a file, one result per check
// ([{ name, ok, seconds, cpu }]) so that the test command counts a failed type check and a failed lint as two
// failures. Exits 1 when either found an error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Wall and processor time since `start`, for the log. */
const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
/** @param {string} label @param {ReturnType<typeof clock>} start */
function took(label, start) {
  const usage = process.cpuUsage(start.cpu);
  const seconds = (performance.now() - start.wall) / 1000;
  const cpu = (usage.user + usage.system) / 1e6;
  console.log(`${label}: ${seconds.toFixed(1)} s (processor ${cpu.toFixed(1)} s)`);
  return { seconds, cpu };
}

/**
 * The repository's program, as `tsc -p tsconfig.json` makes it.
 *
 * @returns {{ program: ts.Program; configDiagnostics: readonly ts.Diagnostic[] }}
 */
function createProgram() {
  /** @type {ts.Diagnostic[]} */
  const configDiagnostics = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => configDiagnostics.push(diagnostic),
    },
  );
  if (!parsed) throw new Error(ts.formatDiagnostics(configDiagnostics, formatHost));
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  });
  return { program, configDiagnostics };
}

/** @type {ts.FormatDiagnosticsHost} */
const formatHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

/**
 * The diagnostics `tsc` reports for a program that emits nothing, in tsc's order: config and
 * syntax first, and the semantic and declaration checks only when those are clean (tsc's
 * emitFilesAndReportErrors).
 *
 * @param {ts.Program} program
 * @returns {readonly ts.Diagnostic[]}
 */
function typeDiagnostics(program) {
  const options = program.getCompilerOptions();
  const all = [...program.getConfigFileParsingDiagnostics()];
  const before = all.length;
  all.push(...program.getSyntacticDiagnostics());
  if (all.length === before) {
    all.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
    if (all.length === before) all.push(...program.getSemanticDiagnostics());
    if (options.noEmit && (options.declaration || options.composite) && all.length === before) {
      all.push(...program.getDeclarationDiagnostics());
    }
  }
  return ts.sortAndDeduplicateDiagnostics(all);
}

/** @type {{ name: string; ok: boolean; seconds: number; cpu: number }[]} */
const results = [];

let start = clock();
const { program, configDiagnostics } = createProgram();
const diagnostics = [...configDiagnostics, ...typeDiagnostics(program)];
const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
if (diagnostics.length > 0) {
  console.log(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost));
}
console.log(errors === 0 ? 'Types: no errors.' : `Types: ${errors} error${errors === 1 ? '' : 's'}.`);
results.push({
  name: 'Type-check the whole repository (tsc --strict, one program)',
  ok: errors === 0,
  ...took(`Type check (${program.getSourceFiles().length} files)`, start),
});

start = clock();
const eslint = new ESLint({
  cwd: root,
  // The config's `parserOptions.project` would build the same program again; `programs` wins over it.
  overrideConfig: { languageOptions: { parserOptions: { programs: [program] } } },
});
const lintResults = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(lintResults);
if (report) console.log(report);
const lintErrors = lintResults.reduce((sum, r) => sum + r.errorCount, 0);
console.log(lintErrors === 0 ? 'ESLint: no errors.' : `ESLint: ${lintErrors} error${lintErrors === 1 ? '' : 's'}.`);
results.push({
  name: 'ESLint over the whole repository, with its types',
  ok: lintErrors === 0,
  ...took(`ESLint (${lintResults.length} files)`, start),
});

const out = process.env.BALANSE_CHECKS;
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results));
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
