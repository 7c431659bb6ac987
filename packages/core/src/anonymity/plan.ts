import { HIDDEN_REASONS, type HiddenReason, type SuppressionReason } from './figures.js';
import { isSafeDifference, meetsThreshold } from './threshold.js';
import type { SetCounts } from './tree.js';

/** What a unit's figure may show: shown, hidden for a reason, or nothing to show (`none`). */
export type FigureState = 'shown' | HiddenReason | 'none';

/** Which figures of a unit tree may be released, and why the others may not. */
export interface ReleasePlan {
  /** Per unit: `null` when it shows figures, otherwise why it shows participation only. */
  readonly units: readonly (SuppressionReason | null)[];
  /** `figures[u][f]` for keys f ≥ 1 (see `SetCounts`); meaningful only where the unit is shown. */
  readonly figures: readonly (readonly FigureState[])[];
}

export interface PlanInput {
  readonly sets: SetCounts;
  /** Unit ids, for a tie-break that does not depend on the order units were given in. */
  readonly ids: readonly string[];
  readonly k: number;
  /** Keys that are not worth showing when they count the unit's whole set (the sensitivity line). */
  readonly pointlessWhenWhole?: readonly number[];
  /** Units the ledger (R5) refuses to release. */
  readonly refusedByLedger?: ReadonlySet<number>;
}

const SHOWN = 0;
const NONE = 255;
const code = (reason: HiddenReason) => HIDDEN_REASONS.indexOf(reason) + 1;

/**
 * Decides which figures of a unit tree may be released together (ANONYMITY.md R1–R3, R5):
 *
 * - R1: a figure needs k respondents; a unit whose own set is below k shows participation only.
 * - R5: a unit the ledger refuses shows participation only.
 * - R3: a unit minus the units shown below it (its frontier) must leave nobody or at least k
 *   people. For a unit's own set the smallest unit of the frontier is hidden (the remainder rule);
 *   for any other figure the unit's own figure is hidden, because hiding it in the sub-unit would
 *   leave a gap that the sub-unit's scale and other items fill back in exactly.
 * - R2: any two released figures of a unit and its ancestors hold sets whose differences are each
 *   nobody or at least k people. A conflict hides the figure that leaves people out (a unit's own
 *   set never is one) and, between units, the ancestor's: so a figure is only ever hidden where
 *   someone counted is missing from it, and no exact identity between figures can restore it.
 *
 * The rules are applied until none hides anything more. Hiding never adds a conflict to R2, and
 * the loop ends because every pass hides at least one figure or stops.
 */
export function planRelease(input: PlanInput): ReleasePlan {
  const { sets, ids, k } = input;
  const { keys, size, children, parent, depth } = sets;
  const units = size.length;
  const state = size.map(() => new Uint8Array(keys));

  // R1, the sensitivity line's "nothing flagged", and R5.
  for (let u = 0; u < units; u++) {
    const s = size[u]!;
    const st = state[u]!;
    if (!meetsThreshold(s[0]!, k)) st[0] = code('below-threshold');
    else if (input.refusedByLedger?.has(u)) st[0] = code('ledger');
    for (let f = 1; f < keys; f++) if (!meetsThreshold(s[f]!, k)) st[f] = code('below-threshold');
    for (const f of input.pointlessWhenWhole ?? []) if (st[f] === SHOWN && s[f] === s[0]) st[f] = NONE;
  }

  const unitShown = (u: number) => state[u]![0] === SHOWN;
  const shown = (u: number, f: number) => unitShown(u) && state[u]![f] === SHOWN;
  const hide = (u: number, f: number, reason: HiddenReason) => {
    state[u]![f] = code(reason);
  };

  /** The shown descendants of `u` for key f with no shown unit for f between them and `u`. */
  const frontier = (u: number, f: number): number[] => {
    const out: number[] = [];
    const walk = (n: number) => {
      for (const c of children[n]!) {
        if (shown(c, f)) out.push(c);
        else walk(c);
      }
    };
    walk(u);
    return out;
  };
  const remainder = (u: number, f: number, front: readonly number[]) =>
    front.reduce((left, d) => left - size[d]![f]!, size[u]![f]!);

  // Deepest first, then by id: the same result whatever order the units came in.
  const order = size.map((_, u) => u).sort((a, b) => depth[b]! - depth[a]! || compare(ids[a]!, ids[b]!));

  let changed = true;
  while (changed) {
    changed = false;

    // R3 for whole units: hide the smallest unit of the frontier until the remainder is safe.
    for (const u of order) {
      for (;;) {
        if (!unitShown(u)) break;
        const front = frontier(u, 0);
        if (front.length === 0 || isSafeDifference(remainder(u, 0, front), k)) break;
        const smallest = front.reduce((a, b) => {
          const sa = size[a]![0]!;
          const sb = size[b]![0]!;
          return sb < sa || (sb === sa && compare(ids[b]!, ids[a]!) > 0) ? b : a;
        });
        hide(smallest, 0, 'differencing');
        changed = true;
      }
    }

    // R3 for every other figure: hide the unit's own figure.
    for (const u of order) {
      if (!unitShown(u)) continue;
      for (let f = 1; f < keys; f++) {
        if (!shown(u, f)) continue;
        const front = frontier(u, f);
        if (front.length > 0 && !isSafeDifference(remainder(u, f, front), k)) {
          hide(u, f, 'differencing');
          changed = true;
        }
      }
    }

    // R2 between every figure of a unit and every figure of that unit or an ancestor. An entry of
    // `without[v]` counts the people of v that family a counts and family b does not.
    for (const v of order) {
      if (!unitShown(v)) continue;
      const sv = size[v]!;
      for (let u = v; u >= 0; u = parent[u]!) {
        if (!unitShown(u)) continue;
        const su = size[u]!;
        const { pairs, counts } = sets.without[v]!;
        for (let e = 0; e < pairs.length; e++) {
          const count = counts[e]!;
          if (isSafeDifference(count, k)) continue;
          const pair = pairs[e]!;
          const a = Math.floor(pair / keys);
          const b = pair % keys;
          // F(a, v) holds them beyond F(b, u): hide (b, u), the ancestor's figure, or within one
          // unit the one leaving them out (never the unit's own set, which leaves nobody out).
          if (shown(v, a) && shown(u, b)) {
            hide(u, b, 'comparable-sets');
            changed = true;
          }
          // F(a, u) holds them beyond F(b, v) when u's family a has nobody outside v: hide (b, v),
          // the figure leaving them out.
          if (u !== v && su[a]! === sv[a]! && shown(u, a) && shown(v, b)) {
            hide(v, b, 'comparable-sets');
            changed = true;
          }
        }
        if (u === v) continue;
        // F(g, u) holds its people outside v beyond every figure of v: a few of them are exposed by
        // subtracting v's own figure, so (g, u) is hidden.
        for (let g = 1; g < keys; g++) {
          if (shown(u, g) && !isSafeDifference(su[g]! - sv[g]!, k)) {
            hide(u, g, 'comparable-sets');
            changed = true;
          }
        }
      }
    }
  }

  return {
    units: state.map((st) => (st[0] === SHOWN ? null : (HIDDEN_REASONS[st[0]! - 1] as SuppressionReason))),
    figures: state.map((st) =>
      Array.from(st, (c, f) => (f === 0 || c === SHOWN ? 'shown' : c === NONE ? 'none' : HIDDEN_REASONS[c - 1]!)),
    ),
  };
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
