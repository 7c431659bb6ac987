import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@balanse/core';
import { STRINGS } from '../strings.js';
import type { SurveyActions, SurveyView } from './model.js';

/** The review step: all answered, or the unanswered items as links to them; then Back and Send. */
export function renderReview(view: SurveyView, actions: SurveyActions): TemplateResult {
  const { locale, prepared, answers } = view;
  const s = STRINGS[locale];
  const missing = prepared.instrument.items.filter((item) => !(item.id in answers));
  const busy = view.locked || view.disabled;
  return html`<div part="page" role="group" aria-labelledby="heading">
    <h3 id="heading" part="page-heading" tabindex="-1">${s.review}</h3>
    ${
      missing.length === 0
        ? html`<p part="review-text">${s.allAnswered}</p>`
        : html`<p part="review-text">${view.required ? s.unansweredRequired : s.unanswered}</p>
          <ul part="review-list">
            ${missing.map((item) => {
              const text = view.form === 'self' && item.selfText ? item.selfText : item.text;
              return html`<li>
                <button type="button" part="review-link" ?disabled=${busy} @click=${() => actions.goToItem(item.id)}>
                  ${prepared.numbers.get(item.id) ?? ''}. ${localize(text, locale)}
                </button>
              </li>`;
            })}
          </ul>`
    }
    ${view.showRequired && view.required && missing.length > 0 ? html`<p part="error">${s.mustAnswer}</p>` : nothing}
    <div part="nav">
      <button type="button" part="button button-back" ?disabled=${busy} @click=${() => actions.go(view.page - 1)}>${s.back}</button>
      <button type="button" part="button button-submit" ?disabled=${busy} @click=${() => actions.submit()}>${s.submit}</button>
    </div>
  </div>`;
}
