export { BalanseSurvey, type SurveyStatus } from './survey.js';
export {
  BalanseSubmitEvent,
  BalanseQueuedEvent,
  BalanseDeliveredEvent,
  BalanseFailedEvent,
  type BalanseSubmitDetail,
  type BalanseQueuedDetail,
  type BalanseDeliveredDetail,
  type BalanseFailedDetail,
  type SurveyResponse,
} from './events.js';
export { STRINGS as SURVEY_STRINGS, type SurveyStrings } from './strings.js';
export type { StorageMode } from '../base/storage.js';
