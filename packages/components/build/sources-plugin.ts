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

export interface SourcesOptions {
  /** The folder of the sources to transform: this package's `src`. */
  srcDir: string;
  /** Rewrite `@balanse/core` imports to core's declaring modules (script-tag bundles only). */
  coreLeafImports?: boolean;
}

/** The file `import '@balanse/core'` loads from this package (its `exports['.'].import`). */
function coreEntry(): string {
  const manifest = createRequire(join(process.cwd(), 'package.json')).resolve('@balanse/core/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: { '.': { import: string } } };
  return join(dirname(manifest), exports['.'].import);
}

export function sourcesPlugin({ srcDir, coreLeafImports = false }: SourcesOptions): Plugin {
  const root = resolve(srcDir) + sep;
  return {
    name: 'balanse-sources',
    setup(build) {
      // Resolved once per build from this package, so the rewrite follows the core that is bundled.
      const coreExports = coreLeafImports ? exportMap(coreEntry()) : undefined;
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(root) || args.path.endsWith('.test.ts')) return undefined;
        let contents = minifyTemplates(await readFile(args.path, 'utf8'), args.path);
        if (coreExports) contents = rewriteImports(contents, args.path, '@balanse/core', coreExports);
        return { contents, loader: 'ts' };
      });
    },
  };
}
