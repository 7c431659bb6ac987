import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every public function of every entry point (src/index.ts and the subpaths of package.json's
 * exports) documents, in its TSDoc: each parameter (`@param`), what it returns (`@returns`) and
 * when it throws (`@throws {BalanseError} …`, or `@throws Never: …` with the reason it cannot).
 * A function added without them fails here, naming what is missing.
 */
const ENTRIES = ['index', 'schemas/index', 'messages/index', 'instrument/index', 'constants/index', 'synthetic/index'];

function missingDocs(): string[] {
  const files = ENTRIES.map((entry) => fileURLToPath(new URL(`./${entry}.ts`, import.meta.url)));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const problems: string[] = [];
  for (const [i, file] of files.entries()) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`no module for ${file}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & ts.SymbolFlags.Function)) continue;
      for (const declaration of symbol.declarations ?? []) {
        if (!ts.isFunctionDeclaration(declaration) || !declaration.body) continue;
        const tags = ts.getJSDocTags(declaration);
        const documented = new Set(tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText()));
        const missing = declaration.parameters
          .map((p) => p.name.getText())
          .filter((name) => !documented.has(name))
          .map((name) => `@param ${name}`);
        if (!tags.some((tag) => tag.tagName.text === 'returns')) missing.push('@returns');
        const throws = tags.find((tag) => tag.tagName.text === 'throws');
        const when = throws ? (ts.getTextOfJSDocComment(throws.comment)?.trim() ?? '') : '';
        const type = throws && ts.isJSDocThrowsTag(throws) ? throws.typeExpression?.type.getText() : undefined;
        const named = type !== undefined && type.endsWith('Error') && when !== '';
        if (!named && !when.startsWith('Never: ')) missing.push('@throws {BalanseError} <when> (or Never: <why>)');
        if (missing.length > 0) problems.push(`${ENTRIES[i] ?? file}: ${exported.name}: ${missing.join(', ')}`);
      }
    }
  }
  return problems;
}

describe('TSDoc of the public functions', () => {
  it('gives every parameter, the result and when it throws', () => {
    expect(missingDocs()).toEqual([]);
  });
});
