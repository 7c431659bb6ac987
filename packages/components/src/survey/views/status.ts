import { html, nothing, type TemplateResult } from 'lit';
import { fill, STRINGS } from '../strings.js';
import type { SurveyActions, SurveyView } from './model.js';

/** The delivery status in words, with Try again while queued or refused. */
export function renderStatus(view: SurveyView, actions: SurveyActions): TemplateResult | typeof nothing {
  const s = STRINGS[view.locale];
  switch (view.status) {
    case 'sending':
      return html`<p part="status-text">${s.sending}</p>`;
    case 'queued':
      return html`<p part="status-text">${s.queued}</p>
        <button type="button" part="button button-retry" @click=${actions.retry}>${s.retry}</button>`;
    case 'failed':
      return html`<p part="status-text">${fill(s.failed, view.locale, { status: view.refusedStatus })}</p>
        <button type="button" part="button button-retry" @click=${() => actions.submit()}>${s.retry}</button>`;
    case 'delivered':
      return html`<p part="status-text">${s.delivered}</p>`;
    default:
      return nothing;
  }
}
