import { BalanseElement, token, toLocale } from '@balanse/components';
import { LOCALES, type Locale } from '@balanse/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { ApiClient, ApiError, tenantPath } from '../api/client.js';
import { clearToken, readToken, saveToken } from '../api/token-store.js';
import type { Session, Tenant } from '../api/types.js';
import { fmt, formatDate } from '../base/format.js';
import { errorText, SHARED_STRINGS } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import type { BalanseNavigateEvent, BalanseSignInEvent } from '../events.js';
import type { SignInMessage } from '../sign-in/sign-in.js';
import { parseRoute, routePath, type Route } from './route.js';
import { LANGUAGE_NAMES, STRINGS, type AppStrings } from './strings.js';

const LANGUAGE_KEY = 'balanse-admin-language';

/**
 * @summary The administrators' app: sign in with an operator or tenant admin token, then the
 * organisations (operator), a tenant's organisation chart, rounds and look, and each round's
 * links, participation and reports. Screens are addressed by the URL's `#` part. Everything comes
 * from the server's HTTP API; nothing is computed here.
 *
 * The token is kept in the tab's sessionStorage (see api/token-store.ts) and removed on sign-out;
 * a token refused mid-session (expired, revoked) signs out with a message that says so.
 *
 * @csspart header - The bar with the product name, who is signed in, the language and sign-out.
 * @csspart nav - The breadcrumbs and the tenant's screens.
 * @csspart main - The current screen.
 */
export class BalanseAdminApp extends BalanseElement {
  static override styles = [
    appStyles,
    css`
      :host {
        min-height: 100vh;
        background: ${token('color-surface-raised')};
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${token('space-s')} ${token('space-m')};
        padding: ${token('space-s')} ${token('space-m')};
        background: ${token('color-surface')};
        border-bottom: ${token('border-width')} solid ${token('color-border')};
      }
      .brand {
        font-size: ${token('font-size-l')};
        font-weight: ${token('font-weight-strong')};
        margin: 0;
      }
      .brand span {
        font-weight: normal;
        color: ${token('color-text-muted')};
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token('space-s')};
      }
      .who p {
        margin: 0;
      }
      .language {
        display: flex;
        align-items: center;
        gap: ${token('space-xs')};
        margin: 0;
        font-weight: normal;
      }
      .language select {
        width: auto;
      }
      nav {
        padding: ${token('space-s')} ${token('space-m')} 0;
        max-width: 72rem;
        margin: 0 auto;
      }
      nav ol,
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-xs')} ${token('space-s')};
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .crumbs li + li::before {
        content: '›';
        margin-inline-end: ${token('space-s')};
        color: ${token('color-text-muted')};
      }
      .crumbs a,
      .tabs a {
        display: inline-flex;
        align-items: center;
        min-height: ${token('target-size')};
      }
      .tabs {
        margin-top: ${token('space-xs')};
        border-bottom: ${token('border-width')} solid ${token('color-border')};
      }
      .tabs a {
        padding: 0 ${token('space-m')};
        text-decoration: none;
        border-bottom: 3px solid transparent;
        color: ${token('color-text')};
      }
      .tabs a[aria-current='page'] {
        border-bottom-color: ${token('color-accent')};
        font-weight: ${token('font-weight-strong')};
      }
      main {
        max-width: 72rem;
        margin: 0 auto;
        padding: ${token('space-m')};
      }
      main:focus {
        outline: none;
      }
    `,
  ];

  static override properties = {
    ...BalanseElement.properties,
    _session: { state: true },
    _api: { state: true },
    _route: { state: true },
    _tenant: { state: true },
    _tenantError: { state: true },
    _message: { state: true },
    _busy: { state: true },
    _checking: { state: true },
    _networkText: { state: true },
    _themeVersion: { state: true },
  };

  declare private _session: Session | null;
  declare private _api: ApiClient | null;
  declare private _route: Route;
  declare private _tenant: Tenant | null;
  declare private _tenantError: string;
  declare private _message: SignInMessage;
  declare private _busy: boolean;
  declare private _checking: boolean;
  declare private _networkText: string;
  declare private _themeVersion: number;

  #onHash = () => this.#go(parseRoute(location.hash));
  #focusMain = false;

