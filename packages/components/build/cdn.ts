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
 *    chunk for every set of entry points that share a module, and every file costs its own gzip
 *    dictionary. The texts of one language that the same elements need become one file; the code
 *    elements import statically becomes one chunk per set of elements that import it, small sets
 *    joining a larger one (codeChunks), and what every element imports (Lit, the base element)
 *    travels in the entry. The entry holds nothing an element does not use, since every page loads
 *    it. esbuild then minifies each file once more.
 * 3. The table: for each element its chunk, every chunk that imports statically and, per
 *    language, its text chunks, written into the entry, which fetches them all at once instead of
 *    discovering one import after another.
 *
 * `chunks.json` records the table, the same for each chunk loaded with `import()` (`lazy`, by what
 * it was made for: `hydrate`), and every file with its role, for the size test, the render
 * benchmark, the docs, and servers that want to preload what a page needs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { LOCALES, type Locale } from '@balanse/core';
import { build, type Metafile } from 'esbuild';
import { minify } from 'terser';
import { build as viteBuild, type Rollup } from 'vite';
import { definedElements } from '../scripts/elements.js';
import { sourcesPlugin } from './sources-plugin.js';
import { splitSpecifier, TEXTS_PREFIX, TextsSplitter } from './texts-per-language.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'dist', 'cdn');
const coreDist = join(dirname(createRequire(join(root, 'package.json')).resolve('@balanse/core/package.json')), 'dist');

/** What chunks.json records of one element's files (or of one chunk loaded with `import()`). */
interface ElementChunks {
  /** The chunks the element's code imports, file names relative to the entry. */
  readonly js: readonly string[];
  /** Per language, the chunks of the texts the element shows. */
  readonly texts: Readonly<Partial<Record<Locale, readonly string[]>>>;
}

/** Tag → its files. */
type ChunkTable = Readonly<Record<string, ElementChunks>>;

/**
 * The table as the entry reads it (src/cdn.ts): per tag its files, space-separated, without
 * `.js`; the loader tells a text file's language by its name, `texts-<language>-`.
 */
