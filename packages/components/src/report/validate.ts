/**
 * The report's validation, loaded with `import()` when a report arrives: core's ReportSchema and
 * zod stay out of the element's first chunk in bundlers that split code.
 */
import type { Report } from '@balanse/core';
import { ReportSchema } from '@balanse/core/schemas';

export type ReportValidation =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly detail: string };

/**
 * Checks `value` against core's ReportSchema. The parsed copy keeps only the schema's fields, so
 * whatever else a host put into the object never reaches the screen or a download.
 */
export function validateReport(value: unknown): ReportValidation {
  const result = ReportSchema.safeParse(value);
  if (result.success) return { ok: true, report: result.data };
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'report';
  return { ok: false, detail: issue ? `${path}: ${issue.message}` : path };
}
