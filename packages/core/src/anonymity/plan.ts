import { at, cell, outOfRange } from '../_lib/at.js';
import { HIDDEN_REASONS, type HiddenReason, type SuppressionReason } from './figures.js';
import { isSafeDifference, meetsThreshold } from './threshold.js';
import { deepestFirst, zeros, type SetCounts } from './tree.js';

/** What a unit's figure may show: shown, hidden for a reason, or nothing to show (`none`). */
export type FigureState = 'shown' | HiddenReason | 'none';

/** Which figures of a unit tree may be released, and why the others may not. */
export interface ReleasePlan {
  /** Per unit: `null` when it shows figures, otherwise why it shows participation only. */
  readonly units: readonly (SuppressionReason | null)[];
  /** Per unit and key (see `SetCounts`): the figure's state as a code; read it with `figureState`. */
  readonly states: readonly (readonly number[])[];
}

export interface PlanInput {
  readonly sets: SetCounts;
  /** Unit ids, for a tie-break that does not depend on the order units were given in. */
  readonly ids: readonly string[];
  readonly k: number;
  /** Keys that are not worth showing when they count the unit's whole set (the sensitivity line). */
  readonly pointlessWhenWhole: readonly number[];
  /** Units the ledger (R5) refuses to release. */
  readonly refusedByLedger?: ReadonlySet<number>;
}

const SHOWN = 0;
const NONE = 255;
const BELOW = HIDDEN_REASONS.indexOf('below-threshold') + 1;
const COMPARABLE = HIDDEN_REASONS.indexOf('comparable-sets') + 1;
const DIFFERENCING = HIDDEN_REASONS.indexOf('differencing') + 1;
const LEDGER = HIDDEN_REASONS.indexOf('ledger') + 1;

/** The state of figure `key` (≥ 1) of unit `u`; meaningful where the unit is shown. */
export function figureState(plan: ReleasePlan, u: number, key: number): FigureState {
  const c = cell(plan.states, u, key);
  return c === SHOWN ? 'shown' : c === NONE ? 'none' : at(HIDDEN_REASONS, c - 1);
}

/** What the rules work on: the sets, and the state of every figure, changed only by `hide`. */
interface Work {
  readonly sets: SetCounts;
  readonly k: number;
  readonly state: number[][];
  /** Units deepest first, then by id: the same result whatever order the units came in. */
  readonly order: readonly number[];
  readonly ids: readonly string[];
  /** Per unit and key, for R3: what the units shown below cover, and whether any is shown. */
  readonly covered: number[][];
  readonly anyBelow: number[][];
  changed: boolean;
}

const unitShown = (w: Work, u: number) => cell(w.state, u, 0) === SHOWN;
const shown = (w: Work, u: number, f: number) => {
  const st = at(w.state, u);
  return st[0] === SHOWN && st[f] === SHOWN;
};
function hide(w: Work, u: number, f: number, reason: number): void {
  at(w.state, u)[f] = reason;
  w.changed = true;
}

/**
 * Decides which figures of a unit tree may be released together (ANONYMITY.md R1–R3, R5):
 *
 * - R1: a figure needs k respondents; a unit whose own set is below k shows participation only.
 * - R5: a unit the ledger refuses shows participation only.
 * - R3: a unit minus the units shown below it (its frontier) must leave nobody or at least k
 *   people, and not exactly one hidden unit (which would be given back). For a unit's own set the
 *   smallest unit of the frontier is hidden (the remainder rule); for any other figure the unit's
 *   own figure is hidden, because hiding it in the sub-unit would leave a gap that the sub-unit's
 *   scale and its other items fill back in exactly.
 * - R2: any two released figures of a unit and its ancestors hold sets whose differences are each
 *   nobody or at least k people. A conflict hides the figure that leaves people out (a unit's own
 *   set never is one) and, between units, the ancestor's: so a figure is only ever hidden where
 *   someone counted is missing from it, and no exact identity between figures can restore it.
 *
 * The rules are applied until none hides anything more; every pass hides at least one figure or
 * is the last.
 */
