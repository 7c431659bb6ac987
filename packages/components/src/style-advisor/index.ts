export { BalanseStyleAdvisor } from './style-advisor.js';
export { BalanseSellersChangeEvent, type BalanseSellersChangeDetail } from './events.js';
// The download is the export's (recommend.ts, loaded on use): from here, not events.ts, which the element imports.
export { BalanseDownloadEvent, type BalanseDownloadDetail } from '../base/download.js';
export { toReportSellers, type AdvisorSeller, type AdvisorStorage, type Rating } from './sellers.js';
export { STRINGS as STYLE_ADVISOR_STRINGS, type StyleAdvisorStrings } from './strings.js';
