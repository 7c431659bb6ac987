/**
 * `pnpm bench:report`: what `buildReport` costs per unit when a server builds every report of a
 * closed round. The round is the server bench's: 1,000 teams × 12 respondents under 50
 * departments and one root (1,051 units), released by `releaseUnits`, each summary round-tripped
 * through JSON as the server stores it. One pass builds every unit's report the way the server
 * does: each stored summary read once through R6 (`parseSummary`; a core without it is given the
 * parsed JSON), a new options object per call (`{ locale, teamName, invited, generatedAt,
 * minGroupSize }`) and, for a department, its teams' summaries as the department view. The figure
 * is the median pass of several after a warm-up, in milliseconds per unit, beside a floor and parts
 * measured alone in the same run: `JSON.parse` of every stored summary (what reading the release
 * costs at the least), the full R6 read (`readSummary`) of every summary a report is given when
 * nothing was read before (a department's teams twice), `parseSummary` of every stored summary
 * (once each), `ReportSchema`'s parse of every built report (the self-check buildReport ended
 * with before it moved to the tests), and this core given the parsed JSON without `parseSummary`.
 *
 *   pnpm bench:report
 *   COMPARE=/path/to/other/core/src/index.ts pnpm bench:report   # the same passes with another core, alternating
 *   ROUNDS=15 WARMUP=3 pnpm bench:report
 */
import { readSummary } from '../src/anonymity/read-summary.js';
import * as current from '../src/index.js';
import { createRandom, PROFILES, syntheticResponse } from '../src/synthetic/index.js';
import { at } from '../src/_lib/at.js';

/** What the bench stored under `key`: it stores every key it reads, so a miss is a bug in the bench. */
function entry<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`bench: nothing stored for ${String(key)}`);
  return value;
}

type Core = Pick<typeof current, 'buildReport' | 'releaseUnits' | 'ReportSchema'> &
  Partial<Pick<typeof current, 'parseSummary'>>;

const DEPARTMENTS = Number(process.env.DEPARTMENTS ?? 50);
const TEAMS_PER_DEPARTMENT = Number(process.env.TEAMS_PER_DEPARTMENT ?? 20);
const PER_TEAM = Number(process.env.PER_TEAM ?? 12);
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const WARMUP = Number(process.env.WARMUP ?? 2);
const K = 5;

interface Unit {
  id: string;
  parent?: string;
  name: string;
  invited: number;
}

const random = createRandom(2026);
const profiles = Object.values(PROFILES);
const units: Unit[] = [{ id: 'org', name: 'Sales', invited: 0 }];
const responses = new Map<string, unknown[]>([['org', []]]);
for (let d = 1; d <= DEPARTMENTS; d++) {
  const dept = `d${d}`;
  units.push({ id: dept, parent: 'org', name: `Region ${d}`, invited: 0 });
  responses.set(dept, []);
  for (let t = 1; t <= TEAMS_PER_DEPARTMENT; t++) {
    const id = `${dept}-t${t}`;
    const profile = at(profiles, (d * TEAMS_PER_DEPARTMENT + t) % profiles.length);
    units.push({ id, parent: dept, name: `Team ${d}.${t}`, invited: PER_TEAM + 1 });
    responses.set(
      id,
      Array.from({ length: PER_TEAM }, (_, i) => ({ ...syntheticResponse(random, profile), id: `${id}-r${i}` })),
    );
  }
}
const children = new Map<string, Unit[]>();
for (const u of units) if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u]);
const invitedOf = (id: string): number =>
  (units.find((u) => u.id === id)?.invited ?? 0) + (children.get(id) ?? []).reduce((s, c) => s + invitedOf(c.id), 0);
const invited = new Map(units.map((u) => [u.id, invitedOf(u.id)]));

/** The release as the server stores it: one JSON text per unit. */
function storedRelease(core: Core): Map<string, string> {
  const release = core.releaseUnits(
    units.map((u) => ({ id: u.id, ...(u.parent ? { parent: u.parent } : {}), responses: entry(responses, u.id) })),
    { minGroupSize: K },
  );
  return new Map(Object.entries(release.units).map(([id, s]) => [id, JSON.stringify(s)]));
}

