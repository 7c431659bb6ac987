/**
 * Global setup for the framework pages of the docs (docs/frameworks/*.md): every ```tsx block
 * becomes a module as written, every ```vue block is compiled by Vue's own SFC compiler (with the
 * `isCustomElement` rule the page tells readers to configure) and every ```svelte block by
 * Svelte's compiler, into test/generated-docs-examples/. docs-examples.test.tsx mounts each one in
 * Chromium. Written before the tests are collected, so the test can find them with import.meta.glob.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile as compileSvelte } from 'svelte/compiler';
import { compileScript, parse as parseVue } from 'vue/compiler-sfc';
import { fencedBlocks } from '../../../docs/test/fenced.js';

/** What docs/frameworks/vue-svelte.md tells Vue users to put in their Vite config. */
export const isCustomElement = (tag: string): boolean => tag.startsWith('balanse-');

export type ExampleKind = 'react' | 'vue' | 'svelte';
export interface ExampleEntry {
  where: string;
  kind: ExampleKind;
  /** The example as written, for the checks that look at what it binds and listens to. */
  source: string;
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = fileURLToPath(new URL('./generated-docs-examples', import.meta.url));

function compile(kind: ExampleKind, code: string, name: string): { file: string; code: string } {
  if (kind === 'react') return { file: `${name}.tsx`, code };
  if (kind === 'vue') {
    // As @vitejs/plugin-vue does: the template is parsed with the compiler options too.
    const { descriptor, errors } = parseVue(code, {
      filename: `${name}.vue`,
      templateParseOptions: { isCustomElement },
    });
    if (errors.length > 0) throw new Error(`${name}: ${errors.map(String).join('; ')}`);
    const script = compileScript(descriptor, {
      id: name,
      inlineTemplate: true,
      templateOptions: { compilerOptions: { isCustomElement } },
    });
    // The compiled setup keeps the example's TypeScript; Vite strips it.
    return { file: `${name}.ts`, code: script.content };
  }
  const { js } = compileSvelte(code, { filename: `${name}.svelte`, generate: 'client' });
  return { file: `${name}.js`, code: js.code };
}

export default function setup(): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const index: Record<string, ExampleEntry> = {};
  const dir = join(root, 'docs', 'frameworks');
  let n = 0;
  for (const page of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
    const path = join(dir, page);
    for (const block of fencedBlocks(readFileSync(path, 'utf8'))) {
      const kind = ({ tsx: 'react', vue: 'vue', svelte: 'svelte' } as const)[block.lang];
      if (!kind || block.info.includes('no-run')) continue;
      const where = `${relative(root, path)}:${block.line}`;
      const { file, code } = compile(kind, block.code, `example-${n++}`);
      writeFileSync(join(out, file), `// ${where}\n${code}`);
      index[file] = { where, kind, source: block.code };
    }
  }
  writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2));
}
