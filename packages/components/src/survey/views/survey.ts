import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@balanse/core';
import { fill, STRINGS } from '../strings.js';
import type { SurveyActions, SurveyView } from './model.js';
import { renderPage } from './page.js';
import { renderReview } from './review.js';
import { renderStatus } from './status.js';

/** The box of an invalid custom instrument: what went wrong, and core's field and rule. */
export function renderError(view: Pick<SurveyView, 'locale'>, detail: string): TemplateResult {
  return html`<div part="base error" role="alert" lang=${view.locale}>
    <p part="error-message">${STRINGS[view.locale].invalid}</p>
    <p part="error-detail">${detail}</p>
  </div>`;
}

/** The whole survey: header, storage notice, progress, the page or the review step, status and announcement. */
export function renderSurvey(view: SurveyView, actions: SurveyActions): TemplateResult {
  const { locale, prepared, page } = view;
  const s = STRINGS[locale];
  const { instrument, pages } = prepared;
  const onReview = page >= pages.length;
  const delivered = view.status === 'delivered';
  const answered = fill(s.answered, locale, { answered: Object.keys(view.answers).length, total: prepared.ids.size });
  return html`<div part="base" lang=${locale}>
    <div part="header">
      <h2 part="title">${localize(instrument.title, locale)}</h2>
      ${delivered ? nothing : html`<p part="instructions">${localize(instrument.instructions[view.form], locale)} ${view.required ? s.requiredNote : s.optionalNote}</p>`}
    </div>
    ${view.degraded ? html`<p part="notice" role="status">${s.notSaved}</p>` : nothing}
    ${
      delivered
        ? nothing
        : html`<div part="progress">
            <span part="progress-text">${onReview ? '' : `${fill(s.page, locale, { page: page + 1, pages: pages.length })} · `}${answered}</span>
            <div part="progress-track"><div part="progress-bar"></div></div>
          </div>
          ${onReview ? renderReview(view, actions) : renderPage(view, actions)}`
    }
    <div part="status" role="status">${renderStatus(view, actions)}</div>
    <p class="visually-hidden" aria-live="polite">${view.announcement}</p>
  </div>`;
}
