/**
 * For the script-tag build only: a module of constants (core's vocabulary: the lists of scales,
 * zones, styles, languages …) becomes one module per constant, and the module itself re-exports
 * them. esbuild splits code by module, so without this every page carried every list as soon as
 * one element used one of them: the entry, which every page loads, needs only the languages.
 *
 * Only a module whose every statement is `const NAME = <literal>` (strings, numbers, booleans,
 * null, and arrays and objects of them) and one `export { … }` can be split: each constant is then
 * one value in one module, so every importer still shares the same object. Anything else fails
 * the build rather than being copied.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { parseModule } from './parse-module.js';

/** The import specifier of one constant of `file`: `balanse-const:<file>#<name>`. */
export const CONSTANTS_PREFIX = 'balanse-const:';
const specifier = (file: string, name: string) => `${CONSTANTS_PREFIX}${file}#${name}`;

/** Whether `node` is a literal that refers to nothing. */
function isLiteral(node: ts.Expression): boolean {
  if (
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  )
    return true;
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && isLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteral);
  if (ts.isObjectLiteralExpression(node))
    return node.properties.every(
      (p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isLiteral(p.initializer),
    );
  return false;
}

export interface SplitConstants {
  /** The module's new code: a re-export of each constant from its own module. */
  barrel: string;
  /** By name, the code of each constant's module. */
  modules: Map<string, string>;
}

/** Splits `source` (the module at `file`) into one module per constant; throws when it is not a module of constants. */
export function splitConstants(file: string, source: string): SplitConstants {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const fail = (what: string) => new Error(`constants-per-export: ${file}: ${what}; only constants can be split`);
  const values = new Map<string, string>();
  const exported: [local: string, name: string][] = [];
  for (const statement of sf.statements) {
    if (ts.isVariableStatement(statement)) {
      if (!(statement.declarationList.flags & ts.NodeFlags.Const) || statement.modifiers?.length)
        throw fail(`${statement.getText(sf).slice(0, 40)} is not a plain const`);
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer || !isLiteral(d.initializer))
          throw fail(`${d.name.getText(sf)} is not a literal`);
        values.set(d.name.text, d.initializer.getText(sf));
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const e of statement.exportClause.elements) exported.push([(e.propertyName ?? e.name).text, e.name.text]);
    } else throw fail(`${statement.getText(sf).slice(0, 40)} is neither a constant nor its export`);
  }
  const modules = new Map<string, string>();
  const lines: string[] = [];
  for (const [local, name] of exported) {
    const value = values.get(local);
    if (value === undefined) throw fail(`${local} is exported but not declared here`);
    modules.set(name, `export const ${name} = ${value};\n`);
    lines.push(`export { ${name} } from ${JSON.stringify(specifier(file, name))};`);
  }
  return { barrel: `${lines.join('\n')}\n`, modules };
}

/** `balanse-const:<file>#<name>` → `[file, name]`. */
export function constantOf(path: string): [file: string, name: string] {
  const rest = path.slice(CONSTANTS_PREFIX.length);
  const hash = rest.lastIndexOf('#');
  if (!path.startsWith(CONSTANTS_PREFIX) || hash < 0) throw new Error(`constants-per-export: bad specifier ${path}`);
  return [rest.slice(0, hash), rest.slice(hash + 1)];
}

/**
 * `source` (the module at `file`) with each named import from a module of constants split into
 * one import per constant, `import { A, B as C } from '…/vocabulary/index.js'` into imports of
 * `balanse-const:…#A` and `…#B`: importing through the module's re-exports would put every
 * constant in the importer's chunk. Type-only names stay with the module.
 */
export function rewriteConstantImports(file: string, source: string, isConstants: (path: string) => boolean): string {
  const sf = parseModule(file, source);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
    if (
      !clause ||
      clause.phaseModifier !== undefined ||
      clause.name ||
      !clause.namedBindings ||
      !ts.isNamedImports(clause.namedBindings)
    )
      continue;
    const from = statement.moduleSpecifier.text;
    const path = from.startsWith('.') ? resolve(dirname(file), from) : from;
    if (!isConstants(path)) continue;
    const types = clause.namedBindings.elements.filter((e) => e.isTypeOnly);
    const lines = clause.namedBindings.elements
      .filter((e) => !e.isTypeOnly)
      .map((e) => {
        const name = (e.propertyName ?? e.name).text;
        return `import { ${name} as ${e.name.text} } from ${JSON.stringify(specifier(path, name))};`;
      });
    if (types.length > 0)
      lines.push(`import { ${types.map((e) => e.getText(sf)).join(', ')} } from ${JSON.stringify(from)};`);
    edits.push({ start: statement.getStart(sf), end: statement.end, text: lines.join('\n') });
  }
  let code = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, start) + text + code.slice(end);
  return code;
}
