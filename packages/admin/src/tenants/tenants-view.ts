import { css, html, nothing } from 'lit';
import { ApiError, tenantPath } from '../api/client.js';
import type { CreatedToken, Tenant } from '../api/types.js';
import { fmt, formatDate } from '../base/format.js';
import { formText } from '../base/form.js';
import { errorText, SHARED_STRINGS } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import { AdminView } from '../base/view.js';
import { BalanseNavigateEvent } from '../events.js';
import { STRINGS } from './strings.js';

const optionalNumber = (data: FormData, name: string) => {
  const text = formText(data, name).trim();
  return text === '' ? undefined : Number(text);
};

/**
 * @summary The operator's organisations (tenants): the list, a form to create one (name, k,
 * retention), and an admin token for each, shown once.
 *
 * @fires {BalanseNavigateEvent} balanse-navigate - A new organisation was created: open it.
 *
 * @csspart list - The table of organisations.
 * @csspart create - The form for a new one.
 */
export class BalanseAdminTenants extends AdminView {
  static override styles = [
    appStyles,
    css`
      .token-form {
        margin-top: 0.5rem;
      }
    `,
  ];

  static override properties = {
    ...AdminView.properties,
    _tenants: { state: true },
    _createError: { state: true },
    _tokenFor: { state: true },
    _token: { state: true },
    _tokenError: { state: true },
  };

  declare private _tenants: Tenant[];
  declare private _createError: ApiError | null;
  declare private _tokenFor: string;
  declare private _token: { tenant: string; token: string } | null;
  declare private _tokenError: unknown;

  constructor() {
    super();
    this._tenants = [];
    this._createError = null;
    this._tokenFor = '';
    this._token = null;
    this._tokenError = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  protected async load(): Promise<void> {
    this._tenants = await this.client.get<Tenant[]>('/v1/tenants');
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const body: Record<string, unknown> = { name: formText(data, 'name') };
    const k = optionalNumber(data, 'k');
    const retention = optionalNumber(data, 'retentionDays');
    if (k !== undefined) body.k = k;
    if (retention !== undefined) body.retentionDays = retention;
    this._createError = null;
    try {
      const tenant = await this.client.post<Tenant>('/v1/tenants', { json: body });
      this._status = fmt(STRINGS[this.locale].createdMessage, { name: tenant.name }, this.locale);
      form.reset();
      this.emit(new BalanseNavigateEvent(`/t/${tenant.id}/units`));
    } catch (error) {
      this._createError = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
      await this.updateComplete;
      const field = this._createError.details.field;
      this.focusOn(`#create [name="${field ?? 'name'}"]`);
    }
  }

  async #makeToken(event: SubmitEvent, tenant: Tenant): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const body: Record<string, unknown> = { role: 'admin', label: formText(data, 'label') };
    const days = optionalNumber(data, 'expiresInDays');
    if (days !== undefined) body.expiresInDays = days;
    this._tokenError = null;
    try {
      const made = await this.client.post<CreatedToken>(tenantPath(tenant.id, 'tokens'), { json: body });
      this._token = { tenant: tenant.id, token: made.token };
      this._tokenFor = '';
    } catch (error) {
      this._tokenError = error;
    }
  }

