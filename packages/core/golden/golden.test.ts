import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenMarkdown } from './generate.js';

describe('the golden table', () => {
  it('matches what the model produces now (regenerate with `pnpm --filter @balanse/core golden` and review the diff)', () => {
    const committed = readFileSync(new URL('./golden.md', import.meta.url), 'utf8');
    expect(goldenMarkdown()).toBe(committed);
  });
});