export function planRelease(input: PlanInput): ReleasePlan {
  const { sets, ids, k } = input;
  const { keys, size, depth } = sets;
  const state: number[][] = [];
  const covered: number[][] = [];
  const anyBelow: number[][] = [];
  for (let u = 0; u < size.length; u++) {
    state.push(zeros(keys));
    covered.push(zeros(keys));
    anyBelow.push(zeros(keys));
  }
  const order = deepestFirst(depth);
  order.sort(
    (a, b) =>
      (depth[b] ?? outOfRange(depth, b)) - (depth[a] ?? outOfRange(depth, a)) || compare(at(ids, a), at(ids, b)),
  );
  const w: Work = { sets, k, ids, state, order, covered, anyBelow, changed: true };
  thresholds(w, input);
  while (w.changed) {
    w.changed = false;
    remaindersOfUnits(w);
    remaindersOfFigures(w);
    comparableSets(w);
  }
  const units: (SuppressionReason | null)[] = [];
  // Key 0 is only ever hidden below k, for the ledger or by differencing (SUPPRESSION_REASONS).
  for (const st of state) {
    const code = st[0] ?? outOfRange(st, 0);
    units.push(code === SHOWN ? null : (at(HIDDEN_REASONS, code - 1) as SuppressionReason));
  }
  return { units, states: state };
}

/** R1 for every figure, "nothing to compare" for the sensitivity line, and R5 for whole units. */
function thresholds(w: Work, input: PlanInput): void {
  const { keys, size } = w.sets;
  for (let u = 0; u < size.length; u++) {
    const s = at(size, u);
    const st = at(w.state, u);
    if (!meetsThreshold(s[0] ?? outOfRange(s, 0), w.k)) st[0] = BELOW;
    else if (input.refusedByLedger?.has(u)) st[0] = LEDGER;
    for (let f = 1; f < keys; f++) if (!meetsThreshold(s[f] ?? outOfRange(s, f), w.k)) st[f] = BELOW;
    // A figure over the unit's whole set is shown already (below k, the whole unit is hidden).
    for (const f of input.pointlessWhenWhole) if (s[f] === s[0]) st[f] = NONE;
  }
}

/** The shown units below `u` with no shown unit between them and `u`. */
function frontier(w: Work, u: number): number[] {
  const out: number[] = [];
  const walk = (n: number) => {
    for (const c of at(w.sets.children, n)) {
      if (unitShown(w, c)) out.push(c);
      else walk(c);
    }
  };
  walk(u);
  return out;
}

/** People of `u`'s set that the shown units below it do not cover. */
function remainder(w: Work, u: number, front: readonly number[]): number {
  return front.reduce((left, d) => left - cell(w.sets.size, d, 0), cell(w.sets.size, u, 0));
}

/**
 * Whether u's remainder is the remainder of one hidden child alone: then that child's set is u
 * minus what is shown, and could be derived (R3's "when a hidden sibling could be derived"), as a
 * unit the ledger refused would be.
 */
function givesBackOneUnit(w: Work, u: number): boolean {
  const { size, children } = w.sets;
  let direct = cell(size, u, 0);
  let parts = 0;
  for (const c of at(children, u)) {
    direct -= cell(size, c, 0);
    if (!unitShown(w, c) && remainder(w, c, frontier(w, c)) > 0) parts++;
  }
  return direct === 0 && parts === 1;
}

/** R3 for whole units: hide the smallest unit of the frontier until the remainder is safe. */
function remaindersOfUnits(w: Work): void {
  const { size } = w.sets;
  for (const u of w.order) {
    for (;;) {
      if (!unitShown(w, u)) break;
      const front = frontier(w, u);
      if (front.length === 0) break;
      const left = remainder(w, u, front);
      if (isSafeDifference(left, w.k) && !givesBackOneUnit(w, u)) break;
      // The smallest goes first; between equals, the later id.
      const smallest = front.reduce((a, b) => {
        const sa = cell(size, a, 0);
        const sb = cell(size, b, 0);
        return sb < sa || (sb === sa && compare(at(w.ids, b), at(w.ids, a)) > 0) ? b : a;
      });
      hide(w, smallest, 0, DIFFERENCING);
    }
  }
}

/**
 * R3 for every other figure: hide the unit's own figure when it minus the same figure of the
 * units shown below leaves a few. Deepest first, so what is shown below is summed once per unit.
 */
