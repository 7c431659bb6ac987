/**
 * The script-tag build (`dist/cdn/`, part of `pnpm build`): one entry module a page loads with one
 * `<script type="module">`, `balanse.js`, and beside it the chunks it imports relative to its own
 * URL, as Shoelace's CDN build does. A page hosts the folder and writes one tag.
 *
 * 1. esbuild bundles the entry (src/cdn.ts) with code splitting, Lit and core inside: each
 *    element's define module, which the entry imports with `import()`, becomes a chunk, and so do
 *    what the elements load with `import()` (core's validation, the advisor's recommendation) and
 *    each text export's four languages (texts-per-language.ts). Minified templates and core's
 *    leaf imports as in the npm build.
 * 2. Rollup (through Vite) bundles that output again to fewer, larger files: esbuild makes one
 *    chunk for every set of elements that share a module, and every file costs its own gzip
 *    dictionary. The texts of one language that the same elements need become one file; code
 *    chunks under MIN_CHUNK bytes join a chunk loaded in the same cases. Code the entry imports
 *    (Lit, the base element) stays in the entry. esbuild then minifies each file once more.
 * 3. The table: for each element its chunk, every chunk that imports statically and, per
 *    language, its text chunks, written into the entry, which fetches them all at once instead of
 *    discovering one import after another.
 *
 * `chunks.json` records the table and every file with its role, for the size test, the render
 * benchmark, the docs, and servers that want to preload what a page needs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { LOCALES, type Locale } from '@balanse/core';
import { build, transform, type Metafile } from 'esbuild';
import { build as viteBuild, type Rollup } from 'vite';
import type { ChunkTable, ElementChunks } from '../src/cdn.js';
import { definedElements } from '../scripts/elements.js';
import { sourcesPlugin } from './sources-plugin.js';
import { splitSpecifier, TEXTS_PREFIX, TextsSplitter } from './texts-per-language.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'dist', 'cdn');
const coreDist = join(dirname(createRequire(join(root, 'package.json')).resolve('@balanse/core/package.json')), 'dist');

/** Code chunks smaller than this (bytes, before gzip) join a chunk loaded in the same cases. */
const MIN_CHUNK = 4000;
/** Marks the place in the entry where the table goes (src/cdn.ts). */
const TABLE_MARK = '__BALANSE_CHUNKS__';

/** Core's modules that hold texts of the four languages: the built-in instrument and the message sections. */
const CORE_TEXT_MODULES = ['instrument/items.js', 'instrument/texts.js', 'messages/sections.js'];

/** A module's id for its language chunks, when it holds texts: core's listed ones, each element's `strings.ts`. */
function textModule(path: string): string | undefined {
  if (path.startsWith(src + sep) && /(^|[./])strings\.ts$/.test(basename(path)))
    return relative(src, path).replace(/\.ts$/, '').split(sep).join('-');
  if (path.startsWith(coreDist + sep)) {
    const inCore = relative(coreDist, path).split(sep).join('/');
    if (CORE_TEXT_MODULES.includes(inCore)) return `core-${inCore.replace(/\.js$/, '').replace(/\//g, '-')}`;
  }
  return undefined;
}

/** Tag → its define module (each element folder's define.ts). */
const ELEMENTS = Object.fromEntries(definedElements(src).map(({ tag, define }) => [tag, define]));

// The entry imports each define module by name; a define module it does not name would never load.
const entrySource = readFileSync(join(src, 'cdn.ts'), 'utf8');
for (const { tag, folder } of definedElements(src))
  if (!entrySource.includes(`'${tag}': () => import('./${folder}/define.js')`))
    throw new Error(`build/cdn.ts: src/cdn.ts does not load ${tag} (add it to ELEMENTS)`);

