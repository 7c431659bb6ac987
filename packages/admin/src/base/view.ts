import { BalanseElement } from '@balanse/components';
import { html, nothing } from 'lit';
import { tenantPath, type ApiClient } from '../api/client.js';
import type { Tenant } from '../api/types.js';
import { copyText } from './format.js';
import { errorText, SHARED_STRINGS } from './strings.js';

/**
 * What every screen of the app shares: the API client it is given, a loading/failed state with a
 * retry, a status line for what just happened (announced politely), and a copy helper.
 */
export abstract class AdminView extends BalanseElement {
  static override properties = {
    ...BalanseElement.properties,
    api: { attribute: false },
    _loadError: { state: true },
    _status: { state: true },
    _loaded: { state: true },
  };

  /** The signed-in API client. */
  declare api: ApiClient | null;
  declare protected _loadError: unknown;
  declare protected _status: string;
  declare protected _loaded: boolean;

  constructor() {
    super();
    this.api = null;
    this._loadError = null;
    this._status = '';
    this._loaded = false;
  }

  /**
   * The signed-in client. A screen loads only once it has one (`reload()` waits for it), so its
   * absence here is a wiring mistake of the page that made the screen, and says so.
   */
  protected get client(): ApiClient {
    if (!this.api) throw new Error(`<${this.localName}> was asked to call the server before its api was set`);
    return this.api;
  }

  /** Moves the focus into this screen, to the first element the selector matches, if there is one. */
  protected focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Fetches what the screen shows; errors are kept and shown with a retry. */
  protected abstract load(): Promise<void>;

  protected async reload(): Promise<void> {
    if (!this.api) return;
    this._loadError = null;
    try {
      await this.load();
      this._loaded = true;
    } catch (error) {
      this._loadError = error;
    }
  }

  /** The loading line or the failure with a retry, or nothing once loaded. */
  protected loadState() {
    const s = SHARED_STRINGS[this.locale];
    if (this._loadError) {
      return html`<div class="message error" role="alert">
        <p>${errorText(this._loadError, this.locale)}</p>
        <button type="button" class="secondary" @click=${() => void this.reload()}>${s.retry}</button>
      </div>`;
    }
    if (!this._loaded) return html`<p role="status">${s.loading}</p>`;
    return nothing;
  }

  /** The polite status line; put it once in every screen. */
  protected statusLine() {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this._status}</p>`;
  }

  protected async copy(text: string): Promise<void> {
    const s = SHARED_STRINGS[this.locale];
    this._status = (await copyText(text)) ? s.copied : s.copyFailed;
  }
}

/** A screen of one tenant's: its units, rounds, one round, its theme. */
export abstract class TenantView extends AdminView {
  static override properties = {
    ...AdminView.properties,
    tenant: { attribute: false },
  };

  /** The tenant this screen shows. */
  declare tenant: Tenant | null;

  constructor() {
    super();
    this.tenant = null;
  }

  /** The tenant's id; the app sets the tenant before it loads a screen, so its absence is named. */
  protected get tenantId(): string {
    if (!this.tenant) throw new Error(`<${this.localName}> was asked for its tenant before one was set`);
    return this.tenant.id;
  }

  /** The API path of something of this tenant's: `/v1/tenants/<id>/<rest…>`. */
  protected tenantPath(...rest: string[]): string {
    return tenantPath(this.tenantId, ...rest);
  }
}
