/** `pnpm docs:server-api`: writes docs/server/http-api.md from the route table. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiMarkdown } from './api-docs.js';

const target = fileURLToPath(new URL('../../../docs/server/http-api.md', import.meta.url));
writeFileSync(target, apiMarkdown());
console.log(`Wrote ${target}`);
