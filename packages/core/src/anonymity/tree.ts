/**
 * The respondent sets of a unit tree, held as counts so that every comparison the release rules
 * make is a lookup (ANONYMITY.md R2, R3). Each person belongs to one unit and counts in it and in
 * every unit above it. Key 0 is the unit's own set (the counted respondents); keys 1… are the
 * other figure families (items, characteristics, the sensitivity line), each a subset of key 0.
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

/** Counts per pair of figure families, in ascending pair order (see `SetCounts.without`). */
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
  /**
   * `without[u]`: for pairs of families (f, g), the number of people in unit u's subtree that f
   * counts and g does not, as `pairs` (`f * keys + g`, ascending) and `counts`. Only pairs with at
   * least one such person are present: a person who answered everything adds none.
   */
  readonly without: readonly PairCounts[];
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

  const size = parent.map(() => new Int32Array(keys));
  const without = parent.map(() => new Map<number, number>());
  for (const m of members) {
    if (!m.counted) continue;
    const own = size[m.unit]!;
    const missing = new Uint8Array(keys);
    for (const g of m.missing) missing[g] = 1;
    for (let f = 0; f < keys; f++) if (missing[f] === 0) own[f]! += 1;
    if (m.missing.length === 0) continue;
    const pairs = without[m.unit]!;
    for (const g of m.missing) {
      for (let f = 0; f < keys; f++) {
        if (missing[f] === 1) continue;
        const key = f * keys + g;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  // Deepest first, each unit's counts join its parent's: a parent counts its whole subtree.
  const order = parent.map((_, u) => u).sort((a, b) => depth[b]! - depth[a]!);
  for (const u of order) {
    const p = parent[u]!;
    if (p < 0) continue;
    const into = size[p]!;
    const from = size[u]!;
    for (let f = 0; f < keys; f++) into[f]! += from[f]!;
    const pairs = without[p]!;
    for (const [key, count] of without[u]!) pairs.set(key, (pairs.get(key) ?? 0) + count);
  }
  // Sorted, so every reader visits the pairs in one order whatever order the people came in.
  const sorted = without.map((pairs): PairCounts => {
    const keysInOrder = Int32Array.from(pairs.keys()).sort();
    return { pairs: keysInOrder, counts: Int32Array.from(keysInOrder, (key) => pairs.get(key)!) };
  });
  return { keys, parent, children, depth, size, without: sorted };
}
