import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@balanse/core';
import { fill, STRINGS } from '../strings.js';
import { checked } from './checked.js';
import type { SurveyActions, SurveyView } from './model.js';

/** One page of items: a radio group per item, then Back and Next. */
export function renderPage(view: SurveyView, actions: SurveyActions): TemplateResult {
  const { locale, prepared, answers, page } = view;
  const s = STRINGS[locale];
  const { instrument, pages } = prepared;
  const labels =
    instrument.responseLabels[locale] ??
    instrument.responseLabels.nb ??
    instrument.responseLabels.en ??
    Object.values(instrument.responseLabels)[0] ??
    [];
  const cannot = localize(instrument.cannotAnswerLabel, locale);
  const disabled = view.disabled || view.locked;
  const items = (pages[page] ?? []).flatMap((id) => prepared.items.get(id) ?? []);
  const option = (id: string, value: number | null, label: string) => {
    const selected = id in answers && answers[id] === value;
    const part = `option${selected ? ' option-selected' : ''}${value === null ? ' option-cannot-answer' : ''}`;
    return html`<label part=${part}
      ><input part="option-input" type="radio" name=${id} value=${value ?? ''} .checked=${checked(selected)} /><span part="option-label"
        >${label}</span
      ></label
    >`;
  };
  return html`<div part="page" role="group" aria-labelledby="heading">
    <h3 id="heading" part="page-heading" tabindex="-1">${fill(s.page, locale, { page: page + 1, pages: pages.length })}</h3>
    <ol part="items" @change=${actions.onChange} @input=${actions.stop}>
      ${items.map((item) => {
        const text = view.form === 'self' && item.selfText ? item.selfText : item.text;
        return html`<li part="item">
          <fieldset part="radiogroup" role="radiogroup" aria-labelledby=${`t-${item.id}`} ?disabled=${disabled}>
            <legend id=${`t-${item.id}`} part="item-text"><span part="item-number">${prepared.numbers.get(item.id) ?? ''}.</span> ${localize(text, locale)}</legend>
            <div part="options">
              ${labels.map((label, i) => option(item.id, i + 1, label))} ${view.cannotAnswer ? option(item.id, null, cannot) : nothing}
            </div>
          </fieldset>
        </li>`;
      })}
    </ol>
    <div part="nav">
      ${page > 0 ? html`<button type="button" part="button button-back" @click=${() => actions.go(page - 1)}>${s.back}</button>` : nothing}
      <button type="button" part="button button-next" @click=${() => actions.go(page + 1)}>
        ${page === pages.length - 1 ? s.toReview : s.next}
      </button>
    </div>
  </div>`;
}
