import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Two pages, one build: the administrators' app (admin.js) and the leader's page (leader.js), with
// Lit, core and the reused elements inside and what they share split into chunks, so that the
// leader's page does not load the app. The server serves dist/ at /admin/assets/.
export default defineConfig({
  entry: { admin: 'src/admin.ts', leader: 'src/leader.ts' },
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  noExternal: [/.*/],
  splitting: true,
  minify: true,
  sourcemap: true,
  clean: true,
  dts: false,
  outDir: 'dist',
  esbuildOptions(options) {
    options.chunkNames = 'chunk-[hash]';
  },
  onSuccess() {
    cpSync('src/app.css', 'dist/app.css');
    return Promise.resolve();
  },
});
