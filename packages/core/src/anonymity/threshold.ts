/**
 * The k check (ANONYMITY.md R1, §8.8), the one place in Balanse where a count of people is
 * compared with k. Every other module asks these two questions instead of comparing for itself,
 * so the rule can be read, tested and mutation-tested in one place.
 */

/**
 * R1: a figure may describe `count` people under threshold `k` only when they are at least k.
 * Exported for a server's own releases of counts (a raw-data export for units that meet k), so
 * that it asks this rule instead of writing its own comparison.
 *
 * @param count - how many people a figure would describe
 * @param k - the round's threshold (`minGroupSize`)
 * @returns whether the figure may be shown: `count` is at least `k`
 * @throws Never: any two numbers give an answer, and NaN gives false (the rule fails closed)
 *
 * @example
 * ```ts
 * import { meetsThreshold } from '@balanse/core';
 *
 * meetsThreshold(5, 5); // => true
 * meetsThreshold(4, 5); // => false
 * ```
 */
export function meetsThreshold(count: number, k: number): boolean {
  return count >= k;
}

/**
 * R2, R3, R5: what one respondent set holds beyond another is safe to expose by subtraction when
 * it is nobody, or at least k people.
 */
export function isSafeDifference(count: number, k: number): boolean {
  return count === 0 || count >= k;
}
