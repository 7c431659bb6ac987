import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { sourcesPlugin } from './build/sources-plugin.js';

const defineFiles = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.ts$/, ''));
const defineEntries = Object.fromEntries(defineFiles.map((name) => [`define/${name}`, `src/define/${name}.ts`]));

// The script-tag build (dist/cdn/) is build/cdn.ts, run after this one.
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
    onSuccess: async () => {
      mkdirSync('dist/themes', { recursive: true });
      cpSync('src/themes', 'dist/themes', { recursive: true });
    },
  },
]);
