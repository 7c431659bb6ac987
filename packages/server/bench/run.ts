/**
 * `pnpm bench:server`: what the server sustains on this machine, each figure beside a baseline
 * measured in the same run on the same database.
 *
 * 1. Submissions: autocannon, 20 connections, for DURATION seconds, against a server process
 *    (`balanse-server serve`) on the embedded database and on PostgreSQL; every request a new
 *    valid submission to one team link. Accepted (201) per second, p50 and p99 latency. Beside
 *    it, the plain loop: 20 concurrent `INSERT … ON CONFLICT DO NOTHING` of the same row shape,
 *    straight through the driver, on the same database, for the same time.
 * 2. Closing a round of 1,000 teams × 12 respondents (under 50 departments and one root) and
 *    building every unit's report, timed, on both engines.
 *
 * PostgreSQL is a throwaway cluster with the default settings (fsync on). Not part of pnpm test.
 * `BENCH_PARTS=close` runs only part 2 and `BENCH_ENGINES=pglite` only the embedded database,
 * for quick comparisons of the close while working on it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { instrument } from '@balanse/core';
import { startPostgres } from '../../../.ci/postgres.mjs';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import type { Database } from '../src/db/database.js';
import { keyring } from '../src/auth/tokens.js';
import type { ServerContext } from '../src/context.js';
import { closeRound, createRound, openRound } from '../src/domain/rounds.js';
import { ReleasedRound } from '../src/domain/reports.js';
import { createTenant } from '../src/domain/tenants.js';
import { replaceUnits } from '../src/domain/units.js';
import { startServer } from '../test/helpers/process.js';
import { api, roundOn } from '../test/helpers/http.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const PARTS = new Set((process.env.BENCH_PARTS ?? 'load,close').split(','));
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
/** `BENCH_PROFILE=folder`: the server process writes a `node --cpu-prof` profile there when it stops. */
const PROFILE = process.env.BENCH_PROFILE;

function body() {
  const answers: Record<string, number> = {};
  instrument.items.forEach((item, i) => (answers[item.id] = 1 + ((i * 7 + Math.floor(Math.random() * 5)) % 5)));
  const submissionId = randomUUID();
  return {
    submissionId,
    instrument: { id: instrument.id, version: instrument.version },
    form: 'team',
    answers,
    locale: 'nb',
    pageTimes: [61_000, 58_000, 64_000, 60_000, 57_000],
    submittedAt: new Date().toISOString(),
  };
}

/**
 * Processor time (user + system, seconds) a process has used so far, from /proc (Linux; the
 * kernel counts in ticks of 1/100 s); undefined elsewhere. The figure to compare between versions
 * on a shared machine: the wall clock moves with everything else the cores run, this far less.
 */
function processorSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

interface Rate {
  perSecond: number;
  p50: number;
  p99: number;
  count: number;
}

