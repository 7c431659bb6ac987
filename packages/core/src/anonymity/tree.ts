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

/** One person as the release rules see them: where they answered and which figures count them. */
export interface SetMember {
  /** Index of the unit the person answered in. */
  readonly unit: number;
  /** Counted in the unit's figures at all: a score on every scale (§8.6). */
  readonly counted: boolean;
  /** Keys (1…) of the figure families that do not count this person, though counted. */
  readonly missing: readonly number[];
}

/** Per pair of keys a < b, the people missing from both, as `a * keys + b` (ascending) and counts. */
export interface PairCounts {
  readonly pairs: Int32Array;
  readonly counts: Int32Array;
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
  readonly size: readonly Int32Array[];
  /** `both[u]`: per pair of families, the people of u's subtree counted but missing from both. */
  readonly both: readonly PairCounts[];
}

/** Counts the sets of every unit from its members. `parent` must describe a tree (no cycles). */
export function countSets(parent: readonly number[], keys: number, members: readonly SetMember[]): SetCounts {
  const units = parent.length;
  const children: number[][] = Array.from({ length: units }, () => []);
  parent.forEach((p, u) => {
    if (p >= 0) children[p]!.push(u);
  });
  const depth = parent.map(() => -1);
  const depthOf = (u: number): number => {
    if (depth[u]! < 0) depth[u] = parent[u]! < 0 ? 0 : depthOf(parent[u]!) + 1;
    return depth[u]!;
  };
  parent.forEach((_, u) => depthOf(u));

  const counted = new Int32Array(units);
  const missing = parent.map(() => new Int32Array(keys));
  // Pairs a < b as `a * keys + b`, once per person missing from both.
  const ownPairs: number[][] = parent.map(() => []);
  for (const m of members) {
    if (!m.counted) continue;
    counted[m.unit]! += 1;
    const miss = missing[m.unit]!;
    for (const g of m.missing) miss[g]! += 1;
    if (m.missing.length < 2) continue;
    const pairs = ownPairs[m.unit]!;
    const sorted = m.missing.length === 2 ? m.missing : [...m.missing].sort((a, b) => a - b);
    for (let x = 0; x < sorted.length; x++) {
      for (let y = x + 1; y < sorted.length; y++) {
        const a = Math.min(sorted[x]!, sorted[y]!);
        const b = Math.max(sorted[x]!, sorted[y]!);
        pairs.push(a * keys + b);
      }
    }
  }
  // Deepest first, each unit's counts join its parent's: a parent counts its whole subtree.
  const order = parent.map((_, u) => u).sort((a, b) => depth[b]! - depth[a]!);
  const both: PairCounts[] = new Array<PairCounts>(units);
  for (const u of order) {
    both[u] = mergePairs(
      ownPairs[u]!,
      children[u]!.map((c) => both[c]!),
    );
    const p = parent[u]!;
    if (p < 0) continue;
    counted[p]! += counted[u]!;
    const into = missing[p]!;
    const from = missing[u]!;
    for (let f = 0; f < keys; f++) into[f]! += from[f]!;
  }
  const size = parent.map((_, u) => {
    const s = new Int32Array(keys);
    for (let f = 0; f < keys; f++) s[f] = counted[u]! - missing[u]![f]!;
    return s;
  });
  return { keys, parent, children, depth, size, both };
}

/**
 * A unit's own pairs (one entry per person) and its children's counts, as one list in ascending
 * pair order: sorted, so every reader visits the pairs in one order whatever order people came in.
 */
function mergePairs(own: number[], fromChildren: readonly PairCounts[]): PairCounts {
  const all = own.sort((a, b) => a - b);
  if (fromChildren.every((c) => c.pairs.length === 0)) {
    const pairs: number[] = [];
    const counts: number[] = [];
    for (const key of all) {
      if (pairs.length > 0 && pairs[pairs.length - 1] === key) counts[counts.length - 1]! += 1;
      else {
        pairs.push(key);
        counts.push(1);
      }
    }
    return { pairs: Int32Array.from(pairs), counts: Int32Array.from(counts) };
  }
  const merged = new Map<number, number>();
  for (const key of all) merged.set(key, (merged.get(key) ?? 0) + 1);
  for (const child of fromChildren) {
    child.pairs.forEach((key, e) => merged.set(key, (merged.get(key) ?? 0) + child.counts[e]!));
  }
  const pairs = Int32Array.from(merged.keys()).sort();
  return { pairs, counts: Int32Array.from(pairs, (key) => merged.get(key)!) };
}
