/**
 * For the script-tag bundles only: every `import { … } from '@balanse/core'` is rewritten to
 * import each name from the core module that declares it (core's dist is one module per source
 * file; the barrels only re-export).
 *
 * Why: without code splitting, esbuild turns a module loaded with `import()` into a lazily
 * initialised one, together with everything it imports. Our lazy modules (custom-instrument
 * validation, report validation, the style advisor's recommendation) import from core's barrel,
 * so the barrel became lazy too, and the eager code's use of the barrel then initialised every
 * module behind it at load: core's zod schemas were built before the survey could render. Going
 * around the barrels keeps what `import()` loads out of the eager part of the bundle.
 *
 * The rewrite follows core's own re-exports, so it needs no list of core's files, and it fails
 * the build for a name it cannot find.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

interface Leaf {
  /** Absolute path of the module that declares the name. */
  file: string;
  /** The name there. */
  name: string;
}

/** Maps every name a module exports to the module that declares it, following re-exports. */
export function exportMap(entry: string): Map<string, Leaf> {
  const cache = new Map<string, Map<string, Leaf>>();

  function exportsOf(file: string, seen: Set<string>): Map<string, Leaf> {
    const cached = cache.get(file);
    if (cached) return cached;
    if (seen.has(file)) return new Map();
    seen.add(file);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    const at = (specifier: ts.Expression) => resolve(dirname(file), (specifier as ts.StringLiteral).text);
    /** Local name → where an import binding comes from. */
    const imported = new Map<string, { from: string; name: string }>();
    const map = new Map<string, Leaf>();
    const follow = (from: string, name: string): Leaf => exportsOf(from, seen).get(name) ?? { file: from, name };

    for (const statement of sf.statements) {
      if (
        ts.isImportDeclaration(statement) &&
        statement.importClause?.namedBindings &&
        ts.isNamedImports(statement.importClause.namedBindings)
      ) {
        for (const element of statement.importClause.namedBindings.elements) {
          imported.set(element.name.text, {
            from: at(statement.moduleSpecifier),
            name: (element.propertyName ?? element.name).text,
          });
        }
      }
    }
    for (const statement of sf.statements) {
      if (ts.isExportDeclaration(statement)) {
        if (!statement.exportClause && statement.moduleSpecifier) {
          for (const [name, leaf] of exportsOf(at(statement.moduleSpecifier), seen))
            if (name !== 'default') map.set(name, leaf);
        } else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
          for (const element of statement.exportClause.elements) {
            const local = (element.propertyName ?? element.name).text;
            const exported = element.name.text;
            if (statement.moduleSpecifier) map.set(exported, follow(at(statement.moduleSpecifier), local));
            else {
              const binding = imported.get(local);
              map.set(exported, binding ? follow(binding.from, binding.name) : { file, name: local });
            }
          }
        }
      } else if (
        ts.canHaveModifiers(statement) &&
        ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ) {
        if (ts.isVariableStatement(statement)) {
          for (const d of statement.declarationList.declarations)
            if (ts.isIdentifier(d.name)) map.set(d.name.text, { file, name: d.name.text });
        } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
          map.set(statement.name.text, { file, name: statement.name.text });
        }
      }
    }
    cache.set(file, map);
    return map;
  }

  return exportsOf(resolve(entry), new Set());
}

/**
 * Returns `source` with its value imports and re-exports from `specifier` split into statements
 * on the declaring modules. Type-only ones are left alone (they are erased).
 */
export function rewriteImports(source: string, file: string, specifier: string, exports: Map<string, Leaf>): string {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const leafOf = (name: string) => {
    const leaf = exports.get(name);
    if (!leaf) throw new Error(`core-imports: ${file} imports ${name} from ${specifier}, which does not export it`);
    return leaf;
  };
  const split = (keyword: 'import' | 'export', elements: readonly (ts.ImportSpecifier | ts.ExportSpecifier)[]) => {
    const byFile = new Map<string, string[]>();
    for (const element of elements) {
      if (element.isTypeOnly) continue;
      const leaf = leafOf((element.propertyName ?? element.name).text);
      const list = byFile.get(leaf.file) ?? [];
      list.push(leaf.name === element.name.text ? leaf.name : `${leaf.name} as ${element.name.text}`);
      byFile.set(leaf.file, list);
    }
    return [...byFile]
      .map(([leafFile, names]) => `${keyword} { ${names.join(', ')} } from ${JSON.stringify(leafFile)};`)
      .join(' ');
  };
  for (const statement of sf.statements) {
    const from = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!from || (from as ts.StringLiteral).text !== specifier) continue;
    let text: string | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.phaseModifier === ts.SyntaxKind.TypeKeyword) continue; // erased
      if (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        text = split('import', clause.namedBindings.elements);
      }
    } else if (statement.isTypeOnly) {
      continue; // erased
    } else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      text = split('export', statement.exportClause.elements);
    }
    if (text === undefined)
      throw new Error(`core-imports: ${file} has an import of ${specifier} the rewrite does not handle`);
    edits.push({ start: statement.getStart(sf), end: statement.end, text });
  }
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}
