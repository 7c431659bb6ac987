/**
 * Global setup for the browser-side code examples of the docs: every ```ts block whose info
 * string says `browser` becomes a module in test/generated-docs-examples/, with its `// =>`
 * results turned into checks and the page objects it talks about (`map`, `survey`, `report`…)
 * taken from fixtures that docs-ts-examples.test.ts sets up. Written before the tests are
 * collected, so the test can import them with import.meta.glob.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fencedBlocks } from '../../../docs/test/fenced.js';
import { withChecks } from '../../../docs/test/extract.js';
import { elementPages } from '../../../docs/test/pages.js';

/** The fixtures an example may use without declaring them (see docs-ts-examples.test.ts). */
export const FIXTURE_NAMES = [
  'map',
  'board',
  'advisor',
  'survey',
  'summary',
  'zone',
  'balance',
  'report',
  'save',
  'load',
  'myStore',
  'myInstrument',
];

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = fileURLToPath(new URL('./generated-docs-examples', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'api' || e.name.startsWith('.') ? [] : markdownFiles(path);
    return e.name.endsWith('.md') ? [path] : [];
  });
}

function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const n of m[1]!.split(','))
      names.add(
        n
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      );
  return names;
}

export default function setup(): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let n = 0;
  const index: Record<string, string> = {};
  for (const file of [...markdownFiles(join(root, 'docs')), ...elementPages(root)]) {
    for (const block of fencedBlocks(readFileSync(file, 'utf8'))) {
      if (block.lang !== 'ts' || !block.info.includes('browser')) continue;
      const where = `${relative(root, file)}:${block.line}`;
      const declared = declaredNames(block.code);
      const used = FIXTURE_NAMES.filter((name) => !declared.has(name) && new RegExp(`\\b${name}\\b`).test(block.code));
      const prelude = used.length ? `const { ${used.join(', ')} } = (globalThis as any).__docsFixtures;\n` : '';
      const body = withChecks(block.code, where);
      // Imports must come first in a module; the prelude goes after them.
      const lines = body.split('\n');
      const lastImport = lines.reduce((last, line, i) => (/^import\s/.test(line) ? i : last), -1);
      lines.splice(lastImport + 1, 0, prelude);
      const name = `example-${String(n++).padStart(3, '0')}.ts`;
      index[name] = where;
      writeFileSync(
        join(out, name),
        `// ${where}\nexport const where = ${JSON.stringify(where)};\n${lines.join('\n')}\n`,
      );
    }
  }
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}