/** One pass: every unit's report, as the server builds it from the stored release. */
function everyReport(core: Core, stored: Map<string, string>, keep?: unknown[], parseOnce = true): number {
  // The server's way: each stored summary read through R6 once (`parseSummary`, where the core
  // has it), then every report built from the sealed copies; otherwise buildReport reads each
  // summary it is given in full (a department's teams twice).
  const read = parseOnce && core.parseSummary ? core.parseSummary : (s: unknown) => s as current.TeamSummary;
  const summaries = new Map([...stored].map(([id, json]) => [id, read(JSON.parse(json))]));
  let ok = 0;
  for (const unit of units) {
    const below = children.get(unit.id) ?? [];
    const report = core.buildReport(
      {
        team: entry(summaries, unit.id),
        ...(below.length > 0
          ? {
              department: {
                name: unit.name,
                units: below.map((c) => ({ id: c.id, name: c.name, summary: entry(summaries, c.id) })),
              },
            }
          : {}),
      },
      {
        locale: 'en',
        teamName: unit.name,
        invited: entry(invited, unit.id),
        generatedAt: '2026-11-20',
        minGroupSize: K,
      },
    );
    if (report.status === 'ok') ok++;
    keep?.push(report);
  }
  return ok;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return at(s, Math.floor(s.length / 2));
}

interface Subject {
  label: string;
  run: () => number;
  samples: number[];
}

/** Runs the subjects in turn, round after round, so a change in the machine's load hits all alike. */
function measure(subjects: Subject[]): void {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) for (const s of subjects) sink += s.run();
  for (let i = 0; i < ROUNDS; i++) {
    for (const s of subjects) {
      const start = performance.now();
      sink += s.run();
      s.samples.push(performance.now() - start);
    }
  }
  if (sink === -1) console.log(sink); // keeps the work observable to the optimiser
}

const cores: { label: string; core: Core }[] = [{ label: 'this core', core: current }];
if (process.env.COMPARE) cores.push({ label: 'COMPARE', core: (await import(process.env.COMPARE)) as Core });

const stored = storedRelease(current);
const built: unknown[] = [];
everyReport(current, stored, built);
const subjects: Subject[] = [
  {
    label: 'floor: JSON.parse of every summary',
    run: () => {
      let n = 0;
      for (const json of stored.values()) n += (JSON.parse(json) as { required: number }).required;
      return n;
    },
    samples: [],
  },
  {
    label: 'part: R6 read of every summary it is given',
    run: () => {
      let n = 0;
      for (const unit of units) {
        const json = entry(stored, unit.id);
        n += readSummary(JSON.parse(json), K, 'team').required;
        for (const c of children.get(unit.id) ?? [])
          n += readSummary(JSON.parse(entry(stored, c.id)), K, 'unit').required;
      }
      return n;
    },
    samples: [],
  },
  {
    label: 'part: ReportSchema over every report',
    run: () => {
      for (const r of built) current.ReportSchema.parse(r);
      return built.length;
    },
    samples: [],
  },
  {
    label: 'part: parseSummary of every stored summary',
    run: () => {
      let n = 0;
      for (const json of stored.values()) n += current.parseSummary(JSON.parse(json)).required;
      return n;
    },
    samples: [],
  },
  ...cores.map(({ label, core }) => {
    const release = storedRelease(core);
    return { label: `every report (${label})`, run: () => everyReport(core, release), samples: [] };
  }),
  {
    label: 'every report, no parseSummary (this core)',
    run: () => everyReport(current, stored, undefined, false),
    samples: [],
  },
];
measure(subjects);
console.log(
  `Round: ${units.length} units (${DEPARTMENTS} departments × ${TEAMS_PER_DEPARTMENT} teams × ${PER_TEAM}, one root); ` +
    `median of ${ROUNDS} passes after ${WARMUP} warm-up passes, subjects alternating (Node ${process.version}).`,
);
for (const s of subjects) {
  const ms = median(s.samples);
  console.log(
    `${s.label.padEnd(44)}${`${ms.toFixed(0)} ms`.padStart(10)}${`${(ms / units.length).toFixed(3)} ms/unit`.padStart(18)}`,
  );
}