async function loadServer(url: string, link: string): Promise<Rate & { refused: number; errors: number }> {
  const result = await autocannon({
    url: `${url}${link}`,
    connections: CONNECTIONS,
    duration: DURATION,
    method: 'POST',
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const b = body();
          return {
            ...request,
            headers: { ...request.headers, 'content-type': 'application/json', 'idempotency-key': b.submissionId },
            body: JSON.stringify(b),
          };
        },
      },
    ],
  });
  const created = result.statusCodeStats?.['201']?.count ?? 0;
  return {
    perSecond: created / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    count: created,
    refused: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The baseline: 20 workers inserting the same row shape straight through the driver. */
async function plainLoop(db: Database, tenantId: string, roundId: string): Promise<Rate> {
  const latencies: number[] = [];
  const until = performance.now() + DURATION * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const b = body();
        const t = performance.now();
        await db.query(
          `INSERT INTO response (tenant_id, round_id, id, submission_id, unit_id, form, instrument_id, instrument_version, locale, answers, page_times, received_on)
           VALUES ($1, $2, $3, $4, 'team', 'team', $5, $6, 'nb', $7::jsonb, $8::jsonb, current_date)
           ON CONFLICT DO NOTHING`,
          [
            tenantId,
            roundId,
            randomUUID(),
            b.submissionId,
            b.instrument.id,
            b.instrument.version,
            JSON.stringify(b.answers),
            JSON.stringify(b.pageTimes),
          ],
        );
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { perSecond: latencies.length / seconds, p50: q(0.5), p99: q(0.99), count: latencies.length };
}

const ctxOf = async (db: Database): Promise<ServerContext> => {
  const [{ key }] = (await db.query<{ key: string }>('SELECT key FROM server_key WHERE id = 1')) as [{ key: string }];
  return {
    db,
    keys: keyring(key),
    publicUrl: 'http://bench.test',
    operatorHash: undefined,
    log: () => {},
    surveyTargets: new Map(),
  };
};

/** A round of 1,000 teams × 12 respondents, closed, and every unit's report built. */
async function closeBench(
  db: Database,
): Promise<{ close: number; reports: number; cpuClose: number; cpuReports: number; units: number; responses: number }> {
  const ctx = await ctxOf(db);
  const tenant = await createTenant(ctx, { name: 'Bench' });
  const units = [
    { id: 'root', name: 'Company' },
    ...Array.from({ length: 50 }, (_, d) => ({ id: `d${d}`, parent: 'root', name: `Department ${d}` })),
    ...Array.from({ length: 1000 }, (_, t) => ({
      id: `t${t}`,
      parent: `d${t % 50}`,
      name: `Team ${t}`,
      headcount: 14,
    })),
  ];
  await db.tx((q) => replaceUnits(q, tenant.id, units));
  const round = await createRound(ctx, tenant.id, { name: 'Bench' });
  await openRound(ctx, tenant.id, round.id);
  const rows = Array.from({ length: 12_000 }, (_, i) => {
    const b = body();
    return {
      id: randomUUID(),
      submission_id: b.submissionId,
      unit_id: `t${i % 1000}`,
      answers: b.answers,
      page_times: b.pageTimes,
    };
  });
  for (let i = 0; i < rows.length; i += 2000) {
    await db.query(
      `INSERT INTO response (tenant_id, round_id, id, submission_id, unit_id, form, instrument_id, instrument_version, locale, answers, page_times, received_on)
       SELECT $1, $2, x.id, x.submission_id, x.unit_id, 'team', $3, $4, 'nb', x.answers, x.page_times, current_date
         FROM jsonb_to_recordset($5::jsonb) AS x(id uuid, submission_id text, unit_id text, answers jsonb, page_times jsonb)`,
      [tenant.id, round.id, instrument.id, instrument.version, JSON.stringify(rows.slice(i, i + 2000))],
    );
  }
  // Processor time of this process beside the wall clock: on PGlite it includes the database's
  // work (same thread); it moves far less with the machine's load than the wall clock does.
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const t0 = performance.now();
  const c0 = cpu();
  await closeRound(ctx, tenant.id, round.id);
  const t1 = performance.now();
  const c1 = cpu();
  const released = await ReleasedRound.load(db, tenant.id, round.id);
  for (const unit of released.units) released.report(unit.id);
  const t2 = performance.now();
  const c2 = cpu();
  return {
    close: (t1 - t0) / 1000,
    reports: (t2 - t1) / 1000,
    cpuClose: c1 - c0,
    cpuReports: c2 - c1,
    units: released.units.length,
    responses: rows.length,
  };
}

const fmt = (r: Rate) =>
  `${r.perSecond.toFixed(0).padStart(6)}/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms`;

/** The one-minute load average, as printed beside every figure. */
const loadNow = () => (loadavg()[0] ?? 0).toFixed(2);

async function main() {
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load average ${loadNow()} at the start; ${DURATION} s per load run, ${CONNECTIONS} connections.\n`,
  );
  const postgres = ENGINES.includes('postgres') ? await startPostgres() : undefined;
  const folder = mkdtempSync(join(tmpdir(), 'balanse-bench-'));
  const results: string[] = [];
  try {
    for (const engine of ENGINES) {
      let env: Record<string, string>;
      let url = '';
      const dir = join(folder, 'data');
      if (engine === 'pglite') {
        const db = await openPglite({ dataDir: dir });
        await migrate(db);
        await db.close();
        env = { BALANSE_DATA_DIR: dir };
      } else {
        if (!postgres) throw new Error('PostgreSQL was not started for this run');
        url = postgres.url;
        const db = await openPostgres({ connectionString: url });
        await migrate(db);
        await db.close();
        env = { DATABASE_URL: url };
      }
      const open = () =>
        engine === 'pglite' ? openPglite({ dataDir: dir }) : openPostgres({ connectionString: url, max: CONNECTIONS });
      results.push(engine);
      if (PARTS.has('load')) {
        // The built CLI, as users run it (`pnpm bench:server` builds first).
        const server = await startServer(env, {
          built: true,
          nodeArgs: PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [],
        });
        const { link, roundPath } = await roundOn(server.url);
        const cpu0 = processorSeconds(server.child.pid);
        const own0 = process.cpuUsage();
        const served = await loadServer(server.url, link);
        const cpu1 = processorSeconds(server.child.pid);
        const own = process.cpuUsage(own0);
        // The bench round has one unit: its participation row counts every accepted answer.
        const [participation] = await api<{ responded: number }[]>(server.url, `${roundPath}/participation`);
        if (participation === undefined) throw new Error('the bench round reports no participation');
        const { responded } = participation;
        await server.stop();
        const db = await open();
        const [, , , tenantId, , roundId] = roundPath.split('/');
        if (tenantId === undefined || roundId === undefined) throw new Error(`not a round path: ${roundPath}`);
        const loop = await plainLoop(db, tenantId, roundId);
        await db.close();
        const ratio = served.perSecond / loop.perSecond;
        results.push(
          `  server (HTTP, validation, one insert):  ${fmt(served)}  (${served.count} accepted, ${responded} stored, ${served.refused} non-2xx, ${served.errors} errors)`,
          `  plain INSERT … ON CONFLICT loop:        ${fmt(loop)}`,
          `  server / loop: ${(ratio * 100).toFixed(0)} %`,
          `  processor time during the load: server process ${cpu0 === undefined || cpu1 === undefined ? 'n/a' : `${(cpu1 - cpu0).toFixed(2)} s (${(((cpu1 - cpu0) * 1000) / Math.max(1, served.count)).toFixed(2)} ms per accepted submission)`}, autocannon ${((own.user + own.system) / 1e6).toFixed(2)} s`,
        );
      }
      if (PARTS.has('close')) {
        const db = await open();
        const close = await closeBench(db);
        await db.close();
        results.push(
          `  close a round of ${close.units} units (${close.responses} responses): ${close.close.toFixed(2)} s; build every report: ${close.reports.toFixed(2)} s; total ${(close.close + close.reports).toFixed(2)} s (processor time: close ${close.cpuClose.toFixed(2)} s, reports ${close.cpuReports.toFixed(2)} s)`,
        );
      }
      results.push('');
      console.log(results.slice(results.lastIndexOf(engine)).join('\n'));
    }
  } finally {
    postgres?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(`load average ${loadNow()} at the end`);
}

await main();
process.exit(0);