  constructor() {
    super();
    this._session = null;
    this._api = null;
    this._route = { screen: 'tenants' };
    this._tenant = null;
    this._tenantError = '';
    this._message = '';
    this._busy = false;
    this._checking = false;
    this._networkText = '';
    this._themeVersion = 0;
  }

  override connectedCallback(): void {
    this.#applyLanguage(this.#storedLanguage());
    super.connectedCallback();
    this._route = parseRoute(location.hash);
    window.addEventListener('hashchange', this.#onHash);
    this.addEventListener('balanse-navigate', (e: BalanseNavigateEvent) => {
      e.stopPropagation();
      location.hash = e.detail.path;
    });
    this.addEventListener('balanse-sign-in', (e: BalanseSignInEvent) => void this.#signIn(e.detail.token));
    this.addEventListener('balanse-theme-change', () => {
      this._themeVersion++;
    });
    const stored = readToken();
    if (stored) void this.#signIn(stored, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
  }

  #storedLanguage(): Locale {
    try {
      const chosen = sessionStorage.getItem(LANGUAGE_KEY);
      if (chosen && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
    } catch {
      // no storage: follow the browser
    }
    return toLocale(navigator.language);
  }

  #applyLanguage(locale: Locale): void {
    document.documentElement.lang = locale;
  }

  #chooseLanguage(event: Event): void {
    const locale = (event.target as HTMLSelectElement).value as Locale;
    try {
      sessionStorage.setItem(LANGUAGE_KEY, locale);
    } catch {
      // the choice lasts for this page
    }
    this.#applyLanguage(locale);
  }

  async #signIn(candidate: string, restoring = false): Promise<void> {
    this._busy = true;
    this._checking = restoring;
    const api = new ApiClient(candidate, (error) => this.#ended(error));
    try {
      const session = await api.get<Session>('/v1/session');
      saveToken(candidate);
      this._api = api;
      this._session = session;
      this._message = '';
      this.#go(parseRoute(location.hash));
      this.#focusMain = true;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 0) clearToken();
      this._message =
        error instanceof ApiError
          ? error.status === 0
            ? 'network'
            : error.status === 403
              ? 'raw'
              : (error.details.reason ?? 'invalid')
          : 'invalid';
      this._networkText = SHARED_STRINGS[this.locale].network;
    } finally {
      this._busy = false;
      this._checking = false;
    }
  }

