/**
 * Reports, built by core from what was released when the round closed: the stored summaries,
 * never the answers. A unit's report holds its own summary, the units directly below it (the
 * department view) and its leader's self-assessment; no other report shows that self form.
 */
import {
  buildReport,
  builtInInstrument,
  LOCALES,
  parseSummary,
  reportToCsv,
  type Locale,
  type Report,
  type UnitSummary,
} from '@balanse/core';
import * as z from 'zod';
import type { Queryable } from '../db/database.js';
import { HttpError, invalid } from '../http/errors.js';
import { UnitParamSchema } from '../http/schemas.js';
import { csvLine } from './csv.js';
import { requireRound, roundUnits, type Round, type RoundUnit } from './rounds.js';

export const LocaleQuerySchema = z
  .object({ locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).optional() })
  .strict();
export const ReportQuerySchema = LocaleQuerySchema.extend({
  unit: UnitParamSchema,
}).strict();

interface ReleaseRow {
  unit_id: string;
  summary: UnitSummary;
  self: unknown;
}

/** A closed round's released units, ready to build reports from. */
export class ReleasedRound {
  private readonly byId: ReadonlyMap<string, RoundUnit>;
  private readonly children: ReadonlyMap<string, readonly RoundUnit[]>;
  /** Stored summaries read through core's R6 checks, each once, when a report first needs it. */
  private readonly summaries = new Map<string, UnitSummary>();

  private constructor(
    readonly round: Round,
    readonly units: readonly RoundUnit[],
    private readonly released: ReadonlyMap<string, ReleaseRow>,
  ) {
    this.byId = new Map(units.map((u) => [u.id, u]));
    const children = new Map<string, RoundUnit[]>();
    for (const u of units) if (u.parent !== null) children.set(u.parent, [...(children.get(u.parent) ?? []), u]);
    this.children = children;
  }

  static async load(q: Queryable, tenantId: string, roundId: string): Promise<ReleasedRound> {
    const round = await requireRound(q, tenantId, roundId);
    if (round.status !== 'closed') {
      throw new HttpError(409, 'not_released', 'reports are released when the round closes (ANONYMITY.md R5)');
    }
    const units = await roundUnits(q, tenantId, roundId);
    const rows = await q.query<ReleaseRow>(
      'SELECT unit_id, summary, self FROM release WHERE tenant_id = $1 AND round_id = $2',
      [tenantId, roundId],
    );
    return new ReleasedRound(round, units, new Map(rows.map((r) => [r.unit_id, r])));
  }

  /** Expected headcount of a unit and every unit below it, when HR gave it for all of them. */
  invited(unitId: string): number | undefined {
    let total = 0;
    const walk = (id: string): boolean => {
      const unit = this.byId.get(id);
      if (!unit || unit.headcount === null) return false;
      total += unit.headcount;
      return (this.children.get(id) ?? []).every((child) => walk(child.id));
    };
    return walk(unitId) ? total : undefined;
  }

