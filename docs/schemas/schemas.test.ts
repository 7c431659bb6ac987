import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, SCHEMA_NAMES } from './generate.js';

describe('the published JSON Schemas', () => {
  it.each(SCHEMA_NAMES)('%s.schema.json matches core’s zod schema (regenerate with `pnpm docs:schemas`)', (name) => {
    expect(readFileSync(new URL(`./${name}.schema.json`, import.meta.url), 'utf8')).toBe(jsonSchemaText(name));
  });
});
