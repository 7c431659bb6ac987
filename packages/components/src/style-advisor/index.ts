export { BalanseStyleAdvisor } from './style-advisor.js';
export {
  BalanseSellersChangeEvent,
  BalanseDownloadEvent,
  type BalanseSellersChangeDetail,
  type BalanseDownloadDetail,
} from './events.js';
export { toReportSellers, type AdvisorSeller, type AdvisorStorage, type Rating } from './sellers.js';
export { STRINGS as STYLE_ADVISOR_STRINGS, type StyleAdvisorStrings } from './strings.js';
