/**
 * A dry run of a unit-tree import: every row checked and every bad row listed with each rule it
 * breaks, before anything is saved (the administrators' app shows it as a preview to fix).
 * `PUT …/units` stops at the first broken rule; this collects them all, with the same rules: the
 * fields from `UnitInputSchema`, the header from `unitsFromCsv`, and the tree rules (a unique id, a
 * known parent, no cycle) from core, asked again after each row it blames.
 */
import { BalanseError, summarizeUnits } from '@balanse/core';
import * as z from 'zod';
import { invalid } from '../http/errors.js';
import { parseInput, pathOf, ruleOf } from '../http/validate.js';
import { parseCsv } from './csv.js';
import { MAX_UNITS, UnitInputSchema, type UnitInput } from './units.js';

/** One rule a row breaks. */
export interface RowProblem {
  field: string;
  rule: string;
}

/** A row as given (text, so that a bad value can be shown and fixed) and what is wrong with it. */
export interface PreviewRow {
  /** 1-based; in CSV the line after the header. */
  row: number;
  values: { id: string; parent: string; name: string; headcount: string; locale: string };
  problems: RowProblem[];
}

export interface UnitsPreview {
  /** True when the import would be saved as it is. */
  ok: boolean;
  /** A header that is not `id,parent,name,headcount[,locale]`: no row is read then. */
  header: RowProblem | null;
  rows: PreviewRow[];
  /** How many rows break at least one rule. */
  badRows: number;
}

const HEADER = ['id', 'parent', 'name', 'headcount'];
const HEADER_RULE = 'must be id,parent,name,headcount (optionally followed by locale)';

/** A JSON row's field as the preview shows it: a string as it is, anything else as its JSON (`{"a":1}`). */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Every field rule a row breaks (not only the first). */
function fieldProblems(value: unknown): { unit: UnitInput | undefined; problems: RowProblem[] } {
  const result = UnitInputSchema.safeParse(value);
  if (result.success) return { unit: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const segments = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
    return { field: pathOf(segments) || '(row)', rule: ruleOf(issue) };
  });
  return { unit: undefined, problems };
}

/** The row at an index taken from the rows themselves (their `active` set), so always one. */
function rowAt<Row>(rows: readonly Row[], index: number): Row {
  const row = rows[index];
  if (row === undefined) throw new Error(`the preview lost row ${index} while checking the tree`);
  return row;
}

/**
 * Core's tree rules over the rows whose fields are valid. A row with bad fields still holds its
 * id when the id is usable, so its children are not blamed for its mistakes. Each round blames
 * one row and leaves it out; the loop ends when core accepts the rest.
 */
function treeProblems(rows: readonly { unit: UnitInput | undefined; rawId: string; problems: RowProblem[] }[]): void {
  const active = new Set(rows.map((_, i) => i));
  for (let guard = 0; guard <= rows.length; guard++) {
    const order = [...active];
    const units = order.map((i) => {
      const r = rowAt(rows, i);
      if (r.unit) return { id: r.unit.id, ...(r.unit.parent ? { parent: r.unit.parent } : {}), responses: [] };
      return { id: r.rawId.trim(), responses: [] };
    });
    try {
      summarizeUnits(units);
      return;
    } catch (error) {
      if (!(error instanceof BalanseError)) throw error;
      const match = /^units\[(\d+)\]\.?(.*)$/.exec(error.path);
      if (!match) throw error;
      const index = order[Number(match[1])];
      // Core names a unit of the list it was given; one outside it is core's mistake, not the file's.
      if (index === undefined) throw error;
      rowAt(rows, index).problems.push({ field: match[2] || '(row)', rule: error.rule });
      active.delete(index);
    }
  }
}

/** Rows without a usable id take no part in the tree check (their id problem is already listed). */
const usableId = (id: string) => id.trim().length >= 1 && id.trim().length <= 100;

function finish(entries: { values: PreviewRow['values']; unit: UnitInput | undefined; problems: RowProblem[] }[]) {
  const inTree = entries
    .map((e, i) => ({ ...e, rawId: e.values.id, index: i }))
    .filter((e) => e.unit !== undefined || usableId(e.values.id));
  treeProblems(inTree);
  const rows = entries.map((e, i) => ({ row: i + 1, values: e.values, problems: e.problems }));
  const badRows = rows.filter((r) => r.problems.length > 0).length;
  return { ok: badRows === 0, header: null, rows, badRows };
}

/** The dry run of a CSV import (`id,parent,name,headcount[,locale]`). */
export function previewUnitsCsv(csv: string): UnitsPreview {
  const lines = parseCsv(csv);
  const header = lines[0]?.map((h) => h.trim().toLowerCase());
  if (!header || HEADER.some((h, i) => header[i] !== h) || header.length > 5 || (header[4] && header[4] !== 'locale')) {
    return { ok: false, header: { field: 'header', rule: HEADER_RULE }, rows: [], badRows: 0 };
  }
  if (lines.length - 1 > MAX_UNITS) throw invalid('(body)', `must have at most ${MAX_UNITS} units`);
  return finish(
    lines.slice(1).map((fields) => {
      const [id = '', parent = '', name = '', headcount = '', locale = ''] = fields.map((f) => f.trim());
      const values = { id, parent, name, headcount, locale };
      if (fields.length !== header.length) {
        return {
          values,
          unit: undefined,
          problems: [
            { field: '(row)', rule: `must have ${header.length} fields like the header, got ${fields.length}` },
          ],
        };
      }
      let count: unknown = undefined;
      if (headcount) count = /^\d+$/.test(headcount) ? Number(headcount) : headcount;
      return {
        values,
        ...fieldProblems({ id, parent: parent || undefined, name, headcount: count, locale: locale || undefined }),
      };
    }),
  );
}

/** The dry run of a JSON import (`[{ id, parent?, name, headcount?, locale? }]`). */
export function previewUnitsJson(body: unknown): UnitsPreview {
  const rows = parseInput(
    z.array(z.unknown(), { error: 'must be an array of units { id, parent?, name, headcount? }' }).max(MAX_UNITS, {
      error: `must have at most ${MAX_UNITS} units`,
    }),
    body,
  );
  return finish(
    rows.map((row) => {
      const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
      const values = {
        id: text(r.id),
        parent: text(r.parent),
        name: text(r.name),
        headcount: text(r.headcount),
        locale: text(r.locale),
      };
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        return {
          values,
          unit: undefined,
          problems: [{ field: '(row)', rule: 'must be a unit { id, parent?, name }' }],
        };
      }
      return { values, ...fieldProblems(row) };
    }),
  );
}
