/**
 * Finds the runnable code examples of the project: ```ts blocks in docs/**\/*.md, in the element
 * pages (each element folder's README.md) and in the
 * `@example` TSDoc blocks of @balanse/core's sources. A line `expr; // => value` (or a line
 * `// => value` right after `expr;`) becomes a check that `expr` equals `value`; with `…` in the
 * value, the listed fields are checked and the rest ignored. A block whose info string says
 * `no-run` is skipped (for snippets that need a page or a server).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fencedBlocks } from './fenced.js';
import { elementPages } from './pages.js';

export interface Example {
  /** File and line, for the test name and failures. */
  where: string;
  lang: string;
  code: string;
}

function walk(dir: string, ext: string, skip: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path) || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) out.push(...walk(path, ext, skip));
    else if (entry.name.endsWith(ext)) out.push(path);
  }
  return out;
}

export function docsExamples(root: string): Example[] {
  const examples: Example[] = [];
  for (const file of [
    ...walk(join(root, 'docs'), '.md', (p) => p.includes(join('docs', 'api'))),
    ...elementPages(root),
  ]) {
    for (const block of fencedBlocks(readFileSync(file, 'utf8'))) {
      // `browser` blocks need a page: packages/components/test/docs-ts-examples.test.ts runs them.
      if (!['ts', 'js', 'html'].includes(block.lang) || block.info.includes('no-run') || block.info.includes('browser'))
        continue;
      examples.push({ where: `${relative(root, file)}:${block.line}`, lang: block.lang, code: block.code });
    }
  }
  return examples;
}

/** `@example` blocks of TSDoc comments in the core sources. */
export function tsdocExamples(root: string): Example[] {
  const examples: Example[] = [];
  const src = join(root, 'packages', 'core', 'src');
  for (const file of walk(src, '.ts', (p) => p.endsWith('.test.ts') || p.includes('test-utils'))) {
    const text = readFileSync(file, 'utf8');
    const re = /\/\*\*([\s\S]*?)\*\//g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const comment = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const start = comment.findIndex((l) => l.startsWith('@example'));
      if (start < 0) continue;
      const line = text.slice(0, m.index).split('\n').length + start;
      const rest = comment.slice(start + 1);
      const end = rest.findIndex((l) => l.startsWith('@'));
      const body = (end < 0 ? rest : rest.slice(0, end)).join('\n');
      for (const block of fencedBlocks(body)) {
        if (block.info.includes('no-run')) continue;
        examples.push({ where: `${relative(root, file)}:${line}`, lang: block.lang || 'ts', code: block.code });
      }
    }
  }
  return examples;
}

/** Turns `// =>` result comments into calls of the global `__expectExample(actual, expectedSource, where)`. */
export function withChecks(code: string, where: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const inline = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
    const alone = /^(\s*)\/\/ => (.+)$/.exec(line);
    if (inline) {
      out.push(
        `${inline[1]}__expectExample(() => (${inline[2]}), ${JSON.stringify(inline[3])}, ${JSON.stringify(where)});`,
      );
    } else if (alone) {
      // The result of the statement just above.
      let k = out.length - 1;
      while (k >= 0 && out[k]!.trim() === '') k--;
      const prev = /^(\s*)(.+?);\s*$/.exec(out[k] ?? '');
      if (!prev) throw new Error(`${where}: "// =>" must follow a statement ending in ";"`);
      out[k] = `${prev[1]}__expectExample(() => (${prev[2]}), ${JSON.stringify(alone[2])}, ${JSON.stringify(where)});`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
