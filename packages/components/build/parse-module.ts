import ts from 'typescript';

/**
 * The syntax tree of one module the build rewrites, with parent links (the rewrites read a node's
 * text and its place), read as TypeScript or JavaScript by its name, since the build rewrites both.
 */
export function parseModule(file: string, source: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
}
