import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo runs straight from the packages' sources: `pnpm start` needs no build step.
export default defineConfig({
  root: src('.'),
  resolve: {
    alias: [
      { find: /^@balanse\/core$/, replacement: src('../core/src/index.ts') },
      { find: /^@balanse\/core\/synthetic$/, replacement: src('../core/src/synthetic/index.ts') },
      { find: /^@balanse\/components$/, replacement: src('../components/src/index.ts') },
      { find: /^@balanse\/components\/define\/(.*)$/, replacement: src('../components/src/define/$1.ts') },
      { find: /^@balanse\/components\/themes\/(.*)$/, replacement: src('../components/src/themes/$1') },
    ],
  },
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 5173, open: false },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
