/**
 * How the size test measures (see budgets.ts): a define entry built the way an app ships it, and
 * gzip as a server sends it.
 */
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

/** Bytes after gzip at level 9. */
export const gzipSize = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;

export interface AppChunks {
  /** The entry chunk and the chunks it imports statically: loaded before the element renders. */
  initial: number;
  /** Per module loaded with `import()`: its chunk and whatever it adds to `initial`. */
  lazy: Record<string, number>;
}

/** `validate-instrument-TTFJEFOF` (a chunk of our dist) → `validate-instrument`. */
const moduleName = (chunk: Rollup.OutputChunk) => chunk.name.replace(/-[A-Z0-9]{8}$/, '');

/**
 * Builds `entry` (a file of dist/) with Vite for production, as an app that imports it would:
 * Rollup with code splitting, esbuild minification and Vite's default browser targets, Lit and
 * core bundled. Returns the chunks by file name.
 */
export async function appBuild(root: string, entry: string): Promise<Map<string, Rollup.OutputChunk>> {
  // Vite picks Lit's production build by NODE_ENV, which the test runner sets to "test".
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const result = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      mode: 'production',
      build: { write: false, rollupOptions: { input: entry } },
    });
    // One input gives one output (an array only when the config has several).
    const [first] = Array.isArray(result) ? result : [result as Rollup.RollupOutput];
    if (!first) throw new Error(`Vite built nothing for ${entry}`);
    const output = first.output;
    return new Map(output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** min+gzip sizes of `entry` built by `appBuild`: the initial load and each lazily loaded chunk. */
export async function appChunks(root: string, entry: string): Promise<AppChunks> {
  const chunks = await appBuild(root, entry);
  const chunkOf = (file: string) => {
    const found = chunks.get(file);
    if (!found) throw new Error(`${entry}: the build imports ${file}, which it did not write`);
    return found;
  };
  const closure = (start: Rollup.OutputChunk, skip: ReadonlySet<string> = new Set()) => {
    const found = new Set<string>();
    const visit = (chunk: Rollup.OutputChunk) => {
      if (found.has(chunk.fileName) || skip.has(chunk.fileName)) return;
      found.add(chunk.fileName);
      for (const file of chunk.imports) visit(chunkOf(file));
    };
    visit(start);
    return found;
  };
  const size = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSize(chunkOf(file).code), 0);
  const entryChunk = [...chunks.values()].find((c) => c.isEntry);
  if (!entryChunk) throw new Error(`${entry}: the build has no entry chunk`);
  const initial = closure(entryChunk);
  const lazy: Record<string, number> = {};
  for (const chunk of chunks.values()) {
    if (chunk.isDynamicEntry) lazy[moduleName(chunk)] = size(closure(chunk, initial));
  }
  return { initial: size(initial), lazy };
}
