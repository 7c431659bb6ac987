import { writeFileSync } from 'node:fs';
import { goldenMarkdown } from './generate.js';

writeFileSync(new URL('./golden.md', import.meta.url), goldenMarkdown());
console.log('Wrote packages/core/golden/golden.md');