  /** A token just made for the tenant, shown this once, with a copy button. */
  #madeToken(tenant: Tenant, token: string) {
    return html`<div class="message success" role="status">
      <p>${fmt(STRINGS[this.locale].tokenShown, { name: tenant.name }, this.locale)}</p>
      <p class="mono">${token}</p>
      <button type="button" class="secondary" @click=${() => void this.copy(token)}>
        ${SHARED_STRINGS[this.locale].copy}
      </button>
    </div>`;
  }

  /** The field's error line, always present (empty when fine) so that aria-describedby finds it. */
  #fieldError(field: string) {
    const error = this._createError;
    const text = error && (error.details.field ?? 'name') === field ? errorText(error, this.locale) : '';
    return html`<p class="error-text" id="create-${field}-error">${text}</p>`;
  }

  #invalid(field: string) {
    return this._createError && (this._createError.details.field ?? 'name') === field ? 'true' : 'false';
  }

  override render() {
    const s = STRINGS[this.locale];
    const shared = SHARED_STRINGS[this.locale];
    return html`
      <h1>${s.title}</h1>
      <p>${s.intro}</p>
      ${this.statusLine()} ${this.loadState()}
      ${this._loaded && this._tenants.length === 0 ? html`<p>${s.empty}</p>` : nothing}
      ${
        this._tenants.length > 0
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${s.title}>
            <table part="list">
              <thead>
                <tr>
                  <th scope="col">${s.name}</th>
                  <th scope="col">${s.k}</th>
                  <th scope="col">${s.created}</th>
                  <th scope="col">${s.actions}</th>
                </tr>
              </thead>
              <tbody>
                ${this._tenants.map(
                  (t) => html`<tr>
                    <td><a href="#/t/${t.id}/units" aria-label=${fmt(s.open, { name: t.name }, this.locale)}>${t.name}</a></td>
                    <td>${t.k}</td>
                    <td>${formatDate(t.createdOn, this.locale)}</td>
                    <td>
                      ${
                        this._tokenFor === t.id
                          ? html`<form class="token-form" @submit=${(e: SubmitEvent) => void this.#makeToken(e, t)}>
                            <p><strong>${fmt(s.tokenFor, { name: t.name }, this.locale)}</strong></p>
                            <div class="field">
                              <label for="label-${t.id}">${s.tokenLabel}</label>
                              <input id="label-${t.id}" name="label" maxlength="200" />
                            </div>
                            <div class="field">
                              <label for="days-${t.id}">${s.tokenDays}</label>
                              <input id="days-${t.id}" name="expiresInDays" type="number" min="1" max="3650" value="90" />
                            </div>
                            ${
                              this._tokenError
                                ? html`<p class="error-text" role="alert">${errorText(this._tokenError, this.locale)}</p>`
                                : nothing
                            }
                            <div class="actions">
                              <button type="submit">${s.tokenMake}</button>
                              <button type="button" class="secondary" @click=${() => (this._tokenFor = '')}>
                                ${shared.cancel}
                              </button>
                            </div>
                          </form>`
                          : html`<button
                            type="button"
                            class="secondary"
                            aria-label=${fmt(s.tokenFor, { name: t.name }, this.locale)}
                            @click=${() => {
                              this._tokenFor = t.id;
                              this._token = null;
                            }}
                          >
                            ${s.token}
                          </button>`
                      }
                      ${this._token?.tenant === t.id ? this.#madeToken(t, this._token.token) : nothing}
                    </td>
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
            <label for="tenant-name">${s.name}</label>
            <input id="tenant-name" name="name" required maxlength="200" aria-invalid=${this.#invalid('name')} aria-describedby="create-name-error" />
            ${this.#fieldError('name')}
          </div>
          <div class="field">
            <label for="tenant-k">${s.k}</label>
            <input id="tenant-k" name="k" type="number" min="3" value="5" aria-describedby="tenant-k-hint create-k-error" aria-invalid=${this.#invalid('k')} />
            <p class="hint" id="tenant-k-hint">${s.kHint}</p>
            ${this.#fieldError('k')}
          </div>
          <div class="field">
            <label for="tenant-retention">${s.retention}</label>
            <input
              id="tenant-retention"
              name="retentionDays"
              type="number"
              min="1"
              aria-describedby="tenant-retention-hint create-retentionDays-error"
              aria-invalid=${this.#invalid('retentionDays')}
            />
            <p class="hint" id="tenant-retention-hint">${s.retentionHint}</p>
            ${this.#fieldError('retentionDays')}
          </div>
          ${
            this._createError && !['name', 'k', 'retentionDays'].includes(this._createError.details.field ?? 'name')
              ? html`<p class="error-text" role="alert">${errorText(this._createError, this.locale)}</p>`
              : nothing
          }
          <button type="submit">${s.create}</button>
        </form>
      </section>
    `;
  }
}
