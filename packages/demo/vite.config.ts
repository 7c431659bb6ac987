import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { SOURCE_ALIASES } from '../../.ci/source-aliases.mjs';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo runs straight from the packages' sources: `pnpm start` needs no build step.
export default defineConfig({
  root: src('.'),
  resolve: {
    alias: SOURCE_ALIASES,
  },
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 5173, open: false },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
