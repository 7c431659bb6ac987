import { cpSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { sourcesPlugin } from './build/sources-plugin.js';
import { definedElements } from './scripts/elements.js';

// Each element folder's define.ts becomes dist/define/<tag>.js (`@balanse/components/define/<tag>`).
const defineEntries = Object.fromEntries(
  definedElements('src').map(({ folder, tag }) => [`define/${tag}`, `src/${folder}/define.ts`]),
);

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
    // tsup wants a promise back; the copy itself is synchronous.
    onSuccess: () => {
      mkdirSync('dist/themes', { recursive: true });
      cpSync('src/themes', 'dist/themes', { recursive: true });
      return Promise.resolve();
    },
  },
]);
