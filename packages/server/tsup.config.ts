import { cp } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  tsconfig: 'tsconfig.build.json',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  splitting: true,
  // The demo's sample department ships inside the CLI (seed-demo); the demo package is private.
  noExternal: ['@balanse/demo'],
  async onSuccess() {
    // Migrations are read at run time from beside the code: dist/migrations.
    await cp('src/db/migrations', 'dist/migrations', { recursive: true });
  },
});
