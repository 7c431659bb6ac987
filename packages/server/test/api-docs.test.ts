import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiMarkdown } from '../scripts/api-docs.js';

describe('docs/server/http-api.md', () => {
  it('is what the route table generates (`pnpm docs:server-api`)', () => {
    const page = readFileSync(new URL('../../../docs/server/http-api.md', import.meta.url), 'utf8');
    expect(page).toBe(apiMarkdown());
  });
});
