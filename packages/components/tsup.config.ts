import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { sourcesPlugin } from './build/sources-plugin.js';

const defineFiles = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.ts$/, ''));
const defineEntries = Object.fromEntries(defineFiles.map((name) => [`define/${name}`, `src/define/${name}.ts`]));
/** One script-tag bundle per element too, for pages that show only one (an intranet's survey page). */
const cdnElementEntries = Object.fromEntries(defineFiles.map((name) => [`cdn/${name}`, `src/define/${name}.ts`]));

export default defineConfig([
  {
    // For bundlers: one module per entry, lit and @balanse/core left to the app's bundler.
    entry: { index: 'src/index.ts', ...defineEntries },
    format: ['esm'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
    // Lit templates minified at build time; the app's bundler keeps core's own module graph.
    esbuildPlugins: [sourcesPlugin({ srcDir: 'src' })],
    // tsup wants a promise back; the copy itself is synchronous.
    onSuccess: () => {
      mkdirSync('dist/themes', { recursive: true });
      cpSync('src/themes', 'dist/themes', { recursive: true });
      return Promise.resolve();
    },
  },
  {
    // For a script tag: every element (cdn/balanse.js) or one element (cdn/balanse-<name>.js), with
    // Lit and core inside, each one self-contained, minified module. What the elements load with
    // import() (custom-instrument and report validation, the advisor's recommendation) is inlined
    // but evaluated only when first used: core is imported from its declaring modules for that.
    entry: { 'cdn/balanse': 'src/cdn.ts', ...cdnElementEntries },
    format: ['esm'],
    tsconfig: 'tsconfig.build.json',
    noExternal: [/.*/],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    splitting: false,
    esbuildPlugins: [sourcesPlugin({ srcDir: 'src', coreLeafImports: true })],
    sourcemap: true,
    clean: false,
  },
]);
