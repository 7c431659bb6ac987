import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { definedElements } from '../scripts/elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = definedElements().map(({ tag }) => tag);

/*
 * A define entry must register its element even in a bundler that honours `sideEffects`. If a
 * define call is ever split into a shared chunk (one define file importing another does that),
 * the chunk is not listed in `sideEffects`, bundlers drop it, and the element silently never
 * registers. Bundling each built entry the way an app would catches that.
 */
describe('define entries register their element in a bundle', () => {
  it.each(entries)('%s', async (entry) => {
    const result = await build({
      entryPoints: [`${root}dist/define/${entry}.js`],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    expect(result.outputFiles[0]!.text).toMatch(new RegExp(`\\.define\\(\\s*["']${entry}["']`));
  });
});