function remaindersOfFigures(w: Work): void {
  const { keys, size, children } = w.sets;
  for (const u of w.order) {
    const cover = at(w.covered, u);
    const below = at(w.anyBelow, u);
    cover.fill(0);
    below.fill(0);
    for (const c of at(children, u)) {
      const sc = at(size, c);
      const coveredBelow = at(w.covered, c);
      const anyBelowChild = at(w.anyBelow, c);
      for (let f = 1; f < keys; f++) {
        if (shown(w, c, f)) {
          cover[f] = (cover[f] ?? outOfRange(cover, f)) + (sc[f] ?? outOfRange(sc, f));
          below[f] = 1;
        } else {
          cover[f] = (cover[f] ?? outOfRange(cover, f)) + (coveredBelow[f] ?? outOfRange(coveredBelow, f));
          below[f] = (below[f] ?? outOfRange(below, f)) | (anyBelowChild[f] ?? outOfRange(anyBelowChild, f));
        }
      }
    }
    // `shown` is false for every figure of a hidden unit.
    const su = at(size, u);
    for (let f = 1; f < keys; f++) {
      if (
        below[f] === 1 &&
        shown(w, u, f) &&
        !isSafeDifference((su[f] ?? outOfRange(su, f)) - (cover[f] ?? outOfRange(cover, f)), w.k)
      ) {
        hide(w, u, f, DIFFERENCING);
      }
    }
  }
}

/**
 * R2 between every figure of a unit v and every figure of v or an ancestor u. For people of v,
 * family a counts and family b does not `missing(b) − both(a, b)` of them (tree.ts).
 */
function comparableSets(w: Work): void {
  const { keys, size, parent, both } = w.sets;
  const k = w.k;
  for (const v of w.order) {
    if (!unitShown(w, v)) continue;
    const sv = at(size, v);
    const { pairs, counts } = at(both, v);
    // Every check below asks `shown` of u's figures, which is false for a hidden u.
    for (let u = v; u >= 0; u = parent[u] ?? outOfRange(parent, u)) {
      const su = at(size, u);
      for (let b = 1; b < keys; b++) {
        if (!shown(w, u, b)) continue;
        // v's own set holds the people of v missing from b beyond F(b, u): hide (b, u), the
        // ancestor's figure, or within one unit the one leaving them out. And F(b, u) holds its
        // people outside v beyond every figure of v: subtracting v's own would expose a few.
        const svb = sv[b] ?? outOfRange(sv, b);
        if (
          !isSafeDifference((sv[0] ?? outOfRange(sv, 0)) - svb, k) ||
          (u !== v && !isSafeDifference((su[b] ?? outOfRange(su, b)) - svb, k))
        ) {
          hide(w, u, b, COMPARABLE);
        }
      }
      // Two families a and b, each leaving people out: F(x, v) holds those missing from y only.
      for (let e = 0; e < pairs.length; e++) {
        const pair = pairs[e] ?? outOfRange(pairs, e);
        const a = Math.floor(pair / keys);
        const b = pair % keys;
        const count = counts[e] ?? outOfRange(counts, e);
        pairConflict(w, v, u, a, b, (sv[0] ?? outOfRange(sv, 0)) - (sv[b] ?? outOfRange(sv, b)) - count);
        pairConflict(w, v, u, b, a, (sv[0] ?? outOfRange(sv, 0)) - (sv[a] ?? outOfRange(sv, a)) - count);
      }
    }
  }
}

/** R2 for figures x and y, where `count` people of v are in F(x, v) and not in F(y, v). */
function pairConflict(w: Work, v: number, u: number, x: number, y: number, count: number): void {
  if (isSafeDifference(count, w.k)) return;
  if (shown(w, v, x) && shown(w, u, y)) hide(w, u, y, COMPARABLE);
  // F(x, u) is F(x, v) when u's family x has nobody outside v: it too holds them beyond F(y, v),
  // the figure leaving them out.
  if (u !== v && cell(w.sets.size, u, x) === cell(w.sets.size, v, x) && shown(w, u, x) && shown(w, v, y))
    hide(w, v, y, COMPARABLE);
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
