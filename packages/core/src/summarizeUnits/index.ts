import * as z from 'zod/mini';
import { resolveScoringOptions, type ScoringOptions } from '../options/scoring.js';
import { BalanseError, parseWith } from '../errors/index.js';
import type { BalanseOptions } from '../options/index.js';
import { text } from '../schema/index.js';
import type { InternalScore } from '../scoreResponse/internal.js';
import { aggregate, tiltOf, zoneAndBalance } from '../summarizeTeam/aggregate.js';
import { scoreTeamResponses } from '../summarizeTeam/index.js';
import type { SuppressedSummary, TeamSummary, TeamSummaryOk } from '../summarizeTeam/types.js';
import { CHARACTERISTICS, SCALES, type Characteristic, type Scale } from '../vocabulary/index.js';

/** Why a unit shows no statistics. */
export type SuppressionReason = 'below-threshold' | 'differencing';

/** A suppressed unit, with the reason: too few respondents, or differencing protection (§8.8). */
export interface SuppressedUnitSummary extends SuppressedSummary {
  readonly reason: SuppressionReason;
}

/** What `summarizeUnits` returns per unit. */
export type UnitSummary = TeamSummaryOk | SuppressedUnitSummary;

const UNIT_ID_RULE = 'must be a unit id of at most 100 characters';
const UnitsSchema = z.array(
  z.object({
    id: text(100),
    parent: z.optional(z.string({ error: UNIT_ID_RULE })),
    responses: z.array(z.unknown(), { error: 'must be an array of responses' }),
  }),
  { error: 'must be an array of units { id, parent?, responses }' },
);

/** One statistic that can be subtracted between a parent and its children. */
type StatKey = 'unit' | 'tilt' | 'sensitivity' | `scale:${Scale}` | `char:${Characteristic}` | `item:${string}`;

interface Node {
  readonly id: string;
  readonly parent: Node | undefined;
  readonly children: Node[];
  readonly depth: number;
  readonly pooled: InternalScore[];
  summary: TeamSummary;
  reason: SuppressionReason | undefined;
  tiltHidden: boolean;
}

const RELATION = SCALES.indexOf('relation');
const SYSTEM = SCALES.indexOf('system');

function countOf(node: Node, key: StatKey): number | null {
  const s = node.summary;
  if (s.status !== 'ok') return null;
  if (key === 'unit') return s.n;
  if (key === 'sensitivity') return s.sensitivity?.n ?? null;
  if (key === 'tilt') {
    if (node.tiltHidden || !s.balance) return null;
    const paired = node.pooled.filter(
      (r) => r.valid && !Number.isNaN(r.scales[RELATION]!) && !Number.isNaN(r.scales[SYSTEM]!),
    ).length;
    // Below k pairs the tilt is R̄ − S̄, already known from the visible means: nothing to protect.
    return paired >= s.required ? paired : null;
  }
  const [kind, name] = key.split(':') as [string, string];
  if (kind === 'scale') return s.scales[name as Scale]?.n ?? null;
  if (kind === 'char') return s.characteristics[name as Characteristic]?.n ?? null;
  return s.items[name]?.n ?? null;
}

/** Re-derives zone and balance after statistics were hidden: neither may outlive its inputs. */
function refreshDerived(node: Node, o: ScoringOptions): void {
  const s = node.summary;
  if (s.status !== 'ok') return;
  const { zone, balance } = zoneAndBalance(
    s.scales,
    node.tiltHidden
      ? undefined
      : tiltOf(
          node.pooled.filter((r) => r.valid),
          o,
        ),
    o,
  );
  node.summary = { ...s, zone, balance };
}

function hide(node: Node, key: StatKey, o: ScoringOptions): void {
  const s = node.summary;
  if (s.status !== 'ok') return;
  if (key === 'unit') {
    node.summary = { status: 'suppressed', responded: s.n, required: s.required };
    node.reason = 'differencing';
    return;
  }
  if (key === 'sensitivity') node.summary = { ...s, sensitivity: null };
  else if (key === 'tilt') node.tiltHidden = true;
  else {
    const [kind, name] = key.split(':') as [string, string];
    if (kind === 'scale') node.summary = { ...s, scales: { ...s.scales, [name]: null } };
    else if (kind === 'char') node.summary = { ...s, characteristics: { ...s.characteristics, [name]: null } };
    else node.summary = { ...s, items: { ...s.items, [name]: null } };
  }
  refreshDerived(node, o);
}

/** The visible descendants of `node` for `key` with no visible unit between them and `node`. */
function frontier(node: Node, key: StatKey): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const child of n.children) {
      if (countOf(child, key) !== null) out.push(child);
      else walk(child);
    }
  };
  walk(node);
  return out;
}

/**
 * Differencing protection (§8.8): a parent minus its visible descendants must not reveal a
 * group of fewer than k. While the remainder is between 1 and k − 1, the smallest visible
 * descendant loses that statistic too (ties: the later id), so the remainder grows to k or more.
 */
