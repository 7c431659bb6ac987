/**
 * Anonymity at the server (ANONYMITY.md), on both engines. The rules are core's; these tests
 * check that nothing the server answers slips past them: over random trees, thresholds and
 * orders of arrival, every figure of every endpoint counts at least k people, and a parent's
 * figure minus its visible children's never describes fewer than k. The attacks that need
 * state are blocked: no report before close, one release per round (the same unit cannot be
 * read at 5 and again at 6), and no second grouping to read.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './helpers/engines.js';
import { harness, openRound, send, submission, type Harness, type Unit } from './helpers/harness.js';

interface Figure {
  path: string;
  n: number;
}

/** Every object with a numeric `n` in a JSON value: a figure and how many it counts. */
function figures(value: unknown, path = ''): Figure[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => figures(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const out: Figure[] = [];
  const record = value as Record<string, unknown>;
  if (typeof record.n === 'number') out.push({ path, n: record.n });
  for (const [key, v] of Object.entries(record)) out.push(...figures(v, path ? `${path}.${key}` : key));
  return out;
}

/** One CSV line's fields (RFC 4180 quoting: texts may hold commas and quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (const m of line.matchAll(pattern)) {
    fields.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
    if (m[2] === '') break;
  }
  return fields;
}

/** Per scale, the n of a report's scale figure, when shown. */
function scaleNs(report: { scales: { scale: string; result: { n: number } | null }[] }): Map<string, number> {
  return new Map(report.scales.filter((s) => s.result).map((s) => [s.scale, s.result!.n]));
}

const treeArb = fc
  .array(fc.nat(), { minLength: 2, maxLength: 7 })
  .map((parents) =>
    parents.map((p, i): Unit => ({ id: `u${i}`, name: `Unit ${i}`, ...(i > 0 ? { parent: `u${p % i}` } : {}) })),
  );

const caseArb = treeArb.chain((tree) =>
  fc.record({
    tree: fc.constant(tree),
    k: fc.integer({ min: 3, max: 6 }),
    counts: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: tree.length, maxLength: tree.length }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    order: fc.boolean(),
  }),
);