  /**
   * The headcount a report gives a response rate against, when it is one: a unit where more people
   * answered than HR expected has a stale headcount, and its report leaves the rate out rather than
   * being refused (core will not show more answers than invited).
   */
  #invitedFor(unitId: string, summary: UnitSummary): number | undefined {
    const invited = this.invited(unitId);
    const responded = summary.status === 'ok' ? summary.n : summary.responded;
    return invited !== undefined && invited >= responded ? invited : undefined;
  }

  /**
   * A released unit's summary, read once (a team's summary serves its own report and its
   * department's view): core's `parseSummary` checks what the database holds as it would any
   * summary from elsewhere, and the frozen copy it returns goes into every report unread.
   */
  private summary(unitId: string): UnitSummary {
    let summary = this.summaries.get(unitId);
    if (summary === undefined) {
      const row = this.released.get(unitId);
      if (!row) throw new Error(`unit ${unitId} has no release`);
      summary = parseSummary(row.summary) as UnitSummary;
      this.summaries.set(unitId, summary);
    }
    return summary;
  }

  has(unitId: string): boolean {
    return this.released.has(unitId);
  }

  localeFor(unitId: string, requested?: Locale): Locale {
    return requested ?? this.byId.get(unitId)?.locale ?? this.round.locale;
  }

  /**
   * The core report of one unit; with `before` (the previous closed round that released the
   * unit), the report shows the change since then. A previous round released under a lower k is
   * left out of the report (its figures would not meet today's k) and stays beside it on its own.
   */
  report(unitId: string, requested?: Locale, before?: ReleasedRound | null): Report {
    const unit = this.byId.get(unitId);
    const row = this.released.get(unitId);
    if (!unit || !row) throw invalid('unit', 'must name a unit of the round');
    const children = (this.children.get(unitId) ?? []).flatMap((u) => {
      if (!this.released.has(u.id)) return [];
      const summary = this.summary(u.id);
      // Each team's expected headcount, so the department table gives its response rate too.
      const invited = this.#invitedFor(u.id, summary);
      return [{ id: u.id, name: u.name, summary, ...(invited !== undefined ? { invited } : {}) }];
    });
    const invited = this.#invitedFor(unitId, this.summary(unitId));
    const generatedAt = this.round.closedOn;
    if (generatedAt === null) throw new Error(`round ${this.round.id} has released units but no closing date`);
    const previous = before && before.round.k >= this.round.k ? before.released.get(unitId) : undefined;
    return buildReport(
      {
        team: this.summary(unitId),
        ...(row.self ? { self: row.self } : {}),
        ...(children.length > 0
          ? {
              department: {
                name: unit.name,
                units: children,
              },
            }
          : {}),
        ...(before && previous ? { previous: { summary: before.summary(unitId), round: before.round.name } } : {}),
      },
      {
        locale: this.localeFor(unitId, requested),
        teamName: unit.name,
        ...(invited !== undefined ? { invited } : {}),
        generatedAt,
        minGroupSize: this.round.k,
        // The self form is scored under the round's own version, like the team's answers.
        instrument: builtInInstrument(this.round.instrument.version),
      },
    );
  }
}

/** The latest earlier closed round of the tenant that released the same unit, for "did it change?". */
export async function previousRelease(q: Queryable, current: Round, unitId: string): Promise<ReleasedRound | null> {
  const rows = await q.query<{ id: string }>(
    `SELECT r.id FROM round r
       JOIN release x ON x.tenant_id = r.tenant_id AND x.round_id = r.id AND x.unit_id = $3
      WHERE r.tenant_id = $1 AND r.id <> $2 AND r.status = 'closed'
        AND r.closed_at < (SELECT closed_at FROM round WHERE tenant_id = $1 AND id = $2)
      ORDER BY r.closed_at DESC LIMIT 1`,
    [current.tenantId, current.id, unitId],
  );
  return rows[0] ? ReleasedRound.load(q, current.tenantId, rows[0].id) : null;
}

/** A unit's report with the previous round's beside it, when there is one. */
export async function reportWithPrevious(q: Queryable, released: ReleasedRound, unitId: string, locale?: Locale) {
  const before = await previousRelease(q, released.round, unitId);
  const report = released.report(unitId, locale, before);
  return {
    unit: unitId,
    round: { id: released.round.id, name: released.round.name, closedOn: released.round.closedOn },
    report,
    previous: before
      ? {
          round: { id: before.round.id, name: before.round.name, closedOn: before.round.closedOn },
          report: before.report(unitId, released.localeFor(unitId, locale)),
        }
      : null,
  };
}

/** Every unit's report as one CSV: core's rows, each prefixed with the unit's id and name. */
export function* reportsCsv(released: ReleasedRound, locale?: Locale): Generator<string> {
  let header = true;
  for (const unit of released.units) {
    if (!released.has(unit.id)) continue;
    const lines = reportToCsv(released.report(unit.id, locale)).trimEnd().split('\r\n');
    if (header) {
      yield `unit,unit_name,${lines[0]}\r\n`;
      header = false;
    }
    const prefix = csvLine([unit.id, unit.name]).trimEnd();
    for (const line of lines.slice(1)) yield `${prefix},${line}\r\n`;
  }
}

/** Every unit's report as a JSON array, one unit at a time. */
export function* reportsJson(released: ReleasedRound, locale?: Locale): Generator<string> {
  yield '[';
  let first = true;
  for (const unit of released.units) {
    if (!released.has(unit.id)) continue;
    yield `${first ? '' : ','}\n${JSON.stringify({ unit: unit.id, name: unit.name, report: released.report(unit.id, locale) })}`;
    first = false;
  }
  yield '\n]\n';
}

/** One unit's report as CSV. */
export function reportToCsvSingle(released: ReleasedRound, unitId: string, locale?: Locale): string {
  return reportToCsv(released.report(unitId, locale));
}
