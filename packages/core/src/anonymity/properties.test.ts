import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '../instrument/builtin.js';
import { releaseUnits } from '../releaseUnits/index.js';
import type { Answers, Response } from '../response/response-schema.js';
import { scoreResponse } from '../scoreResponse/index.js';
import { createRandom } from '../synthetic/index.js';
import { propertyRuns } from '../test-utils/index.js';
import { ITEM_CHARACTERISTICS, SCALES } from '../vocabulary/index.js';

/*
 * Properties of what `releaseUnits` shows, checked against an oracle written from ANONYMITY.md
 * and §8.6 alone: it recomputes every shown figure's respondent set from the raw answers, checks
 * that the figure was computed over exactly that set, and then checks the rules on the sets.
 */

/** How a respondent answers: fully, skipping some items, skipping whole scales, or straight-lining. */
const KINDS = ['complete', 'skips', 'cannot-answer', 'drops-scale', 'straight'] as const;

function respond(seed: number, kind: (typeof KINDS)[number]): Answers {
  const random = createRandom(seed);
  const dropped = SCALES[Math.floor(random() * SCALES.length)]!;
  const straight = 1 + Math.floor(random() * 5);
  const answers: Record<string, 1 | 2 | 3 | 4 | 5 | null> = {};
  for (const item of instrument.items) {
    const value = (1 + Math.floor(random() * 5)) as 1 | 2 | 3 | 4 | 5;
    if (kind === 'straight') answers[item.id] = straight as 1 | 2 | 3 | 4 | 5;
    else if (kind === 'skips' && random() < 0.15) continue;
    else if (kind === 'cannot-answer' && random() < 0.15) answers[item.id] = null;
    else if (kind === 'drops-scale' && item.scale === dropped && random() < 0.8) continue;
    else answers[item.id] = value;
  }
  return answers;
}

const responseArb = fc.record({ seed: fc.integer({ min: 1, max: 1e9 }), kind: fc.constantFrom(...KINDS) });
const unitArb = fc.record({
  parentPick: fc.nat(),
  responses: fc.array(responseArb, { maxLength: 10 }),
});
const orgArb = fc.record({
  units: fc.array(unitArb, { minLength: 1, maxLength: 6 }),
  k: fc.integer({ min: 3, max: 6 }),
});

type OrgInput = typeof orgArb extends fc.Arbitrary<infer T> ? T : never;

interface Org {
  units: { id: string; parent?: string; responses: Response[] }[];
  k: number;
}

function build(input: OrgInput): Org {
  const units = input.units.map((u, i) => ({
    id: `u${i}`,
    ...(i === 0 ? {} : { parent: `u${u.parentPick % i}` }),
    responses: u.responses.map((r, j) => ({ id: `u${i}-r${j}`, answers: respond(r.seed, r.kind) })),
  }));
  return { units, k: input.k };
}

const ITEM_POSITIONS = new Map(instrument.items.map((item, i) => [item.id, i]));
const CHARACTERISTIC_ITEMS = ITEM_CHARACTERISTICS.map((c) =>
  instrument.items.filter((item) => item.characteristic === c).map((item) => item.id),
);

/** The oracle's view of one response. */
interface Person {
  readonly id: string;
  readonly counted: boolean;
  readonly answered: ReadonlySet<string>;
  readonly raw: Answers;
  readonly score: ReturnType<typeof scoreResponse>;
}

