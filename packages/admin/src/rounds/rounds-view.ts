import { LOCALES } from '@balanse/core';
import { html, nothing } from 'lit';
import { ApiError } from '../api/client.js';
import type { Round } from '../api/types.js';
import { formText } from '../base/form.js';
import { fmt, formatDate } from '../base/format.js';
import { errorText } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import { TenantView } from '../base/view.js';
import { LANGUAGE_NAMES } from '../app/strings.js';
import { BalanseNavigateEvent } from '../events.js';
import { STRINGS } from './strings.js';

/**
 * @summary A tenant's rounds: the list with each one's status, and a form for a new one with its
 * options (name, default language, k, whether leaders answer the self form).
 *
 * @fires {BalanseNavigateEvent} balanse-navigate - A round was created: open it.
 *
 * @csspart list - The table of rounds.
 * @csspart create - The form for a new round.
 */
export class BalanseAdminRounds extends TenantView {
  static override styles = appStyles;

  static override properties = {
    ...TenantView.properties,
    _rounds: { state: true },
    _error: { state: true },
  };

  declare private _rounds: Round[];
  declare private _error: ApiError | null;

  constructor() {
    super();
    this._rounds = [];
    this._error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  protected async load(): Promise<void> {
    this._rounds = await this.client.get<Round[]>(this.tenantPath('rounds'));
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const k = formText(data, 'k').trim();
    const body = {
      name: formText(data, 'name'),
      locale: formText(data, 'locale') || 'nb',
      ...(k ? { k: Number(k) } : {}),
      selfForm: data.get('selfForm') === 'on',
    };
    this._error = null;
    try {
      const round = await this.client.post<Round>(this.tenantPath('rounds'), { json: body });
      this.emit(new BalanseNavigateEvent(`/t/${this.tenantId}/rounds/${round.id}`));
    } catch (error) {
      this._error = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      await this.updateComplete;
      this.focusOn(`#create [name="${this._error.details.field ?? 'name'}"]`);
    }
  }

  #fieldError(field: string) {
    const e = this._error;
    return html`<p class="error-text" id="round-${field}-error">
      ${e && (e.details.field ?? 'name') === field ? errorText(e, this.locale) : ''}
    </p>`;
  }

  override render() {
    const s = STRINGS[this.locale];
    const tenant = this.tenant;
    const bad = (field: string) => (this._error && (this._error.details.field ?? 'name') === field ? 'true' : 'false');
    return html`
      <h1>${s.title}</h1>
      <p>${s.intro}</p>
      ${this.statusLine()} ${this.loadState()}
      ${this._loaded && this._rounds.length === 0 ? html`<p>${s.empty}</p>` : nothing}
      ${
        this._rounds.length > 0
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${s.title}>
            <table part="list">
              <thead>
                <tr>
                  <th scope="col">${s.name}</th>
                  <th scope="col">${s.status}</th>
                  <th scope="col">${s.k}</th>
                  <th scope="col">${s.language}</th>
                  <th scope="col">${s.created}</th>
                </tr>
              </thead>
              <tbody>
                ${[...this._rounds].reverse().map(
                  (r) => html`<tr>
                    <td><a href="#/t/${r.tenantId}/rounds/${r.id}">${r.name}</a></td>
                    <td><span class="badge">${s[r.status]}</span></td>
                    <td>${r.k}</td>
                    <td>${LANGUAGE_NAMES[r.locale]}</td>
                    <td>${formatDate(r.createdOn, this.locale)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : nothing
      }
      <section class="card" aria-labelledby="create-title">
        <h2 id="create-title">${s.createTitle}</h2>
        <form id="create" part="create" @submit=${(e: SubmitEvent) => void this.#create(e)} novalidate>
          <div class="field">
            <label for="round-name">${s.name}</label>
            <input id="round-name" name="name" maxlength="200" aria-describedby="round-name-hint round-name-error" aria-invalid=${bad('name')} />
            <p class="hint" id="round-name-hint">${s.nameHint}</p>
            ${this.#fieldError('name')}
          </div>
          <div class="field">
            <label for="round-locale">${s.language}</label>
            <select id="round-locale" name="locale" aria-describedby="round-locale-hint round-locale-error" aria-invalid=${bad('locale')}>
              ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.locale}>${LANGUAGE_NAMES[l]}</option>`)}
            </select>
            <p class="hint" id="round-locale-hint">${s.languageHint}</p>
            ${this.#fieldError('locale')}
          </div>
          <div class="field">
            <label for="round-k">${s.kLabel}</label>
            <input
              id="round-k"
              name="k"
              type="number"
              min="3"
              .value=${String(tenant?.k ?? 5)}
              aria-describedby="round-k-hint round-k-error"
              aria-invalid=${bad('k')}
            />
            <p class="hint" id="round-k-hint">${fmt(s.kHint, { k: tenant?.k ?? 5 }, this.locale)}</p>
            ${this.#fieldError('k')}
          </div>
          <div class="field">
            <label class="check"
              ><input type="checkbox" name="selfForm" checked aria-describedby="round-self-hint" /> ${s.selfForm}</label
            >
            <p class="hint" id="round-self-hint">${s.selfFormHint}</p>
          </div>
          <button type="submit">${s.create}</button>
        </form>
      </section>
    `;
  }
}
