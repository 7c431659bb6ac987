export { BalanseReport } from './report.js';
export { STRINGS as REPORT_STRINGS, type ReportStrings } from './strings.js';