function person(r: Response): Person {
  const answered = new Set(Object.entries(r.answers).flatMap(([id, v]) => (v === null ? [] : [id])));
  // §8.6: a scale score needs half its items; counted in a unit's figures with a score on every scale.
  const counted = SCALES.every(
    (scale) => instrument.items.filter((i) => i.scale === scale && answered.has(i.id)).length >= 4,
  );
  return { id: r.id!, counted, answered, raw: r.answers, score: scoreResponse(r) };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const minus = (a: readonly string[], b: ReadonlySet<string>) => {
  let count = 0;
  for (const x of a) if (!b.has(x)) count++;
  return count;
};
const safe = (count: number, k: number) => count === 0 || count >= k;

interface Figure {
  unit: string;
  key: string;
  ids: string[];
}

/** Every figure `releaseUnits` shows, with its set recomputed, after checking its values. */
function shownFigures(org: Org): {
  figures: Figure[];
  subtree: Map<string, Person[]>;
  release: ReturnType<typeof releaseUnits>;
} {
  const release = releaseUnits(org.units, { minGroupSize: org.k });
  const childrenOf = new Map<string, string[]>();
  for (const u of org.units) if (u.parent) childrenOf.set(u.parent, [...(childrenOf.get(u.parent) ?? []), u.id]);
  const subtree = new Map<string, Person[]>();
  const collect = (id: string): Person[] => {
    const own = org.units.find((u) => u.id === id)!.responses.map(person);
    const all = [...own, ...(childrenOf.get(id) ?? []).flatMap(collect)];
    subtree.set(id, all);
    return all;
  };
  for (const u of org.units) if (!u.parent) collect(u.id);

  const figures: Figure[] = [];
  for (const unit of org.units) {
    const summary = release.units[unit.id]!;
    const people = subtree.get(unit.id)!.filter((p) => p.counted);
    if (summary.status !== 'ok') {
      expect(Object.keys(summary).sort()).toEqual(['reason', 'required', 'responded', 'status']);
      continue;
    }
    // The unit's own set: every scale, zone and balance over the counted respondents.
    expect(summary.n).toBe(people.length);
    expect([...release.sets[unit.id]!].sort()).toEqual(people.map((p) => p.id).sort());
    for (const scale of SCALES) {
      expect(summary.scales[scale].n).toBe(people.length);
      expect(summary.scales[scale].mean).toBeCloseTo(mean(people.map((p) => p.score.scales[scale]!)), 9);
    }
    figures.push({ unit: unit.id, key: 'unit', ids: people.map((p) => p.id) });
    for (const [id, item] of Object.entries(summary.items)) {
      if (!item) continue;
      const set = people.filter((p) => p.answered.has(id));
      expect(item.n).toBe(set.length);
      const position = ITEM_POSITIONS.get(id)!;
      expect(position).toBeGreaterThanOrEqual(0);
      expect(item.mean).toBeCloseTo(mean(set.map((p) => p.raw[id] as number)), 9);
      figures.push({ unit: unit.id, key: `item:${id}`, ids: set.map((p) => p.id) });
    }
    ITEM_CHARACTERISTICS.forEach((c, index) => {
      const e = summary.characteristics[c];
      if (!e) return;
      const set = people.filter((p) => CHARACTERISTIC_ITEMS[index]!.filter((id) => p.answered.has(id)).length >= 2);
      expect(e.n).toBe(set.length);
      expect(e.mean).toBeCloseTo(mean(set.map((p) => p.score.characteristics[c]!)), 9);
      figures.push({ unit: unit.id, key: `characteristic:${c}`, ids: set.map((p) => p.id) });
    });
    if (summary.sensitivity) {
      const set = people.filter((p) => !p.score.flags.flagged);
      expect(summary.sensitivity.n).toBe(set.length);
      figures.push({ unit: unit.id, key: 'sensitivity', ids: set.map((p) => p.id) });
    }
  }
  return { figures, subtree, release };
}

describe('what releaseUnits shows, over random trees of partly answered teams', () => {
  it('every figure counts at least k, and any two figures differ by nobody or by k or more (R1, R2)', () => {
    fc.assert(
      fc.property(orgArb, (input) => {
        const org = build(input);
        const { figures } = shownFigures(org);
        const small = figures.filter((f) => f.ids.length < org.k).map((f) => `${f.unit} ${f.key}`);
        expect(small).toEqual([]);
        const sets = figures.map((f) => new Set(f.ids));
        const broken: string[] = [];
        for (let a = 0; a < figures.length; a++) {
          for (let b = a + 1; b < figures.length; b++) {
            const [x, y] = [figures[a]!, figures[b]!];
            if (!safe(minus(x.ids, sets[b]!), org.k) || !safe(minus(y.ids, sets[a]!), org.k)) {
              broken.push(`${x.unit} ${x.key} / ${y.unit} ${y.key}`);
            }
          }
        }
        expect(broken).toEqual([]);
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 60_000);

  it('a figure minus the same figure of every unit shown below it leaves nobody or at least k (R3)', () => {
    fc.assert(
      fc.property(orgArb, (input) => {
        const org = build(input);
        const { figures } = shownFigures(org);
        const ancestors = new Map<string, Set<string>>();
        for (const unit of org.units) {
          const above = new Set<string>();
          for (let p = unit.parent; p; p = org.units.find((x) => x.id === p)!.parent) above.add(p);
          ancestors.set(unit.id, above);
        }
        const byKey = new Map<string, Figure[]>();
        for (const f of figures) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
        for (const f of figures) {
          const covered = new Set(
            byKey
              .get(f.key)!
              .filter((g) => ancestors.get(g.unit)!.has(f.unit))
              .flatMap((g) => g.ids),
          );
          if (!safe(minus(f.ids, covered), org.k)) expect.fail(`${f.unit} ${f.key}: remainder below k`);
        }
      }),
      { numRuns: propertyRuns(120) },
    );
  });

  it('a second release never shows a set that differs from the first by fewer than k (R5)', () => {
    fc.assert(
      fc.property(orgArb, fc.array(fc.nat(), { maxLength: 4 }), (input, dropPicks) => {
        const org = build(input);
        const first = releaseUnits(org.units, { minGroupSize: org.k });
        const earlier = Object.entries(first.sets).map(([unit, ids]) => ({ unit, ids: [...ids] }));
        // The same round later: a few responses are gone (or none), the rest unchanged.
        const all = org.units.flatMap((u) => u.responses.map((r) => r.id!));
        const dropped = new Set(dropPicks.map((p) => all[p % Math.max(1, all.length)]));
        const later = org.units.map((u) => ({ ...u, responses: u.responses.filter((r) => !dropped.has(r.id)) }));
        const second = releaseUnits(later, { minGroupSize: org.k, earlier });
        for (const ids of Object.values(second.sets)) {
          for (const e of earlier) {
            const shared = ids.filter((id) => e.ids.includes(id)).length;
            if (shared === 0) continue;
            expect(safe(ids.length - shared, org.k) && safe(e.ids.length - shared, org.k)).toBe(true);
          }
        }
      }),
      { numRuns: propertyRuns(80) },
    );
  });

  it('gives the same release whatever order units and responses come in', () => {
    fc.assert(
      fc.property(orgArb, fc.integer(), (input, seed) => {
        const org = build(input);
        const random = createRandom(seed);
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x) => [random(), x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        const shuffled = shuffle(org.units.map((u) => ({ ...u, responses: shuffle([...u.responses]) })));
        const a = releaseUnits(org.units, { minGroupSize: org.k });
        const b = releaseUnits(shuffled, { minGroupSize: org.k });
        expect(b.units).toStrictEqual(a.units);
      }),
      { numRuns: propertyRuns(40) },
    );
  });
});
