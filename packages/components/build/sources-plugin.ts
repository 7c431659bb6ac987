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
import {
  constantOf,
  CONSTANTS_PREFIX,
  rewriteConstantImports,
  splitConstants,
  type SplitConstants,
} from './constants-per-export.js';
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
  /**
   * Modules of constants to split into one module per constant (script-tag build only,
   * constants-per-export.ts), by path: core's vocabulary.
   */
  constantModules?: (path: string) => boolean;
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

export function sourcesPlugin({ srcDir, coreLeafImports = false, texts, constantModules }: SourcesOptions): Plugin {
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
      const constants = new Map<string, SplitConstants>();
      const isConstants = (path: string) => constantModules?.(path) ?? false;
      const direct = (path: string, contents: string) =>
        constantModules ? rewriteConstantImports(path, contents, isConstants) : contents;
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(root) || args.path.endsWith('.test.ts')) return undefined;
        let contents = minifyTemplates(await readFile(args.path, 'utf8'), args.path);
        for (const [specifier, exports] of coreExports)
          contents = rewriteImports(contents, args.path, specifier, exports);
        return { contents: await split(args.path, direct(args.path, contents)), loader: 'ts' };
      });
      if (!texts && !constantModules) return;
      // Core's modules (its dist): its modules of constants, its own imports of them, its text modules.
      const splitOf = async (file: string) => {
        let found = constants.get(file);
        if (!found) {
          found = splitConstants(file, await readFile(file, 'utf8'));
          constants.set(file, found);
        }
        return found;
      };
      build.onLoad({ filter: /\.js$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        if (isConstants(args.path)) return { contents: (await splitOf(args.path)).barrel, loader: 'js' };
        const contents = direct(args.path, await readFile(args.path, 'utf8'));
        return { contents: await split(args.path, contents), loader: 'js' };
      });
      if (constantModules) {
        // The prefix is letters, a dash and a colon: nothing a regular expression reads specially.
        build.onResolve({ filter: new RegExp(`^${CONSTANTS_PREFIX}`) }, (args) => ({
          path: args.path,
          namespace: 'balanse-const',
        }));
        build.onLoad({ filter: /.*/, namespace: 'balanse-const' }, async (args) => {
          const [file, name] = constantOf(args.path);
          const contents = (await splitOf(file)).modules.get(name);
          if (contents === undefined) throw new Error(`sources-plugin: ${file} has no constant ${name}`);
          return { contents, loader: 'js' };
        });
      }
      if (!texts) return;
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
