export {
  buildReport,
  type ReportInput,
  type ReportOptions,
  type ReportSellerInput,
  type ReportUnitInput,
} from './buildReport.js';
export { REPORT_CSV_COLUMNS, reportToCsv, type ReportCsvColumn } from './csv.js';
export {
  ReportSchema,
  type Report,
  type ReportAdvice,
  type ReportBalance,
  type ReportChange,
  type ReportCharacteristic,
  type ReportGaps,
  type ReportItem,
  type ReportItemScale,
  type ReportLinking,
  type ReportPrevious,
  type ReportZoneSpread,
  type ReportScale,
  type ReportSeller,
  type ReportUnit,
  type ReportZone,
} from './schema.js';
