import {
  BalanseDeliveredEvent,
  BalanseFailedEvent,
  BalanseQueuedEvent,
  BalanseSubmitEvent,
  BalanseSurvey as BalanseSurveyElement,
} from '@balanse/components';
import '@balanse/components/define/balanse-survey';
import type { ComponentProps } from 'react';
import { wrap } from './wrap.js';

/**
 * `<balanse-survey>` for React: the 40-item survey with autosave, an offline queue and
 * exactly-once delivery. Props are the element's properties (`surveyId`, `endpoint`,
 * `surveyForm`, `required`, `instrument`, …); `onBalanseSubmit`, `onBalanseQueued`,
 * `onBalanseDelivered`, `onBalanseFailed`, `onChange` and `onInput` receive the element's events.
 */
export const BalanseSurvey = wrap({
  tagName: 'balanse-survey',
  elementClass: BalanseSurveyElement,
  events: [BalanseSubmitEvent, BalanseQueuedEvent, BalanseDeliveredEvent, BalanseFailedEvent],
  nativeEvents: ['change', 'input'],
  displayName: 'BalanseSurvey',
});

export type BalanseSurveyProps = ComponentProps<typeof BalanseSurvey>;
