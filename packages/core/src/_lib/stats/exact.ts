/**
 * Scores computed from integer item sums, so that a score the answers make exactly (62.5, say)
 * is exactly that number, whatever order people answered in (§8.5, §8.9). A person's score on a
 * scale of `a` answered items with keyed sum `S` is 25·(S − a)/a; a team mean of such scores is
 * one integer divided by another, which floating point rounds once, correctly. Summing the
 * people's rounded scores instead gave 62.49999999999999 for six people whose mean is 62.5,
 * below the cut.
 */

import { outOfRange } from '../at.js';

/** A person's 0–100 score from the keyed sum and count of their answered items: `(mean − 1) × 25`, rounded once. */
export function scoreOf(sum: number, answered: number): number {
  return (25 * (sum - answered)) / answered;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * The mean of people's scores, `scoreOf(sums[i], counts[i])` over i, computed exactly: with L the
 * least common multiple of the counts, every score is 25·(S − a)·(L / a) / L, so the mean is
 * 25·Σ(S − a)·(L / a) / (L·n), an integer over an integer. Where those integers would leave the
 * range floating point holds exactly (custom instruments with very long scales, millions of
 * people), the scores are summed in ascending order instead. `n` must be at least 1.
 */
export function meanScore(sums: readonly number[], counts: readonly number[]): number {
  const n = sums.length;
  let lcm = 1;
  for (let i = 0; i < n; i++) {
    const a = counts[i] ?? outOfRange(counts, i);
    if (lcm % a !== 0) lcm = (lcm / gcd(lcm, a)) * a;
  }
  let numerator = 0;
  // Each term is at most 4·L in size (S − a ≤ 4a): the total stays exact while 100·L·n is safe.
  if (100 * lcm * n <= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++)
      numerator +=
        ((sums[i] ?? outOfRange(sums, i)) - (counts[i] ?? outOfRange(counts, i))) *
        (lcm / (counts[i] ?? outOfRange(counts, i)));
    return (25 * numerator) / (lcm * n);
  }
  const scores: number[] = [];
  for (let i = 0; i < n; i++) scores.push(scoreOf(sums[i] ?? outOfRange(sums, i), counts[i] ?? outOfRange(counts, i)));
  scores.sort((x, y) => x - y);
  for (const s of scores) numerator += s;
  return numerator / n;
}
