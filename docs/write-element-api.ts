import { readFileSync, writeFileSync } from 'node:fs';
import { elementsOf, withApi, type Manifest } from './test/element-api.js';

const manifestUrl = new URL('../packages/components/custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as Manifest;
for (const element of elementsOf(manifest)) {
  const url = new URL(`./elements/${element.tagName}.md`, import.meta.url);
  writeFileSync(url, withApi(readFileSync(url, 'utf8'), element));
  console.log(`Wrote the API of docs/elements/${element.tagName}.md`);
}
