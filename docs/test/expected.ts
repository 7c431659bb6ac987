/**
 * The result an example promises in its `// => …` comment, as a value. No Node APIs, so the
 * browser tests of the docs use it too.
 */

/**
 * Evaluates the text after `// =>`. A `…` in it means "at least these fields": the result is then
 * compared with `toMatchObject` instead of `toEqual`.
 */
export function expectedValue(source: string): { value: unknown; partial: boolean } {
  const partial = source.includes('…');
  // The docs' own text, written as a JavaScript expression: evaluating it is the check, and only
  // the repository's docs ever reach it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluates the docs' own `// =>` text
  const evaluate = new Function(`return (${source.replace(/,?\s*…\s*/g, ' ')});`) as () => unknown;
  return { value: evaluate(), partial };
}
