import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { elementsOf, withApi, type Manifest } from './element-api.js';
import { elementPage } from './pages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const manifestUrl = new URL('../../packages/components/custom-elements.json', import.meta.url);

describe('the API sections of the element pages', () => {
  it('have a manifest to compare with (made by `pnpm build`)', () => {
    expect(existsSync(manifestUrl), 'run `pnpm build` first').toBe(true);
  });

  const manifest = (
    existsSync(manifestUrl) ? JSON.parse(readFileSync(manifestUrl, 'utf8')) : { modules: [] }
  ) as Manifest;
  it.each(elementsOf(manifest).map((e) => [e.tagName, e] as const))(
    '<%s> matches custom-elements.json (`pnpm docs:elements`)',
    (tag, element) => {
      const page = readFileSync(elementPage(root, tag), 'utf8');
      expect(page).toBe(withApi(page, element));
    },
  );
});
