import { css, html, nothing } from 'lit';
import { ApiError } from '../api/client.js';
import type { Theme, ThemeCatalogue } from '../api/types.js';
import { fmt } from '../base/format.js';
import { errorText } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import { token } from '@balanse/components';
import { TenantView } from '../base/view.js';
import { BalanseThemeChangeEvent } from '../events.js';
import { STRINGS } from './strings.js';

const EXAMPLE = '{ "color-accent": "#0b5d1e", "radius-m": "12px" }';
const THEME_NAMES: Record<string, string> = { default: 'Balanse', ember: 'Ember', fjord: 'Fjord' };

/**
 * @summary A tenant's look: a shipped theme and, optionally, tokens pasted as JSON. The server
 * checks them (unknown tokens and values that are not plain CSS values are refused, naming the
 * token) and answers every token's value; the live preview of `<balanse-survey>` applies them
 * through a constructable stylesheet, never a `style` attribute. Saving makes the tenant's survey
 * pages, report pages and this app use it.
 *
 * @fires {BalanseThemeChangeEvent} balanse-theme-change - The theme was saved.
 *
 * @csspart form - The theme form.
 * @csspart preview - The box around the survey preview.
 */
export class BalanseAdminTheme extends TenantView {
  static override styles = [
    appStyles,
    css`
      fieldset {
        border: ${token('border-width')} solid ${token('color-border')};
        border-radius: ${token('radius-m')};
        padding: ${token('space-s')} ${token('space-m')};
        margin: 0 0 ${token('space-m')};
      }
      legend {
        font-weight: ${token('font-weight-strong')};
        padding: 0 ${token('space-xs')};
      }
      textarea {
        max-width: 48rem;
      }
      .preview {
        border: ${token('border-width')} solid ${token('color-border')};
        border-radius: ${token('radius-m')};
        padding: ${token('space-m')};
        background: var(--balanse-color-surface);
        color: var(--balanse-color-text);
      }
      code {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        overflow-wrap: anywhere;
      }
    `,
  ];

  static override properties = {
    ...TenantView.properties,
    _catalogue: { state: true },
    _base: { state: true },
    _text: { state: true },
    _error: { state: true },
    _unsaved: { state: true },
  };

  declare private _catalogue: ThemeCatalogue | null;
  declare private _base: string;
  declare private _text: string;
  declare private _error: string;
  declare private _unsaved: boolean;

  #sheet: CSSStyleSheet | undefined;

  constructor() {
    super();
    this._catalogue = null;
    this._base = 'default';
    this._text = '{}';
    this._error = '';
    this._unsaved = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  protected async load(): Promise<void> {
    const [catalogue, theme] = await Promise.all([
      this.client.get<ThemeCatalogue>('/v1/themes'),
      this.client.get<Theme>(this.tenantPath('theme')),
    ]);
    this._catalogue = catalogue;
    this._base = theme.base;
    this._text = JSON.stringify(theme.tokens, null, 2);
    await this.#preview(false);
  }

  /** The theme as typed, or a message saying why the JSON is not one. */
  #parsed(): Theme | string {
    const s = STRINGS[this.locale];
    let tokens: unknown;
    try {
      tokens = JSON.parse(this._text.trim() || '{}');
    } catch (error) {
      return fmt(s.notJson, { message: error instanceof Error ? error.message : String(error) }, this.locale);
    }
    if (typeof tokens !== 'object' || tokens === null || Array.isArray(tokens)) return s.notObject;
    return { base: this._base, tokens: tokens as Record<string, string> };
  }

  async #preview(changed = true): Promise<void> {
    const theme = this.#parsed();
    if (typeof theme === 'string') {
      this._error = theme;
      return;
    }
    try {
      const answer = await this.client.post<{ tokens: Record<string, string> }>(this.tenantPath('theme', 'preview'), {
        json: theme,
      });
      this._error = '';
      this.#apply(answer.tokens);
      this._unsaved = changed;
    } catch (error) {
      this._error = errorText(error, this.locale);
      if (error instanceof ApiError && error.status === 422) await this.#focusField();
    }
  }

  /** The server's values, set on the preview box through a stylesheet of this shadow root. */
  #apply(tokens: Record<string, string>): void {
    const root = this.renderRoot as ShadowRoot;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    // The values passed the server's check (plain CSS values of their kind, nothing that can end a
    // declaration); names are Balanse's token names.
    const declarations = Object.entries(tokens)
      .filter(([name]) => /^[a-z0-9-]+$/.test(name))
      .map(([name, value]) => `--balanse-${name}: ${value};`)
      .join(' ');
    this.#sheet.replaceSync(`.preview { ${declarations} }`);
  }

  async #focusField(): Promise<void> {
    await this.updateComplete;
    this.focusOn('#theme-tokens');
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const theme = this.#parsed();
    if (typeof theme === 'string') {
      this._error = theme;
      await this.#focusField();
      return;
    }
    try {
      const saved = await this.client.put<Theme>(this.tenantPath('theme'), { json: theme });
      this._text = JSON.stringify(saved.tokens, null, 2);
      this._error = '';
      this._unsaved = false;
      this._status = STRINGS[this.locale].saved;
      await this.#preview(false);
      this.emit(new BalanseThemeChangeEvent());
    } catch (error) {
      this._error = errorText(error, this.locale);
      if (error instanceof ApiError && error.status === 422) await this.#focusField();
    }
  }

  override render() {
    const s = STRINGS[this.locale];
    const catalogue = this._catalogue;
    return html`
      <h1>${s.title}</h1>
      <p>${s.intro}</p>
      ${this.statusLine()} ${this.loadState()}
      ${
        catalogue
          ? html`<form part="form" @submit=${(e: SubmitEvent) => void this.#save(e)} novalidate>
              <fieldset>
                <legend>${s.base}</legend>
                ${catalogue.themes.map(
                  (id) => html`<label class="check"
                    ><input
                      type="radio"
                      name="base"
                      value=${id}
                      .checked=${this._base === id}
                      @change=${() => {
                        this._base = id;
                        void this.#preview();
                      }}
                    />
                    ${THEME_NAMES[id] ?? id}</label
                  >`,
                )}
              </fieldset>
              <div class="field">
                <label for="theme-tokens">${s.tokens}</label>
                <textarea
                  id="theme-tokens"
                  name="tokens"
                  spellcheck="false"
                  aria-describedby="theme-tokens-hint theme-tokens-error"
                  aria-invalid=${this._error ? 'true' : 'false'}
                  .value=${this._text}
                  @input=${(e: Event) => (this._text = (e.target as HTMLTextAreaElement).value)}
                ></textarea>
                <p class="hint" id="theme-tokens-hint">
                  ${fmt(s.tokensHint, { example: EXAMPLE, names: Object.keys(catalogue.tokens).join(', ') }, this.locale)}
                </p>
                <p class="error-text" id="theme-tokens-error" role="alert">${this._error}</p>
              </div>
              <div class="actions">
                <button type="button" class="secondary" @click=${() => void this.#preview()}>${s.preview}</button>
                <button type="submit">${s.save}</button>
              </div>
            </form>
            <section aria-labelledby="preview-title">
              <h2 id="preview-title">${s.previewTitle}</h2>
              <p class="hint">${s.previewNote} ${this._unsaved ? s.unsaved : nothing}</p>
              <div class="preview" part="preview">
                <balanse-survey
                  storage="none"
                  survey-id="theme-preview"
                  @balanse-submit=${(e: Event) => e.preventDefault()}
                ></balanse-survey>
              </div>
            </section>`
          : nothing
      }
    `;
  }
}