// 1. esbuild: the entry and everything it loads, into a folder of its own.
const stage = mkdtempSync(join(tmpdir(), 'balanse-cdn-'));
try {
  const splitter = new TextsSplitter(join(src, 'base', 'texts.ts'));
  const first = await build({
    entryPoints: { balanse: join(src, 'cdn.ts') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Module scripts are always read as UTF-8: å, ø and ä need not be escaped (\xE5 is 4 bytes, å 2).
    charset: 'utf8',
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.build.json'),
    outdir: stage,
    splitting: true,
    metafile: true,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
    plugins: [sourcesPlugin({ srcDir: src, coreLeafImports: true, texts: { splitter, textModule } })],
  });
  for (const listed of CORE_TEXT_MODULES) {
    if (![...splitter.split.values()].includes(join(coreDist, listed)))
      throw new Error(`build/cdn.ts: core's ${listed} is listed as a text module but no element bundles it`);
  }

  /** What each file of the first stage was made from. */
  const made = new Map<string, Metafile['outputs'][string]>(
    Object.entries(first.metafile.outputs).map(([path, output]) => [resolve(root, path), output]),
  );
  const entryPointOf = (path: string) => made.get(path)?.entryPoint;
  const localeOf = (path: string): Locale | undefined => {
    const from = entryPointOf(path);
    return from?.includes(TEXTS_PREFIX) ? splitSpecifier(from.slice(from.indexOf(TEXTS_PREFIX)))[1] : undefined;
  };
  const tagOf = (path: string) => {
    const from = entryPointOf(path);
    return from && Object.keys(ELEMENTS).find((tag) => resolve(root, from) === ELEMENTS[tag]);
  };
  /** First-stage text files → the elements whose code registers them. */
  const usersOf = new Map<string, Set<string>>();
  /** First-stage files every element imports statically: they join the entry. */
  let everyElement: Set<string> | undefined;
  for (const [path] of made) {
    const tag = tagOf(path);
    if (!tag) continue;
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const edge of made.get(file)?.imports ?? []) {
        const target = resolve(root, edge.path);
        if (edge.kind === 'import-statement') visit(target);
        else if (edge.kind === 'dynamic-import' && localeOf(target)) {
          const users = usersOf.get(target) ?? new Set<string>();
          users.add(tag);
          usersOf.set(target, users);
        }
      }
    };
    visit(path);
    seen.delete(path);
    everyElement = everyElement ? new Set([...everyElement].filter((file) => seen.has(file))) : seen;
  }
  const stageEntry = join(stage, 'balanse.js');

  // 2. Rollup: fewer files.
  const result = await viteBuild({
    configFile: false,
    root: stage,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      modulePreload: false,
      lib: { entry: { balanse: stageEntry }, formats: ['es'] },
      rollupOptions: {
        plugins: [
          {
            // What every element imports travels with the entry: one file less for each of them.
            name: 'balanse-shared-in-entry',
            transform(code, id) {
              if (id !== stageEntry) return undefined;
              const shared = [...(everyElement ?? [])].map((file) => `import "./${relative(stage, file)}";`);
              return { code: `${shared.join('')}${code}`, map: null };
            },
          },
        ],
        // The entry may export more than src/cdn.ts does: what it shares with the element chunks.
        // Without this, Rollup moves Lit to a chunk of its own and the entry only re-exports it.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          // survey-<hash>.js for an element, texts-nb-<hash>.js for texts, chunk-<hash>.js for the rest.
          chunkFileNames: (info) => {
            const tag = info.moduleIds.map(tagOf).find(Boolean);
            if (tag) return `${tag.replace(/^balanse-/, '')}-[hash].js`;
            const locale = info.moduleIds.map(localeOf).find(Boolean);
            return locale ? `texts-${locale}-[hash].js` : 'chunk-[hash].js';
          },
          experimentalMinChunkSize: MIN_CHUNK,
          manualChunks(id) {
            const locale = localeOf(id);
            if (!locale) return undefined;
            const users = [...(usersOf.get(id) ?? [])].sort();
            // Only a lazily loaded chunk registers it: it stays a file of its own (checked below).
            if (users.length === 0) return undefined;
            return `texts-${locale}-${users.join('+')}`;
          },
        },
      },
    },
  });
  const bundle = (Array.isArray(result) ? result[0]! : (result as Rollup.RollupOutput)).output.filter(
    (o): o is Rollup.OutputChunk => o.type === 'chunk',
  );

  // 3. The table, from what Rollup made.
  const byName = new Map(bundle.map((chunk) => [chunk.fileName, chunk]));
  const entryChunk = bundle.find((chunk) => chunk.isEntry)!;
  const textLocale = (chunk: Rollup.OutputChunk): Locale | undefined => {
    const locales = new Set(Object.keys(chunk.modules).map((id) => localeOf(id)));
    if (locales.size !== 1 || locales.has(undefined)) {
      if ([...locales].some(Boolean))
        throw new Error(`build/cdn.ts: ${chunk.fileName} mixes texts with code or languages`);
      return undefined;
    }
    return [...locales][0];
  };
  /** The element whose define module `chunk` holds. */
  const tagOfChunk = (chunk: Rollup.OutputChunk) => {
    const tags = chunk.moduleIds.map(tagOf).filter(Boolean);
    if (tags.length > 1) throw new Error(`build/cdn.ts: ${chunk.fileName} holds two elements, ${tags.join(' and ')}`);
    return tags[0];
  };
  const chunkOfTag = (tag: string) => {
    const found = bundle.find((chunk) => tagOfChunk(chunk) === tag);
    if (!found) throw new Error(`build/cdn.ts: no chunk for ${tag}`);
    return found;
  };
  function chunksOf(start: Rollup.OutputChunk): ElementChunks {
    const js: string[] = [];
    const texts: Partial<Record<Locale, string[]>> = {};
    const visit = (chunk: Rollup.OutputChunk) => {
      if (chunk === entryChunk || js.includes(chunk.fileName)) return;
      js.push(chunk.fileName);
      for (const name of chunk.imports) visit(byName.get(name)!);
      for (const name of chunk.dynamicImports) {
        const locale = textLocale(byName.get(name)!);
        if (locale && !(texts[locale] ??= []).includes(name)) texts[locale].push(name);
      }
    };
    visit(start);
    for (const locale of LOCALES) texts[locale]?.sort();
    return { js, texts };
  }
  const table: ChunkTable = Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, chunksOf(chunkOfTag(tag))]));

  // A text chunk only a lazily loaded chunk imports would register after its element rendered,
  // and its texts would not be loaded: every text chunk must belong to an element's static part.
  const reached = new Set(Object.values(table).flatMap((e) => Object.values(e.texts).flat()));
  for (const chunk of bundle)
    if (textLocale(chunk) && !reached.has(chunk.fileName))
      throw new Error(`build/cdn.ts: ${chunk.fileName} holds texts only a lazily loaded chunk uses`);

  // The files, minified once more (Rollup joins modules under long names), the table in the entry.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const chunk of bundle) {
    let { code } = await transform(chunk.code, {
      format: 'esm',
      target: 'es2022',
      minify: true,
      charset: 'utf8',
      legalComments: 'none',
    });
    if (chunk === entryChunk) {
      const marks = code.split(new RegExp(`(["'\`])${TABLE_MARK}\\1`)).length;
      if (marks !== 3) throw new Error(`build/cdn.ts: the entry should hold ${TABLE_MARK} once`);
      // As a string for JSON.parse, in single quotes: file names hold no quote and no backslash.
      const json = JSON.stringify(table);
      if (/['\\\n]/.test(json)) throw new Error('build/cdn.ts: a file name holds a quote or a backslash');
      code = code.replace(new RegExp(`(["'\`])${TABLE_MARK}\\1`), `'${json}'`);
    }
    writeFileSync(join(out, chunk.fileName), code);
  }

  // The record of what was built.
  type Role = 'entry' | 'element' | 'shared' | 'texts' | 'lazy';
  const staticParts = new Set(Object.values(table).flatMap((e) => e.js));
  const roles: Record<string, { role: Role; of?: string; locale?: Locale }> = {};
  for (const chunk of bundle) {
    const name = chunk.fileName;
    const tag = tagOfChunk(chunk);
    const locale = textLocale(chunk);
    if (chunk === entryChunk) roles[name] = { role: 'entry' };
    else if (tag) roles[name] = { role: 'element', of: tag };
    else if (locale) roles[name] = { role: 'texts', of: textsOf(chunk), locale };
    else if (staticParts.has(name)) roles[name] = { role: 'shared' };
    else roles[name] = { role: 'lazy', of: lazyName(chunk) };
  }

  /** The elements a text chunk is for: `report+zone-map`. */
  function textsOf(chunk: Rollup.OutputChunk): string {
    const users = new Set(chunk.moduleIds.flatMap((id) => [...(usersOf.get(id) ?? [])]));
    return [...users].sort().join('+');
  }

  /**
   * What a lazy chunk was made for: the module loaded with `import()` (`survey/validate-instrument`),
   * or, for code the lazy parts share, the package or core module that is most of it (`zod`).
   */
  function lazyName(chunk: Rollup.OutputChunk): string {
    const from = chunk.moduleIds.map(entryPointOf).find(Boolean);
    if (from) return relative(src, resolve(root, from)).replace(/\.ts$/, '').split(sep).join('/');
    const inputs = chunk.moduleIds.flatMap((id) => Object.entries(made.get(id)?.inputs ?? {}));
    const [largest] = inputs.sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)[0] ?? [chunk.name];
    const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(largest);
    if (inPackage) return inPackage[1]!;
    const inCore = /core\/dist\/([^/]+)/.exec(largest);
    return inCore ? `core/${inCore[1]}` : largest;
  }

  writeFileSync(
    join(out, 'chunks.json'),
    `${JSON.stringify({ entry: entryChunk.fileName, elements: table, files: roles }, null, 2)}\n`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
