import { css, html, nothing } from 'lit';
import { BalanseElement } from '@balanse/components';
import { appStyles } from '../base/styles.js';
import { BalanseSignInEvent } from '../events.js';
import { STRINGS, type SignInStrings } from './strings.js';

export type SignInMessage = 'missing' | 'invalid' | 'expired' | 'revoked' | 'raw' | 'signedOut' | 'network' | '';

/**
 * @summary The sign-in form: one token field. It checks nothing itself; the app asks the server
 * who the token is and sets `message` to say why a token was refused.
 *
 * @fires {BalanseSignInEvent} balanse-sign-in - The form was sent with a token (`token`).
 *
 * @csspart form - The form.
 * @csspart message - Why the last token was refused, or that the session ended.
 */
export class BalanseAdminSignIn extends BalanseElement {
  static override styles = [
    appStyles,
    css`
      form {
        max-width: 36rem;
      }
    `,
  ];

  static override properties = {
    ...BalanseElement.properties,
    message: {},
    busy: { type: Boolean },
    networkText: { attribute: false },
    _empty: { state: true },
  };

  /** Why the last sign-in failed, or `signedOut`; empty for none. */
  declare message: SignInMessage;
  /** A sign-in is being checked. */
  declare busy: boolean;
  /** The text for `message = "network"` (shared with every screen). */
  declare networkText: string;
  declare private _empty: boolean;

  constructor() {
    super();
    this.message = '';
    this.busy = false;
    this.networkText = '';
    this._empty = false;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    // The form this submit came from holds the field; without it there is nothing to send.
    const input = this.renderRoot.querySelector('input');
    if (!input) return;
    const token = input.value.trim();
    this._empty = token === '';
    if (this._empty) {
      input.focus();
      return;
    }
    this.emit(new BalanseSignInEvent(token));
  }

  /** Puts the cursor in the token field. */
  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  override render() {
    const s: SignInStrings = STRINGS[this.locale];
    const problem = this._empty
      ? s.empty
      : this.message === 'network'
        ? this.networkText
        : this.message
          ? s[this.message]
          : '';
    const isError = this._empty || (this.message !== '' && this.message !== 'signedOut');
    return html`
      <h1 tabindex="-1">${s.title}</h1>
      <p>${s.intro}</p>
      <form part="form" @submit=${this.#submit} novalidate>
        <div class="field">
          <label for="token">${s.token}</label>
          <input
            id="token"
            name="token"
            type="password"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="token-hint token-message"
            aria-invalid=${isError ? 'true' : 'false'}
          />
          <p class="hint" id="token-hint">${s.tokenHint}</p>
        </div>
        <p id="token-message" part="message" role="alert" class=${isError ? 'error-text' : ''}>${problem || nothing}</p>
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? s.busy : s.submit}</button>
        </div>
      </form>
      <p class="hint">${s.demo}</p>
    `;
  }
}