function packTable(table: ChunkTable): string {
  const packed: Record<string, string> = {};
  for (const [tag, { js, texts }] of Object.entries(table)) {
    const files = [...js, ...LOCALES.flatMap((locale) => texts[locale] ?? [])];
    for (const file of files) {
      const locale = LOCALES.find((l) => file.startsWith(`texts-${l}-`));
      const named = locale ? texts[locale]?.includes(file) : !file.startsWith('texts-');
      if (!named || !file.endsWith('.js') || /[\s'\\]/.test(file))
        throw new Error(`build/cdn.ts: ${file} cannot be written into the entry's table`);
    }
    packed[tag] = files.map((file) => file.slice(0, -'.js'.length)).join(' ');
  }
  return JSON.stringify(packed);
}

/** Code chunks smaller than this (bytes, before gzip) join a chunk loaded in the same cases. */
const MIN_CHUNK = 4000;
/** The element whose page has a target of its own (issue 15: ≤ 20 kB before it renders). */
const SURVEY = 'balanse-survey';
/** Marks the place in the entry where the table goes (src/cdn.ts). */
const TABLE_MARK = '__BALANSE_CHUNKS__';

/** Core's modules that hold texts of the four languages: the built-in instrument and the message sections. */
const CORE_TEXT_MODULES = ['instrument/items.js', 'instrument/texts.js', 'messages/sections.js'];

/**
 * Keys of a text module's exported data that no element reads, per module id: left out of this
 * build. The items' `facet` is a short English note for reviewers and exports (optional in core's
 * schema), 0.9 kB of the survey's chunk. The build fails when an element's source names one.
 */
const OMIT: Readonly<Record<string, readonly string[]>> = { 'core-instrument-items': ['facet'] };

/** Core's modules of constants only, split into one module per constant (constants-per-export.ts). */
const CORE_CONSTANT_MODULES = ['vocabulary/index.js'];

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

/**
 * The chunk of each first-stage code file that elements import statically: one chunk per set of
 * elements whose pages run it (`users`: the elements that import it, statically or from a lazily
 * loaded chunk), so a page loads only code its elements use, and `entry` for what every element
 * imports statically. A set whose code is under MIN_CHUNK bytes joins the smallest larger set that
 * holds all its elements (its code then also loads on the pages of that set's other elements), but
 * never one the survey imports statically unless the survey imports it statically too: the
 * survey's page has a target of its own. Those small sets of the survey may join the entry, which
 * every page loads. A set with a define module joins another only when every element of that set
 * defines its element too (the report defines the zone map and the board it draws): pages of other
 * elements would define it otherwise.
 */
function codeChunks(
  users: ReadonlyMap<string, ReadonlySet<string>>,
  all: ReadonlySet<string>,
  {
    inEntry,
    surveyImports,
    definesOf,
    defines,
    bytes,
  }: {
    inEntry: (file: string) => boolean;
    /** Whether the survey imports `file` statically (not only from a lazily loaded chunk). */
    surveyImports: (file: string) => boolean;
    /** The tags `file` defines, when it is a define module. */
    definesOf: (file: string) => readonly string[] | undefined;
    /** Whether the define module of `user` defines `tag`. */
    defines: (user: string, tag: string) => boolean;
    bytes: (file: string) => number;
  },
): Map<string, string> {
  interface Group {
    users: ReadonlySet<string>;
    /** The survey imports it statically. */
    survey: boolean;
    files: string[];
    bytes: number;
    /** The tags its define modules define. */
    defines: string[];
  }
  const ENTRY = 'entry';
  const groups = new Map<string, Group>();
  for (const [file, set] of users) {
    const survey = surveyImports(file);
    const key = inEntry(file) ? ENTRY : `${[...set].sort().join('+')}${set.has(SURVEY) && !survey ? ' (lazily)' : ''}`;
    const group = groups.get(key) ?? { users: set, survey, files: [], bytes: 0, defines: [] };
    group.files.push(file);
    group.bytes += bytes(file);
    group.defines.push(...(definesOf(file) ?? []));
    groups.set(key, group);
  }
  if (!groups.has(ENTRY)) groups.set(ENTRY, { users: all, survey: true, files: [], bytes: Infinity, defines: [] });
  const holds = (larger: Group, smaller: Group) =>
    larger.users.size > smaller.users.size &&
    [...smaller.users].every((tag) => larger.users.has(tag)) &&
    smaller.defines.every((tag) => [...larger.users].every((user) => defines(user, tag)));
  /** Small set → the set it joins. */
  const joins = new Map<string, string>();
  for (const [key, group] of groups) {
    if (group.bytes >= MIN_CHUNK) continue;
    const [into] = [...groups]
      .filter(([other, larger]) =>
        other === ENTRY
          ? group.survey && group.defines.length === 0
          : holds(larger, group) && (group.survey || !larger.survey),
      )
      .sort(([, a], [, b]) => a.users.size - b.users.size || b.bytes - a.bytes);
    if (into) joins.set(key, into[0]);
  }
  const chunkOf = new Map<string, string>();
  for (const [key, group] of groups) {
    let final = key;
    for (let next = joins.get(final); next !== undefined; next = joins.get(final)) final = next;
    for (const file of group.files) chunkOf.set(file, final);
  }
  return chunkOf;
}

/** Tag → its define module (each element folder's define.ts). */
const ELEMENTS = Object.fromEntries(definedElements(src).map(({ tag, define }) => [tag, define]));
/** Tag → the tags its define module registers (`X.define('balanse-…')`): its own, and those it draws. */
const DEFINES = Object.fromEntries(
  Object.entries(ELEMENTS).map(([tag, file]) => [
    tag,
    [...readFileSync(file, 'utf8').matchAll(/\.define\(\s*'([a-z-]+)'/g)].map(([, defined]) => defined ?? ''),
  ]),
);
for (const [tag, defined] of Object.entries(DEFINES))
  if (!defined.includes(tag)) throw new Error(`build/cdn.ts: ${ELEMENTS[tag]} does not define ${tag}`);

// The entry imports each define module by name; a define module it does not name would never load.
const entrySource = readFileSync(join(src, 'cdn.ts'), 'utf8');
for (const { tag, folder } of definedElements(src))
  if (!entrySource.includes(`'${tag}': () => import('./${folder}/define.js')`))
    throw new Error(`build/cdn.ts: src/cdn.ts does not load ${tag} (add it to ELEMENTS)`);

for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.endsWith('.stories.ts')) continue;
  const source = readFileSync(join(src, file), 'utf8');
  for (const key of Object.values(OMIT).flat())
    if (new RegExp(`\\b${key}\\b`).test(source))
      throw new Error(`build/cdn.ts: src/${file} names ${key}, which this build leaves out (OMIT)`);
}

// 1. esbuild: the entry and everything it loads, into a folder of its own.
const stage = mkdtempSync(join(tmpdir(), 'balanse-cdn-'));
try {
  const splitter = new TextsSplitter(join(src, 'base', 'texts.ts'), OMIT);
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
    plugins: [
      sourcesPlugin({
        srcDir: src,
        coreLeafImports: true,
        texts: { splitter, textModule },
        constantModules: (path) => CORE_CONSTANT_MODULES.some((listed) => path === join(coreDist, listed)),
      }),
    ],
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
  /**
   * First-stage code files that elements import statically → those elements (a define file: its
   * own) and the elements whose lazily loaded chunks import them too: a chunk of such a file runs
   * on all their pages.
   */
  const codeUsersOf = new Map<string, Set<string>>();
  const lazyUsersOf = new Map<string, Set<string>>();
  const addUser = (users: Map<string, Set<string>>, file: string, tag: string) => {
    const found = users.get(file) ?? new Set<string>();
    found.add(tag);
    users.set(file, found);
  };
  for (const [path] of made) {
    const tag = tagOf(path);
    if (!tag) continue;
    const seen = new Set<string>();
    const lazy: string[] = [];
    const visit = (file: string, users: Map<string, Set<string>>) => {
      if (seen.has(file)) return;
      seen.add(file);
      addUser(users, file, tag);
      for (const edge of made.get(file)?.imports ?? []) {
        const target = resolve(root, edge.path);
        if (edge.kind === 'import-statement') visit(target, users);
        else if (localeOf(target)) addUser(usersOf, target, tag);
        else lazy.push(target);
      }
    };
    visit(path, codeUsersOf);
    for (const file of lazy) visit(file, lazyUsersOf);
  }
  const tags = Object.keys(ELEMENTS);
  /** What every element imports statically, before the lazy users join in. */
  const everyElement = new Set(
    [...codeUsersOf].filter(([, users]) => users.size === tags.length).map(([file]) => file),
  );
  const surveyImports = new Set([...codeUsersOf].filter(([, users]) => users.has(SURVEY)).map(([file]) => file));
  for (const [file, lazyUsers] of lazyUsersOf) for (const tag of lazyUsers) codeUsersOf.get(file)?.add(tag);
  const codeChunkOf = codeChunks(codeUsersOf, new Set(tags), {
    inEntry: (file) => everyElement.has(file),
    surveyImports: (file) => surveyImports.has(file),
    definesOf: (file) => {
      const tag = tagOf(file);
      return tag ? [tag] : undefined;
    },
    defines: (user, tag) => DEFINES[user]?.includes(tag) ?? false,
    bytes: (file) => made.get(file)?.bytes ?? 0,
  });
  /** First-stage files that travel with the entry: what every element imports, and the survey's small sets. */
  const withEntry = [...codeChunkOf].filter(([, chunk]) => chunk === 'entry').map(([file]) => file);
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
              const shared = withEntry.map((file) => `import "./${relative(stage, file)}";`);
              return { code: `${shared.join('')}${code}`, map: null };
            },
          },
        ],
        // The entry may export more than src/cdn.ts does: what it shares with the element chunks.
        // Without this, Rollup moves Lit to a chunk of its own and the entry only re-exports it.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          freeze: false,
          generatedCode: { symbols: false },
          // survey-<hash>.js for an element, texts-nb-<hash>.js for texts, chunk-<hash>.js for the rest.
          chunkFileNames: (info) => {
            const tag = info.moduleIds.map(tagOf).find(Boolean);
            if (tag) return `${tag.replace(/^balanse-/, '')}-[hash:6].js`;
            const locale = info.moduleIds.map(localeOf).find(Boolean);
            return locale ? `texts-${locale}-[hash:6].js` : 'chunk-[hash:6].js';
          },
          experimentalMinChunkSize: MIN_CHUNK,
          manualChunks(id) {
            const locale = localeOf(id);
            // What every element imports goes with the entry (a manual chunk's imports would join it otherwise).
            if (!locale) return id === stageEntry ? 'entry' : codeChunkOf.get(id);
            const users = [...(usersOf.get(id) ?? [])].sort();
            // Only a lazily loaded chunk registers it: it stays a file of its own (checked below).
            if (users.length === 0) return undefined;
            return `texts-${locale}-${users.join('+')}`;
          },
        },
      },
    },
  });
  // One build config gives one output (an array only when the config has several).
  const [output] = Array.isArray(result) ? result : [result as Rollup.RollupOutput];
  if (!output) throw new Error('build/cdn.ts: Rollup built nothing');
  const bundle = output.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  // 3. The table, from what Rollup made.
  const byName = new Map(bundle.map((chunk) => [chunk.fileName, chunk]));
  /** The chunk Rollup wrote as `name`, which another chunk imports. */
  const chunkNamed = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`build/cdn.ts: a chunk imports ${name}, which Rollup did not write`);
    return found;
  };
  const entryChunk = bundle.find((chunk) => chunk.isEntry);
  if (!entryChunk) throw new Error('build/cdn.ts: Rollup wrote no entry chunk');
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
      for (const name of chunk.imports) visit(chunkNamed(name));
      for (const name of chunk.dynamicImports) {
        const locale = textLocale(chunkNamed(name));
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
    let code = chunk.code;
    if (chunk === entryChunk) {
      const marks = code.split(new RegExp(`(["'\`])${TABLE_MARK}\\1`)).length;
      if (marks !== 3) throw new Error(`build/cdn.ts: the entry should hold ${TABLE_MARK} once`);
      // As a string for JSON.parse, in single quotes: packTable refuses names with a quote or a backslash.
      code = code.replace(new RegExp(`(["'\`])${TABLE_MARK}\\1`), `'${packTable(table)}'`);
    }
    // Terser, two passes: 1.5 % smaller after gzip than esbuild's minifier on these files (0.3 kB
    // of the survey's page). Non-ASCII stays as it is: module scripts are read as UTF-8.
    const minified = await minify(code, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
    });
    if (minified.code === undefined) throw new Error(`build/cdn.ts: terser wrote nothing for ${chunk.fileName}`);
    code = minified.code;
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
    if (inPackage?.[1]) return inPackage[1];
    const inCore = /core\/dist\/([^/]+)/.exec(largest);
    return inCore ? `core/${inCore[1]}` : largest;
  }

  // What each other chunk loaded with `import()` brings with it, as the table has it for each element: a
  // page that knows it will need one (the server's survey page and Lit's hydration) preloads them all
  // at once instead of learning each import one round trip after another.
  const lazy: Record<string, ElementChunks> = {};
  for (const chunk of bundle)
    // Not the elements' own chunks (the table has them) nor texts (they import nothing).
    if (chunk.isDynamicEntry && !tagOfChunk(chunk) && !textLocale(chunk)) {
      const name = lazyName(chunk);
      if (lazy[name]) throw new Error(`build/cdn.ts: two chunks loaded with import() are both made for ${name}`);
      lazy[name] = chunksOf(chunk);
    }

  writeFileSync(
    join(out, 'chunks.json'),
    `${JSON.stringify({ entry: entryChunk.fileName, elements: table, lazy, files: roles }, null, 2)}\n`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