function protect(nodes: readonly Node[], key: StatKey, o: ScoringOptions): void {
  for (const node of nodes) {
    for (;;) {
      const total = countOf(node, key);
      if (total === null) break;
      const visible = frontier(node, key);
      if (visible.length === 0) break;
      const remainder = total - visible.reduce((sum, n) => sum + countOf(n, key)!, 0);
      if (remainder <= 0 || remainder >= o.minGroupSize) break;
      const smallest = visible.reduce((a, b) => {
        const ca = countOf(a, key)!;
        const cb = countOf(b, key)!;
        return cb < ca || (cb === ca && b.id > a.id) ? b : a;
      });
      hide(smallest, key, o);
    }
  }
}

/**
 * Summarises an organisation of units (teams, departments, regions), where a parent covers every
 * response beneath it. A unit below k is suppressed and its answers roll up into its parent; any
 * statistic whose remainder within its parent (parent minus visible children) would describe fewer
 * than k people is suppressed too (§8.8). Returns a summary per unit id; suppressed
 * ones say why (`below-threshold` or `differencing`).
 *
 * @example
 * ```ts
 * import { summarizeUnits } from '@balanse/core';
 * import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
 *
 * const units = summarizeUnits([
 *   { id: 'sales', responses: [] },
 *   { id: 'north', parent: 'sales', responses: syntheticTeam(1, 8, PROFILES.performance) },
 *   { id: 'south', parent: 'sales', responses: syntheticTeam(2, 3, PROFILES.stress) },
 * ]);
 * units.south; // => { status: 'suppressed', responded: 3, required: 5, reason: 'below-threshold' }
 * // sales − north would reveal south's three, so north is suppressed too:
 * units.north; // => { status: 'suppressed', responded: 8, required: 5, reason: 'differencing' }
 * units.sales?.status; // => 'ok'
 * ```
 */
export function summarizeUnits(
  units: readonly { id: string; parent?: string; responses: readonly unknown[] }[],
  options?: BalanseOptions,
): Record<string, UnitSummary> {
  const o = resolveScoringOptions(options);
  const valid = parseWith(UnitsSchema, units, 'units');

  const index = new Map<string, number>();
  valid.forEach((unit, i) => {
    if (index.has(unit.id)) throw new BalanseError('invalid_input', `units[${i}].id`, 'must be unique', unit.id);
    index.set(unit.id, i);
  });
  valid.forEach((unit, i) => {
    if (unit.parent === undefined) return;
    if (!index.has(unit.parent))
      throw new BalanseError('invalid_input', `units[${i}].parent`, 'must be the id of another unit', unit.parent);
    // Walk up; a unit met twice means a cycle.
    const seen = new Set<string>([unit.id]);
    for (let p: string | undefined = unit.parent; p !== undefined; p = valid[index.get(p)!]!.parent) {
      if (seen.has(p))
        throw new BalanseError('invalid_input', `units[${i}].parent`, 'must not form a cycle', unit.parent);
      seen.add(p);
    }
  });

  const own = valid.map((unit, i) => scoreTeamResponses(unit.responses, o, `units[${i}].responses`));
  const nodes = new Map<string, Node>();
  const build = (i: number): Node => {
    const unit = valid[i]!;
    const existing = nodes.get(unit.id);
    if (existing) return existing;
    const parent = unit.parent === undefined ? undefined : build(index.get(unit.parent)!);
    const node: Node = {
      id: unit.id,
      parent,
      children: [],
      depth: parent ? parent.depth + 1 : 0,
      pooled: [],
      summary: { status: 'suppressed', responded: 0, required: o.minGroupSize },
      reason: undefined,
      tiltHidden: false,
    };
    parent?.children.push(node);
    nodes.set(unit.id, node);
    return node;
  };
  valid.forEach((_, i) => build(i));
  // Each response counts in its own unit and every unit above it.
  valid.forEach((unit, i) => {
    for (let n: Node | undefined = nodes.get(unit.id); n; n = n.parent) n.pooled.push(...own[i]!);
  });
  const deepestFirst = [...nodes.values()].sort((a, b) => b.depth - a.depth);
  for (const node of deepestFirst) {
    node.summary = aggregate(node.pooled, o);
    if (node.summary.status === 'suppressed') node.reason = 'below-threshold';
  }

  const keys: StatKey[] = [
    'unit',
    ...SCALES.map((s) => `scale:${s}` as const),
    ...CHARACTERISTICS.map((c) => `char:${c}` as const),
    ...o.compiled.ids.map((id) => `item:${id}` as const),
    'tilt',
    'sensitivity',
  ];
  for (const key of keys) protect(deepestFirst, key, o);

  const out: Record<string, UnitSummary> = {};
  for (const unit of valid) {
    const node = nodes.get(unit.id)!;
    const s = node.summary;
    out[unit.id] = s.status === 'ok' ? s : { ...s, reason: node.reason ?? 'below-threshold' };
  }
  return out;
}
