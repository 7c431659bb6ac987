/**
 * The respondent sets of a unit tree, held as counts so that every comparison the release rules
 * make is arithmetic (ANONYMITY.md R2, R3). Each person belongs to one unit and counts in it and
 * in every unit above it. Key 0 is the unit's own set (the counted respondents); keys 1… are the
 * other figure families (items, characteristics, the sensitivity line), each a subset of key 0.
 *
 * A person who answered everything is in every set. Only what people leave out makes sets
 * differ, so the counts kept are of who is missing from what: per key, and per pair of keys for
 * people missing from both. For people of unit v, family a counts and family b does not exactly
 * `missing[b] − both(a, b)` of them.
 */

import { at, outOfRange } from '../_lib/at.js';

/** One person as the release rules see them: where they answered and which figures count them. */
export interface SetMember {
  /** Index of the unit the person answered in. */
  readonly unit: number;
  /** Counted in the unit's figures at all: a score on every scale (§8.6). */
  readonly counted: boolean;
  /** Keys (1…) of the figure families that do not count this person, though counted; ascending. */
  readonly missing: readonly number[];
}

/** Per pair of keys a < b, the people missing from both, as `a * keys + b` (ascending) and counts. */
export interface PairCounts {
  readonly pairs: readonly number[];
  readonly counts: readonly number[];
}

/** The respondent sets of every unit's figures, by count. */
export interface SetCounts {
  /** Number of figure keys, key 0 included. */
  readonly keys: number;
  /** Parent unit index per unit, −1 for a root. */
  readonly parent: readonly number[];
  /** Child unit indices per unit. */
  readonly children: readonly (readonly number[])[];
  /** Depth per unit, 0 for a root. */
  readonly depth: readonly number[];
  /** `size[u][f]`: people in unit u's subtree that figure family f counts. */
  readonly size: readonly (readonly number[])[];
  /** `both[u]`: per pair of families, the people of u's subtree counted but missing from both. */
  readonly both: readonly PairCounts[];
}

/** Counts the sets of every unit from its members. `parent` must describe a tree (no cycles). */
export function countSets(parent: readonly number[], keys: number, members: readonly SetMember[]): SetCounts {
  const units = parent.length;
  const children: number[][] = [];
  const depth: number[] = [];
  for (let u = 0; u < units; u++) {
    children.push([]);
    let d = 0;
    for (let p = parent[u] ?? outOfRange(parent, u); p >= 0; p = parent[p] ?? outOfRange(parent, p)) d++;
    depth.push(d);
  }
  for (let u = 0; u < units; u++) {
    const p = parent[u] ?? outOfRange(parent, u);
    if (p >= 0) at(children, p).push(u);
  }

  // Plain arrays, not typed ones: teams are small, and V8 allocates small plain arrays far faster.
  const counted: number[] = [];
  const missing: number[][] = [];
  // Pairs a < b as `a * keys + b`, once per person missing from both (`missing` is ascending).
  const ownPairs: number[][] = [];
  for (let u = 0; u < units; u++) {
    counted.push(0);
    missing.push(zeros(keys));
    ownPairs.push([]);
  }
  for (const m of members) {
    if (!m.counted) continue;
    counted[m.unit] = (counted[m.unit] ?? outOfRange(counted, m.unit)) + 1;
    const miss = at(missing, m.unit);
    const pairsOfUnit = at(ownPairs, m.unit);
    const gone = m.missing;
    for (let x = 0; x < gone.length; x++) {
      const gx = gone[x] ?? outOfRange(gone, x);
      miss[gx] = (miss[gx] ?? outOfRange(miss, gx)) + 1;
      for (let y = x + 1; y < gone.length; y++) pairsOfUnit.push(gx * keys + (gone[y] ?? outOfRange(gone, y)));
    }
  }
  // Deepest first, each unit's counts join its parent's: a parent counts its whole subtree.
  const order = deepestFirst(depth);
  const both: PairCounts[] = new Array<PairCounts>(units);
  for (const u of order) {
    both[u] = mergePairs(at(ownPairs, u), childPairs(both, at(children, u)));
    const p = parent[u] ?? outOfRange(parent, u);
    if (p < 0) continue;
    counted[p] = (counted[p] ?? outOfRange(counted, p)) + (counted[u] ?? outOfRange(counted, u));
    const into = at(missing, p);
    const from = at(missing, u);
    for (let f = 0; f < keys; f++) into[f] = (into[f] ?? outOfRange(into, f)) + (from[f] ?? outOfRange(from, f));
  }
  const size: number[][] = [];
  for (let u = 0; u < units; u++) {
    const s = zeros(keys);
    const miss = at(missing, u);
    const c = counted[u] ?? outOfRange(counted, u);
    for (let f = 0; f < keys; f++) s[f] = c - (miss[f] ?? outOfRange(miss, f));
    size.push(s);
  }
  return { keys, parent, children, depth, size, both };
}

/**
 * A unit's own pairs (one entry per person) and its children's counts, as one list in ascending
 * pair order: sorted, so every reader visits the pairs in one order whatever order people came in.
 */
function mergePairs(own: readonly number[], fromChildren: readonly PairCounts[]): PairCounts {
  const all = own.slice().sort(ascending);
  if (allEmpty(fromChildren)) {
    // Run-length: each distinct pair once, with how many people it has.
    const pairs: number[] = [];
    const counts: number[] = [];
    for (const key of all) {
      const last = counts.length - 1;
      if (pairs.length > 0 && pairs[last] === key) counts[last] = (counts[last] ?? outOfRange(counts, last)) + 1;
      else {
        pairs.push(key);
        counts.push(1);
      }
    }
    return { pairs, counts };
  }
  const merged = new Map<number, number>();
  for (const key of all) merged.set(key, (merged.get(key) ?? 0) + 1);
  for (const child of fromChildren) {
    for (let e = 0; e < child.pairs.length; e++) {
      const key = child.pairs[e] ?? outOfRange(child.pairs, e);
      merged.set(key, (merged.get(key) ?? 0) + (child.counts[e] ?? outOfRange(child.counts, e)));
    }
  }
  const entries = [...merged].sort((x, y) => x[0] - y[0]);
  return { pairs: entries.map(([key]) => key), counts: entries.map(([, count]) => count) };
}

/** A plain array of n zeros. */
export function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}

/*
 * Small helpers written as loops, not closures: they run once per unit, and summarising a
 * thousand teams calls them a thousand times.
 */
const ascending = (a: number, b: number): number => a - b;

/** Unit indices, deepest first (stable, so units of one depth keep their order). */
export function deepestFirst(depth: readonly number[]): number[] {
  const order: number[] = [];
  for (let u = 0; u < depth.length; u++) order.push(u);
  order.sort((a, b) => (depth[b] ?? outOfRange(depth, b)) - (depth[a] ?? outOfRange(depth, a)));
  return order;
}

function childPairs(both: readonly PairCounts[], children: readonly number[]): PairCounts[] {
  const out: PairCounts[] = [];
  for (const c of children) out.push(at(both, c));
  return out;
}

function allEmpty(list: readonly PairCounts[]): boolean {
  for (const c of list) if (c.pairs.length > 0) return false;
  return true;
}
