import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../packages/components/src/base/tokens.js';

const doc = readFileSync(new URL('../getting-started/theming.md', import.meta.url), 'utf8');
const css = readFileSync(new URL('../../packages/components/src/themes/default.css', import.meta.url), 'utf8');

describe('the token table of the theming guide', () => {
  it('lists every global token with its default, and nothing else', () => {
    const rows = [...doc.matchAll(/^\| `--balanse-([a-z-]+)` \| `([^`]*)` \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(TOKENS);
  });

  it('matches the default theme stylesheet', () => {
    for (const [name, value] of Object.entries(TOKENS)) {
      expect(css, `--balanse-${name}`).toContain(`--balanse-${name}: ${value};`);
    }
  });

  it('gives dark mode the same colours by system setting and by class', () => {
    const block = (selector: string) => {
      const start = css.indexOf(`${selector} {`);
      return css.slice(start, css.indexOf('}', start)).match(/--balanse-[a-z-]+: [^;]+;/g) ?? [];
    };
    const bySystem = block(':where(:root:not(.balanse-light))');
    expect(bySystem.length).toBeGreaterThan(10);
    expect(block(':where(.balanse-dark)')).toEqual(bySystem);
  });
});
