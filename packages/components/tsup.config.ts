import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

const defineEntries = Object.fromEntries(
  readdirSync('src/define')
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

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
    onSuccess: async () => {
      mkdirSync('dist/themes', { recursive: true });
      cpSync('src/themes', 'dist/themes', { recursive: true });
    },
  },
  {
    // For a script tag: every element, Lit and core in one self-contained, minified module.
    entry: { 'cdn/balanse': 'src/cdn.ts' },
    format: ['esm'],
    tsconfig: 'tsconfig.build.json',
    noExternal: [/.*/],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    splitting: false,
    sourcemap: true,
    clean: false,
  },
]);
