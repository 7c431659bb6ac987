// Turns vitest's JSON report into the one closing line CI reads: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

/** Counts from a vitest JSON report, or undefined when the report is missing or unreadable. */
export function countsFrom(reportPath) {
  if (!existsSync(reportPath)) return undefined;
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails to load has no tests, but it is a failure all the same.
    const brokenFiles = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
    ).length;
    return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles, skipped };
  } catch {
    return undefined;
  }
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}