  /** A call was refused with 401 mid-session: the token expired or was revoked. */
  #ended(error: ApiError): void {
    clearToken();
    this._session = null;
    this._api = null;
    this._tenant = null;
    this._message = error.details.reason ?? 'invalid';
  }

  #signOut(): void {
    clearToken();
    this._session = null;
    this._api = null;
    this._tenant = null;
    this._message = 'signedOut';
    history.replaceState(null, '', location.pathname);
    this._route = { screen: 'tenants' };
  }

  #go(route: Route): void {
    // A tenant's admin has one tenant: the list of tenants is the operator's.
    if (route.screen === 'tenants' && this._session?.role === 'admin' && this._session.tenant) {
      location.replace(`#${routePath({ screen: 'units', tenant: this._session.tenant.id })}`);
      return;
    }
    this._route = route;
    this.#focusMain = true;
  }

  override willUpdate(changed: PropertyValues): void {
    if ((changed.has('_route') || changed.has('_api')) && this._api) {
      const tenant = 'tenant' in this._route ? this._route.tenant : null;
      if (tenant !== (this._tenant?.id ?? null)) void this.#loadTenant(tenant);
    }
  }

  async #loadTenant(id: string | null): Promise<void> {
    this._tenantError = '';
    if (!id || !this._api) {
      this._tenant = null;
      this.#theme(null);
      return;
    }
    try {
      this._tenant = await this._api.get<Tenant>(tenantPath(id));
      this.#theme(id);
    } catch (error) {
      this._tenant = null;
      this.#theme(null);
      this._tenantError =
        error instanceof ApiError && error.status === 403
          ? STRINGS[this.locale].noTenant
          : errorText(error, this.locale);
    }
  }

  /** The tenant's look for the app itself: its stylesheet, loaded like any other (no inline style). */
  #theme(tenant: string | null): void {
    const existing = document.head.querySelector('link[data-balanse-theme]');
    if (!tenant) {
      existing?.remove();
      return;
    }
    const href = `/t/${tenant}/theme.css?v=${this._themeVersion}`;
    if (existing?.getAttribute('href') === href) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.balanseTheme = '';
    if (existing) existing.replaceWith(link);
    else document.head.append(link);
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('_themeVersion') && this._tenant) this.#theme(this._tenant.id);
    if (this.#focusMain) {
      this.#focusMain = false;
      this.renderRoot.querySelector<HTMLElement>(this._session ? 'main' : 'balanse-admin-sign-in')?.focus();
    }
    if (changed.has('_session') && !this._session) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('balanse-admin-sign-in')?.focus());
    }
  }

  #header(s: AppStrings) {
    const session = this._session;
    return html`<header part="header">
      <p class="brand">${s.product} <span>${s.appName}</span></p>
      <div class="who">
        ${
          session
            ? html`<p>
              ${
                session.role === 'operator'
                  ? s.signedInOperator
                  : fmt(s.signedInAdmin, { tenant: session.tenant?.name ?? '' }, this.locale)
              }
              ${
                session.expiresAt
                  ? html`<span class="hint">${fmt(s.expires, { date: formatDate(session.expiresAt, this.locale) }, this.locale)}</span>`
                  : nothing
              }
            </p>`
            : nothing
        }
        <label class="language"
          >${s.language}
          <select name="language" @change=${this.#chooseLanguage}>
            ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.locale} lang=${l}>${LANGUAGE_NAMES[l]}</option>`)}
          </select></label
        >
        ${session ? html`<button type="button" class="secondary" @click=${this.#signOut}>${s.signOut}</button>` : nothing}
      </div>
    </header>`;
  }

  #nav(s: AppStrings) {
    const route = this._route;
    const operator = this._session?.role === 'operator';
    if (!('tenant' in route)) return nothing;
    const tenant = this._tenant;
    const tabs = (['units', 'rounds', 'theme'] as const).map(
      (screen) =>
        html`<li>
          <a
            href="#${routePath({ screen, tenant: route.tenant })}"
            aria-current=${route.screen === screen || (screen === 'rounds' && route.screen === 'round') ? 'page' : 'false'}
            >${s[screen]}</a
          >
        </li>`,
    );
    return html`<nav part="nav" aria-label=${s.breadcrumbs}>
      <ol class="crumbs">
        ${operator ? html`<li><a href="#/">${s.tenants}</a></li>` : nothing}
        <li>${tenant?.name ?? ''}</li>
      </ol>
      <ul class="tabs" aria-label=${s.tenantNav}>
        ${tabs}
      </ul>
    </nav>`;
  }

  #screen(api: ApiClient) {
    const route = this._route;
    if (this._tenantError) {
      return html`<h1>${STRINGS[this.locale].tenantNav}</h1>
        <p class="message error" role="alert">${this._tenantError}</p>`;
    }
    switch (route.screen) {
      case 'tenants':
        return html`<balanse-admin-tenants .api=${api}></balanse-admin-tenants>`;
      case 'units':
        return this._tenant
          ? html`<balanse-admin-units .api=${api} .tenant=${this._tenant}></balanse-admin-units>`
          : nothing;
      case 'rounds':
        return this._tenant
          ? html`<balanse-admin-rounds .api=${api} .tenant=${this._tenant}></balanse-admin-rounds>`
          : nothing;
      case 'theme':
        return this._tenant
          ? html`<balanse-admin-theme .api=${api} .tenant=${this._tenant}></balanse-admin-theme>`
          : nothing;
      case 'round':
        return this._tenant
          ? html`<balanse-admin-round .api=${api} .tenant=${this._tenant} round-id=${route.round}></balanse-admin-round>`
          : nothing;
    }
  }

  override render() {
    const s = STRINGS[this.locale];
    // A session and its client are set and cleared together; the sign-in shows without either.
    if (!this._session || !this._api) {
      return html`${this.#header(s)}
        <main part="main">
          ${
            this._checking
              ? html`<p role="status">${s.checking}</p>`
              : html`<balanse-admin-sign-in
                message=${this._message}
                .networkText=${this._networkText || errorText(new ApiError(0, 'network', ''), this.locale)}
                ?busy=${this._busy}
              ></balanse-admin-sign-in>`
          }
        </main>`;
    }
    return html`${this.#header(s)} ${this.#nav(s)}
      <main part="main" tabindex="-1">${this.#screen(this._api)}</main>`;
  }
}
