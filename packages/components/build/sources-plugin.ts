/**
 * The esbuild plugin both builds load our sources through (tsup.config.ts): Lit templates
 * minified (minify-templates.ts) and, for the script-tag bundles, core imported from the modules
 * that declare each name (core-imports.ts).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { exportMap, rewriteImports } from './core-imports.js';
import { minifyTemplates } from './minify-templates.js';
import { TEXTS_PREFIX, type TextsSplitter } from './texts-per-language.js';

export interface SourcesOptions {
  /** The folder of the sources to transform: this package's `src`. */
  srcDir: string;
  /** Rewrite `@balanse/core` imports (and its subpaths') to core's declaring modules (script-tag bundles only). */
  coreLeafImports?: boolean;
  /**
   * Load texts per language (script-tag build only, texts-per-language.ts): `textModule` names
   * each module whose four-language records are split (an id for its language modules), or
   * returns undefined for any other module, of this package or of core's dist.
   */
  texts?: { splitter: TextsSplitter; textModule: (path: string) => string | undefined };
}

/**
 * Each specifier of core's exports map (`@balanse/core`, `@balanse/core/messages` …) with the file
 * its `import` loads from this package.
 */
function coreEntries(): [specifier: string, file: string][] {
  const manifest = createRequire(join(process.cwd(), 'package.json')).resolve('@balanse/core/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, string | { import?: string }>;
  };
  const entries: [string, string][] = [];
  for (const [path, target] of Object.entries(exports)) {
    if (typeof target === 'string' || target.import === undefined) continue;
    entries.push([
      path === '.' ? '@balanse/core' : `@balanse/core/${path.slice(2)}`,
      join(dirname(manifest), target.import),
    ]);
  }
  return entries;
}

export function sourcesPlugin({ srcDir, coreLeafImports = false, texts }: SourcesOptions): Plugin {
  const root = resolve(srcDir) + sep;
  return {
    name: 'balanse-sources',
    setup(build) {
      // Resolved once per build from this package, so the rewrite follows the core that is bundled.
      const coreExports = coreLeafImports
        ? coreEntries().map(([specifier, file]) => [specifier, exportMap(file)] as const)
        : [];
      const split = async (path: string, contents: string) => {
        const id = texts?.textModule(path);
        return (texts && id && (await texts.splitter.transform(path, contents, id))) ?? contents;
      };
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(root) || args.path.endsWith('.test.ts')) return undefined;
        let contents = minifyTemplates(await readFile(args.path, 'utf8'), args.path);
        for (const [specifier, exports] of coreExports)
          contents = rewriteImports(contents, args.path, specifier, exports);
        return { contents: await split(args.path, contents), loader: 'ts' };
      });
      if (!texts) return;
      // Core's own text modules (its dist), and the modules of one language each.
      build.onLoad({ filter: /\.js$/ }, async (args) => {
        if (!texts.textModule(args.path)) return undefined;
        return { contents: await split(args.path, await readFile(args.path, 'utf8')), loader: 'js' };
      });
      // The prefix is letters, a dash and a colon: nothing a regular expression reads specially.
      build.onResolve({ filter: new RegExp(`^${TEXTS_PREFIX}`) }, (args) => ({
        path: args.path,
        namespace: 'balanse-texts',
      }));
      build.onLoad({ filter: /.*/, namespace: 'balanse-texts' }, (args) => ({
        contents: texts.splitter.languageModule(args.path),
        loader: 'js',
      }));
    },
  };
}
