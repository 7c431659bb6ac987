import { writeFileSync } from 'node:fs';
import { jsonSchemaText, SCHEMA_NAMES } from './generate.js';

for (const name of SCHEMA_NAMES) {
  writeFileSync(new URL(`./${name}.schema.json`, import.meta.url), jsonSchemaText(name));
  console.log(`Wrote docs/schemas/${name}.schema.json`);
}
