/**
 * `pnpm bench`: throughput of validating, scoring and summarising a synthetic department
 * (1,000 teams × 12 respondents × 40 items, 3 % skipped), in item-answers per second, beside a
 * plain loop that only sums the same answers. Reports the median of several timed rounds after a
 * warm-up, so JIT compilation and one noisy round do not decide the figure.
 *
 *   pnpm bench                       # defaults
 *   TEAMS=200 ROUNDS=5 pnpm bench    # smaller or longer runs
 */
import { at } from '../src/_lib/at.js';
import { instrument, summarizeTeam, type Response } from '../src/index.js';
import { createRandom, PROFILES, syntheticResponse } from '../src/synthetic/index.js';

const TEAMS = Number(process.env.TEAMS ?? 1000);
const PER_TEAM = Number(process.env.PER_TEAM ?? 12);
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const WARMUP = Number(process.env.WARMUP ?? 3);

const profiles = Object.values(PROFILES);
const random = createRandom(2026);
// Round-tripped through JSON, as a server holds responses after reading them from a request body
// or a database column: objects of the same key order then share their shape in V8.
const department: Response[][] = JSON.parse(
  JSON.stringify(
    Array.from({ length: TEAMS }, (_, t) =>
      Array.from({ length: PER_TEAM }, () => syntheticResponse(random, at(profiles, t % profiles.length))),
    ),
  ),
) as Response[][];
let answerCount = 0;
for (const team of department)
  for (const r of team) for (const v of Object.values(r.answers)) if (v !== null) answerCount++;

const ids = instrument.items.map((item) => item.id);

/** A floor: visit every answer of every response with for…in and add it up, nothing else. */
function plainLoop(): number {
  let sum = 0;
  for (const team of department) {
    for (const response of team) {
      const answers = response.answers;
      for (const key in answers) {
        const v = answers[key];
        if (v !== null && v !== undefined) sum += v;
      }
    }
  }
  return sum;
}

/** The fastest floor: look up the 40 known item ids in each response and add them up. */
function plainIdLoop(): number {
  let sum = 0;
  for (const team of department) {
    for (const response of team) {
      const answers = response.answers;
      // for…of, not core's `at`: the floor must not share type feedback with the code it measures.
      for (const id of ids) {
        const v = answers[id];
        if (v !== null && v !== undefined) sum += v;
      }
    }
  }
  return sum;
}

/** What Balanse does: validate each response, score it and summarise each team with anonymity. */
function balanse(): number {
  let ok = 0;
  for (const team of department) if (summarizeTeam(team).status === 'ok') ok++;
  return ok;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return at(s, Math.floor(s.length / 2));
}

interface Timing {
  perSecond: number;
  ms: number;
  /** Processor time of the round, median: on a busy machine it moves far less than wall time. */
  cpuMs: number;
}

function time(fn: () => number): Timing {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    sink += fn();
    const used = process.cpuUsage(cpuStart);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  if (sink === -1) console.log(sink); // keeps the work observable to the optimiser
  const ms = median(samples);
  return { perSecond: answerCount / (ms / 1000), ms, cpuMs: median(cpu) };
}

const forIn = time(plainLoop);
const byId = time(plainIdLoop);
const ours = time(balanse);
const m = (v: number) => `${(v / 1e6).toFixed(1)} M item-answers/s`;
const row = (label: string, r: Timing, ratio = '') =>
  console.log(
    `${label.padEnd(34)}${m(r.perSecond).padStart(24)}  ${`(${r.ms.toFixed(1)} ms, ${r.cpuMs.toFixed(1)} ms processor)`.padEnd(34)}${ratio}`,
  );
console.log(
  `Department: ${TEAMS} teams × ${PER_TEAM} respondents, ${answerCount.toLocaleString('en')} answers; ` +
    `median of ${ROUNDS} rounds after ${WARMUP} warm-up rounds (Node ${process.version}).`,
);
row('plain loop: for…in, sum', forIn);
row('plain loop: 40 known ids, sum', byId);
row(
  'Balanse: validate, score, summarize',
  ours,
  `${(forIn.perSecond / ours.perSecond).toFixed(2)}× the for…in loop, ${(byId.perSecond / ours.perSecond).toFixed(2)}× the id loop`,
);
console.log(`Goal: ≥ 10 M item-answers/s and within 5× of the plain loop.`);
