import { defineConfig } from 'tsup';

export default defineConfig({
  // One output module per source module (no bundling), so `sideEffects: false` lets an app's
  // bundler keep only what it imports: the survey widget needs the instrument, not the report.
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/test-utils/**'],
  bundle: false,
  format: ['esm'],
  // Declarations come from tsc (tsconfig.build.json): one program for every module, where tsup's
  // per-entry declaration bundling took four times as long.
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
