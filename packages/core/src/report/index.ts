export {
  buildReport,
  type ReportInput,
  type ReportOptions,
  type ReportSellerInput,
  type ReportUnitInput,
} from './buildReport.js';
export { reportToCsv } from './csv.js';
export {
  ReportSchema,
  type Report,
  type ReportAdvice,
  type ReportBalance,
  type ReportCharacteristic,
  type ReportGaps,
  type ReportScale,
  type ReportSeller,
  type ReportUnit,
  type ReportZone,
} from './schema.js';
