import type { Answers, Form, Locale } from '@balanse/core';
import type { SurveyStatus } from '../controllers/delivery.js';
import type { Prepared } from '../prepared.js';

/** Everything the survey's views show, read from the element at render time. */
export interface SurveyView {
  locale: Locale;
  prepared: Prepared;
  answers: Answers;
  /** The page shown; the pages' count means the review step. */
  page: number;
  form: Form;
  required: boolean;
  cannotAnswer: boolean;
  /** Disabled by the host, a `<fieldset>` or the form. */
  disabled: boolean;
  /** Submitted and not refused: the answers are fixed. */
  locked: boolean;
  status: SurveyStatus;
  /** The endpoint's refusal, while `failed`. */
  refusedStatus: number;
  /** The browser will not store the answers. */
  degraded: boolean;
  /** Show "answer every item" on the review step (a required survey was submitted incomplete). */
  showRequired: boolean;
  /** The polite announcement of the last page change. */
  announcement: string;
}

/** What the views' controls do. */
export interface SurveyActions {
  /** A radio's `change` (the respondent's choice). */
  onChange: (event: Event) => void;
  /** Keeps the radios' `input` inside: the host fires its own. */
  stop: (event: Event) => void;
  /** Shows `page` and moves focus to its heading. */
  go: (page: number) => void;
  goToItem: (id: string) => void;
  submit: () => void;
  /** Tries the queued submission again now. */
  retry: () => void;
}
