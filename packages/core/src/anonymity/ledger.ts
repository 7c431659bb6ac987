import * as z from 'zod/mini';
import { at } from '../_lib/at.js';
import { BalanseError, parseWith } from '../errors/index.js';
import { resolveOptions, type BalanseOptions } from '../options/index.js';
import { text } from '../_lib/schema-builders/index.js';
import { isSafeDifference } from './threshold.js';

/** The respondent set of one released unit, by opaque response id (ANONYMITY.md R5). */
export interface ReleasedSet {
  readonly unit: string;
  readonly ids: readonly string[];
}

/** What may happen to one unit of a candidate release (ANONYMITY.md R5). */
export type ReleaseDecision =
  | { readonly decision: 'release' }
  | {
      /**
       * `keep-earlier`: the unit was released before: show that release again, not this one.
       * `hide`: the unit was never released: show participation only.
       */
      readonly decision: 'keep-earlier' | 'hide';
      readonly reason: 'ledger';
      /** The earlier released units whose sets this one differs from by fewer than k. */
      readonly conflicts: readonly string[];
    };

const SetSchema = z.object({
  unit: text(100),
  ids: z.array(text(200), { error: 'must be an array of response ids' }),
});
const LedgerSchema = z.object({
  earlier: z.array(SetSchema, { error: 'must be an array of released sets { unit, ids }' }),
  candidate: z.array(SetSchema, { error: 'must be an array of candidate sets { unit, ids }' }),
});

/** Each set's response ids are unique: one response counted twice is an input error. */
function assertUniqueIds(sets: readonly ReleasedSet[], root: string): void {
  sets.forEach((set, i) => {
    const seen = new Set<string>();
    set.ids.forEach((id, j) => {
      if (seen.has(id))
        throw new BalanseError('invalid_input', `${root}[${i}].ids[${j}]`, 'must not repeat a response id', id);
      seen.add(id);
    });
  });
}

/**
 * Candidate sets of one release come from one tree: two of them either share no response or one
 * holds the other. Sets that overlap otherwise count one response in two sibling units (or in
 * two groupings), which no release may do.
 */
function assertNested(candidate: readonly ReleasedSet[]): void {
  const holders = new Map<string, number[]>();
  candidate.forEach((set, i) => {
    for (const id of set.ids) {
      let list = holders.get(id);
      if (!list) holders.set(id, (list = []));
      list.push(i);
    }
  });
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = at(list, x) * candidate.length + at(list, y);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, count] of shared) {
    const a = Math.floor(key / candidate.length);
    const b = key % candidate.length;
    const setA = at(candidate, a);
    const setB = at(candidate, b);
    if (count !== Math.min(setA.ids.length, setB.ids.length)) {
      throw new BalanseError(
        'invalid_input',
        `input.candidate[${b}].ids`,
        `must not share responses with candidate[${a}] ("${setA.unit}") unless one unit is inside the other`,
        setB.unit,
      );
    }
  }
}

/**
 * The units of `candidate` whose set differs from some earlier released set by fewer than k on
 * either side, with the earlier units they conflict with. Sets that share nobody cannot be
 * subtracted from each other and never conflict. Internal: see `checkRelease`.
 */
export function ledgerConflicts(
  earlier: readonly ReleasedSet[],
  candidate: readonly ReleasedSet[],
  k: number,
): Map<number, string[]> {
  const holders = new Map<string, number[]>();
  earlier.forEach((set, e) => {
    for (const id of set.ids) {
      let list = holders.get(id);
      if (!list) holders.set(id, (list = []));
      list.push(e);
    }
  });
  const out = new Map<number, string[]>();
  candidate.forEach((set, c) => {
    const shared = new Map<number, number>();
    for (const id of set.ids) for (const e of holders.get(id) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
    const conflicts = new Set<string>();
    for (const [e, both] of shared) {
      const onlyHere = set.ids.length - both;
      const there = at(earlier, e);
      const onlyThere = there.ids.length - both;
      if (!isSafeDifference(onlyHere, k) || !isSafeDifference(onlyThere, k)) conflicts.add(there.unit);
    }
    if (conflicts.size > 0) out.set(c, [...conflicts].sort());
  });
  return out;
}

/**
 * The ledger check of ANONYMITY.md R5, as a pure function a server calls before it shows a new
 * release. `earlier` holds the respondent sets of everything already released in the round (by
 * opaque response id; never shown); `candidate` the sets of the units about to be released. A
 * unit whose set differs from any earlier released set by fewer than k people on either side may
 * not be shown: it keeps its earlier figures when it was released before, and stays hidden
 * otherwise. The same set again is fine (nothing new to subtract), and so is a difference of k
 * or more. Rounds are separate sets: pass only the earlier releases of the same round.
 *
 * Throws a `BalanseError` naming the field when a set repeats a response id, or when two
 * candidate sets overlap without one holding the other (one response in two sibling units).
 *
 * @param input - `earlier`: the sets already released in the round; `candidate`: the sets about to be
 * @param options - model options; `minGroupSize` is the round's k
 * @returns per candidate unit, `release`, or `keep-earlier` / `hide` with the earlier units it conflicts with
 * @throws {BalanseError} `invalid_input` when the sets are malformed, a set repeats a response id, or two candidate sets overlap without one holding the other; `invalid_option` when an option is
 *
 * @example
 * ```ts
 * import { checkRelease } from '@balanse/core';
 *
 * const five = ['r1', 'r2', 'r3', 'r4', 'r5'];
 * checkRelease({ earlier: [{ unit: 'north', ids: five }], candidate: [{ unit: 'north', ids: [...five, 'r6'] }] });
 * // => { north: { decision: 'keep-earlier', reason: 'ledger', conflicts: ['north'] } }
 * checkRelease({ earlier: [{ unit: 'north', ids: five }], candidate: [{ unit: 'north', ids: five }] });
 * // => { north: { decision: 'release' } }
 * ```
 */
export function checkRelease(
  input: { earlier: readonly ReleasedSet[]; candidate: readonly ReleasedSet[] },
  options?: BalanseOptions,
): Record<string, ReleaseDecision> {
  const o = resolveOptions(options);
  const valid = parseWith(LedgerSchema, input, 'input');
  valid.candidate.forEach((set, i) => {
    if (valid.candidate.findIndex((other) => other.unit === set.unit) !== i) {
      throw new BalanseError('invalid_input', `input.candidate[${i}].unit`, 'must be unique', set.unit);
    }
  });
  assertUniqueIds(valid.earlier, 'input.earlier');
  assertUniqueIds(valid.candidate, 'input.candidate');
  assertNested(valid.candidate);
  const conflicts = ledgerConflicts(valid.earlier, valid.candidate, o.minGroupSize);
  const releasedBefore = new Set(valid.earlier.map((set) => set.unit));
  const out: Record<string, ReleaseDecision> = {};
  valid.candidate.forEach((set, c) => {
    const found = conflicts.get(c);
    out[set.unit] = found
      ? { decision: releasedBefore.has(set.unit) ? 'keep-earlier' : 'hide', reason: 'ledger', conflicts: found }
      : { decision: 'release' };
  });
  return out;
}
