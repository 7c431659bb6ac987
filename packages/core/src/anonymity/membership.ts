import type { InternalScore } from '../_lib/scoring.js';
import { CHARACTERISTICS, ITEM_CHARACTERISTICS } from '../vocabulary/index.js';
import { characteristicKey, itemKey, type FigureKey } from './figures.js';
import type { SetMember } from './tree.js';

/*
 * Who counts in which figure: the respondent set of every released figure is defined here and
 * only here. The planner counts sets with these predicates and the summary computes each figure
 * over exactly the people they admit, so a figure can never describe people its set does not.
 */

/** Counted in a unit's figures: a score on every scale (§8.6), so every scale has the same people. */
export function isCounted(score: InternalScore): boolean {
  for (const v of score.scales) if (Number.isNaN(v)) return false;
  return true;
}

/**
 * Counted in item `position`'s figures: answered it, 1–5 (skipped and "cannot answer" are 0). A
 * position without an answer of 1–5, whatever the reason, counts nobody: the rule fails closed.
 */
export function answeredItem(score: InternalScore, position: number): boolean {
  return (score.keyed[position] ?? 0) >= 1;
}

const CHARACTERISTIC_SLOT = ITEM_CHARACTERISTICS.map((c) => CHARACTERISTICS.indexOf(c));

/**
 * Counted in an item-based characteristic (index into ITEM_CHARACTERISTICS): enough of its items
 * for a score of 0–100 (§8.12). NaN, or no such characteristic, counts nobody: the rule fails closed.
 */
export function hasCharacteristic(score: InternalScore, index: number): boolean {
  // Index −1 holds nothing: an unknown characteristic reads as NaN, like a missing score.
  return (score.characteristics[CHARACTERISTIC_SLOT[index] ?? -1] ?? NaN) >= 0;
}

/** Counted in the sensitivity line: no careless-answer flag (§8.7). */
export function isUnflagged(score: InternalScore): boolean {
  return !score.flags.flagged;
}

/** Where each figure family sits among the planner's keys: 0 is the unit's own set. */
export interface FigureLayout {
  readonly keys: number;
  /** The figure key of each planner key (index 0, the unit's own set, has none). */
  readonly names: readonly (FigureKey | null)[];
  readonly firstItem: number;
  readonly firstCharacteristic: number;
  readonly sensitivity: number;
}

const layouts = new WeakMap<readonly string[], FigureLayout>();

/** The keys of an instrument's figures: items in instrument order, the characteristics, the sensitivity line. */
export function figureLayout(itemIds: readonly string[]): FigureLayout {
  let layout = layouts.get(itemIds);
  if (!layout) layouts.set(itemIds, (layout = buildLayout(itemIds)));
  return layout;
}

function buildLayout(itemIds: readonly string[]): FigureLayout {
  const names: (FigureKey | null)[] = [
    null,
    ...itemIds.map(itemKey),
    ...ITEM_CHARACTERISTICS.map(characteristicKey),
    'sensitivity',
  ];
  return {
    keys: names.length,
    names,
    firstItem: 1,
    firstCharacteristic: 1 + itemIds.length,
    sensitivity: names.length - 1,
  };
}

/** One scored response as the release rules see it. */
export function setMember(score: InternalScore, unit: number, layout: FigureLayout): SetMember {
  if (!isCounted(score)) return { unit, counted: false, missing: [] };
  const missing: number[] = [];
  for (let i = 0; i < layout.firstCharacteristic - layout.firstItem; i++) {
    if (!answeredItem(score, i)) missing.push(layout.firstItem + i);
  }
  for (let c = 0; c < ITEM_CHARACTERISTICS.length; c++) {
    if (!hasCharacteristic(score, c)) missing.push(layout.firstCharacteristic + c);
  }
  if (!isUnflagged(score)) missing.push(layout.sensitivity);
  return { unit, counted: true, missing };
}
