import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementsOf, withApi, type Manifest } from './test/element-api.js';
import { elementPage } from './test/pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const manifestUrl = new URL('../packages/components/custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as Manifest;
for (const element of elementsOf(manifest)) {
  const page = elementPage(root, element.tagName);
  writeFileSync(page, withApi(readFileSync(page, 'utf8'), element));
  console.log(`Wrote the API of ${relative(root, page)}`);
}