describe.each(ENGINES)('anonymity at the server on $name', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    if (engine.available) h = await harness(engine);
  });
  afterAll(async () => h?.close());
  const test = engine.available ? it : it.skip;

  test('over random trees, k and orders of arrival: no figure below k, no parent-minus-children below k', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ tree, k, counts, seed, order }) => {
        const r = await openRound(h, tree, { k });
        const arrivals = tree.flatMap((u, i) => Array.from({ length: counts[i]! }, (_, j) => ({ unit: u.id, j })));
        if (order) arrivals.reverse();
        let x = seed;
        const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
        for (const { unit } of arrivals) {
          // Partly answered sheets too: some items skipped, so figures can have different n.
          const s = submission(() => 1 + ((next() >> 8) % 5));
          for (const item of Object.keys(s.answers)) if ((next() >> 9) % 7 === 0) delete s.answers[item];
          expect((await send(h, r.link(unit), s)).status).toBe(201);
        }
        // Before close, nothing but counts.
        expect((await h.request(`${r.base}/report?unit=u0`)).status).toBe(409);
        await h.ok(`${r.base}/close`, { method: 'POST' });
        const reports = new Map<
          string,
          { status: string; scales: { scale: string; result: { n: number } | null }[] }
        >();
        for (const unit of tree) {
          const report = await h.ok<{ status: string; scales: { scale: string; result: { n: number } | null }[] }>(
            `${r.base}/report?unit=${unit.id}`,
          );
          reports.set(unit.id, report);
          for (const f of figures(report)) expect(f.n, `${unit.id} ${f.path}`).toBeGreaterThanOrEqual(k);
        }
        const all = await h.ok(`${r.base}/reports.json`);
        for (const f of figures(all)) expect(f.n, f.path).toBeGreaterThanOrEqual(k);
        const csv = await h.ok<string>(`${r.base}/reports.csv`);
        const [header, ...lines] = csv.trim().split('\r\n');
        // The `n` column holds the people each figure counts (docs/model/report-csv.md).
        const nColumn = csvFields(header!).indexOf('n');
        expect(nColumn).toBeGreaterThan(0);
        for (const line of lines) {
          const n = csvFields(line)[nColumn];
          if (n) expect(Number(n), line).toBeGreaterThanOrEqual(k);
        }
        // R3: a parent's figure minus its visible children's is 0 or at least k, per scale.
        for (const parent of tree) {
          const p = scaleNs(reports.get(parent.id)!);
          const children = tree.filter((u) => u.parent === parent.id).map((u) => scaleNs(reports.get(u.id)!));
          for (const [scale, n] of p) {
            const visible = children.filter((c) => c.has(scale));
            if (visible.length === 0) continue;
            const remainder = n - visible.reduce((sum, c) => sum + c.get(scale)!, 0);
            expect(
              remainder === 0 || remainder >= k,
              `${parent.id} ${scale}: ${n} minus children leaves ${remainder}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 6, seed: 20_261_201 },
    );
  });

  test('the same unit twice: one release per round; after close the report cannot change, answers are refused', async () => {
    const r = await openRound(h, [{ id: 'a', name: 'A' }]);
    for (let i = 0; i < 5; i++) await send(h, r.link('a'), submission(2 + (i % 3)));
    await h.ok(`${r.base}/close`, { method: 'POST' });
    const first = await h.ok(`${r.base}/report?unit=a`);
    expect((await send(h, r.link('a'), submission(5))).status).toBe(410);
    expect((await h.request(`${r.base}/close`, { method: 'POST' })).status).toBe(409);
    expect((await h.request(`${r.base}/open`, { method: 'POST' })).status).toBe(409);
    expect((await h.request(r.base, { method: 'PATCH', json: { k: 3 } })).status).toBe(409);
    expect(await h.ok(`${r.base}/report?unit=a`)).toEqual(first);
  });

  test('two groupings: reports exist per unit of the tree only; no other grouping can be asked for', async () => {
    const r = await openRound(h, [{ id: 'a', name: 'A' }]);
    for (let i = 0; i < 6; i++) await send(h, r.link('a'), submission(3, { locale: i % 2 ? 'nb' : 'en' }));
    await h.ok(`${r.base}/close`, { method: 'POST' });
    for (const query of ['unit=a&by=locale', 'unit=a&group=form', 'unit=a&locale=en&respondents=1', 'unit=a&unit=b']) {
      const res = await h.request(`${r.base}/report?${query}`);
      expect(res.status, query).toBe(422);
    }
    // The answers' language is stored, never shown: the report is the same in every language asked.
    const en = await h.ok<{ participation: { responded: number } }>(`${r.base}/report?unit=a&locale=en`);
    expect(en.participation.responded).toBe(6);
  });

  test('the ledger (R5): each released unit’s respondent set is recorded at close, and no endpoint ever shows a response id', async () => {
    const r = await openRound(h, [
      { id: 'a', name: 'A' },
      { id: 'b', parent: 'a', name: 'B' },
      { id: 'c', parent: 'a', name: 'C' },
    ]);
    for (let i = 0; i < 6; i++) await send(h, r.link('b'), submission(2 + (i % 3)));
    for (let i = 0; i < 2; i++) await send(h, r.link('c'), submission(4));
    await h.ok(`${r.base}/close`, { method: 'POST' });
    const ids = await h.database.db.query<{ id: string; submission_id: string; unit_id: string }>(
      'SELECT id, submission_id, unit_id FROM response WHERE round_id = $1',
      [r.round],
    );
    const ledger = new Map(
      (
        await h.database.db.query<{ unit_id: string; respondents: string[]; summary: { status: string } }>(
          'SELECT unit_id, respondents, summary FROM release WHERE round_id = $1',
          [r.round],
        )
      ).map((x) => [x.unit_id, x]),
    );
    expect(ledger.get('c')!.summary.status).toBe('suppressed');
    expect(ledger.get('c')!.respondents).toEqual([]);
    for (const unit of ['a', 'b']) {
      const row = ledger.get(unit)!;
      if (row.summary.status !== 'ok') continue;
      expect(row.respondents.length).toBeGreaterThanOrEqual(5);
      const own = new Set(ids.filter((x) => unit === 'a' || x.unit_id === unit).map((x) => x.id));
      for (const id of row.respondents) expect(own.has(id)).toBe(true);
    }
    const links = await h.ok<{ url: string }[]>(`${r.base}/report-links`);
    const outputs = [
      await h.ok<string>(`${r.base}/reports.csv`),
      JSON.stringify(await h.ok(`${r.base}/reports.json`)),
      JSON.stringify(await h.ok(`${r.base}/participation`)),
      ...(await Promise.all(
        ['a', 'b', 'c'].map(async (u) => JSON.stringify(await h.ok(`${r.base}/comparison?unit=${u}`))),
      )),
      ...(await Promise.all(
        links.map(async (l) => JSON.stringify(await h.ok(`${l.url}/report.json`, { token: null }))),
      )),
    ];
    for (const out of outputs)
      for (const x of ids) {
        expect(out).not.toContain(x.id);
        expect(out).not.toContain(x.submission_id);
      }
  });

  test('participation is a count per unit and nothing more, open or closed', async () => {
    const r = await openRound(h, [
      { id: 'a', name: 'A', headcount: 6 },
      { id: 'b', parent: 'a', name: 'B' },
    ]);
    await send(h, r.link('b'), submission());
    const rows = await h.ok<Record<string, unknown>[]>(`${r.base}/participation`);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['expected', 'responded', 'unit']);
  });
});
