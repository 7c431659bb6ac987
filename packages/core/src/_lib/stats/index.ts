import { outOfRange } from '../at.js';
/**
 * The few statistics Balanse needs, written out so they can be read and tested: means, sample
 * standard deviations and Student's t quantiles for the 80 % intervals of §8.9.
 */

/** Above this many values, sortedCopy uses the typed array's sort instead of insertion sort. */
const INSERTION_SORT_MAX = 64;

/**
 * Values sorted ascending, as a new array. Summing in a fixed order makes a mean independent of
 * the order respondents arrived in, to the last bit, so a team summary never changes when the same
 * answers are listed differently.
 */
export function sortedCopy(values: readonly number[]): number[] {
  // A team's few values: insertion sort, without a comparator call per comparison. A department
  // or a whole organisation (thousands of values, where insertion sort's n² cost took seconds):
  // the typed array's numeric sort.
  if (values.length > INSERTION_SORT_MAX) return Array.from(Float64Array.from(values).sort());
  const out = values.slice();
  for (let i = 1; i < out.length; i++) {
    const v = out[i] ?? outOfRange(out, i);
    let j = i - 1;
    while (j >= 0 && (out[j] ?? outOfRange(out, j)) > v) {
      out[j + 1] = out[j] ?? outOfRange(out, j);
      j--;
    }
    out[j + 1] = v;
  }
  return out;
}

/** Arithmetic mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (n − 1); 0 for a single value. `m` is the values' mean, when known exactly. */
export function sampleSd(values: readonly number[], m = mean(values)): number {
  const n = values.length;
  if (n < 2) return 0;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (n - 1));
}

/** ln Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ] as const;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a: number = c[0];
  const t = z + 7.5;
  for (let i = 1; i < c.length; i++) a += (c[i] ?? outOfRange(c, i)) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the regularized incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Cumulative distribution of Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const quantileCache = new Map<number, Map<number, number>>();

/**
 * The `p` quantile of Student's t with `df` degrees of freedom (p in (0.5, 1)), found by
 * bisection on the CDF to 1e-10 and cached: a team summary asks for the same few values again and
 * again. `studentTQuantile(0.9, 5)` ≈ 1.4759.
 */
export function studentTQuantile(p: number, df: number): number {
  let byDf = quantileCache.get(p);
  if (!byDf) quantileCache.set(p, (byDf = new Map<number, number>()));
  const cached = byDf.get(df);
  if (cached !== undefined) return cached;
  const q = quantileBySearch(p, df);
  // Whole degrees of freedom recur (team sizes); Welch's fractional ones would only fill the cache.
  if (Number.isInteger(df)) byDf.set(df, q);
  return q;
}

function quantileBySearch(p: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Half-width of a two-sided `level` interval around a mean of `n` values with sample SD `sd`,
 * never below `floor`: max(floor, t(1 − (1 − level)/2, n − 1) × sd/√n). §8.9.
 */
export function intervalHalfWidth(sd: number, n: number, level: number, floor: number): number {
  if (n < 2) return floor;
  const t = studentTQuantile(1 - (1 - level) / 2, n - 1);
  return Math.max(floor, (t * sd) / Math.sqrt(n));
}

/**
 * Half-width of a two-sided `level` interval for the difference of two independent means, each
 * given by its SD and n: Welch's t with Satterthwaite's degrees of freedom, never below `floor`.
 * With both SDs 0 the floor is the answer. Used for the change between two rounds.
 */
export function differenceHalfWidth(
  a: { readonly sd: number; readonly n: number },
  b: { readonly sd: number; readonly n: number },
  level: number,
  floor: number,
): number {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const v = va + vb;
  if (v === 0 || a.n < 2 || b.n < 2) return floor;
  const df = (v * v) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  return Math.max(floor, t * Math.sqrt(v));
}

/** Clamps a value into [lo, hi]. */
export function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}
