import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedValue } from './expected.js';
import { docsExamples, tsdocExamples, withChecks, type Example } from './extract.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = join(root, 'docs', '.examples');
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

declare global {
  var __expectExample: (actual: () => unknown, expected: string, where: string) => void;
}

globalThis.__expectExample = (actual, expectedSource, where) => {
  const { value: expected, partial } = expectedValue(expectedSource);
  const value = actual();
  if (partial) expect(value, where).toMatchObject(expected as object);
  else expect(value, where).toEqual(expected);
};

const examples: Example[] = [...docsExamples(root), ...tsdocExamples(root)].filter((e) => e.lang !== 'html');

describe('every code example in the docs and in core’s TSDoc runs and shows the right result', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((e, i) => [e.where, e, i] as const))('%s', async (_, example, i) => {
    const file = join(scratch, `example-${i}.ts`);
    writeFileSync(file, withChecks(example.code, example.where));
    await import(/* @vite-ignore */ file);
  });
});
