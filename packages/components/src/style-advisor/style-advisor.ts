import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { type ReportSellerInput, type StyleRecommendation } from '@balanse/core';
import { NEW_IN_ROLE_MONTHS } from '@balanse/core/constants';
import { formatMessage } from '@balanse/core/messages';
import { BalanseElement } from '../base/balanse-element.js';
import { lazyModule } from '../base/lazy.js';
import { BalanseSellersChangeEvent } from './events.js';
import {
  blankSeller,
  clearSellers,
  loadSellers,
  normalizeSellers,
  saveSellers,
  toReportSellers,
  toSellerInput,
  type AdvisorSeller,
  type AdvisorStorage,
  type Rating,
} from './sellers.js';
import { STRINGS } from './strings.js';
import { styleAdvisorStyles } from './style-advisor.styles.js';

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];
const FLAGS = ['newInRole', 'comfortZone', 'lowEnergy'] as const;
type Flag = (typeof FLAGS)[number];

/** core's `recommendStyle`, its rendering and the export (recommend.ts), loaded when the first advisor is connected; one load serves every advisor on the page. */
const recommendModule = lazyModule(() => import('./recommend.js'));

/**
 * @summary The leader's private style advisor. For each seller the leader rates competence
 * (knowledge, skill in practice) and commitment (motivation, confidence) from 1 to 5 and marks
 * the circumstances; core's `recommendStyle` gives the communication style, the relation/system
 * pressure, the reasons, the diagnosis levers and example phrases. What is entered stays in the
 * page unless `storage` says otherwise, and can be exported and deleted.
 *
 * @fires {BalanseSellersChangeEvent} balanse-sellers-change - The leader changed a seller, added, removed or deleted
 *   everything (`sellers`: all of them as they now stand). User actions only.
 * @fires {BalanseDownloadEvent} balanse-download - The export (`filename`, `type`, `content`) is about to download;
 *   cancelable: cancel it to store or send the file yourself.
 *
 * @csspart base - The box around everything.
 * @csspart title - The advisor's title.
 * @csspart intro - The line under the title.
 * @csspart privacy - The privacy note: who may see this, and where it is kept.
 * @csspart storage-notice - Shown when the browser refuses to save.
 * @csspart hint - How the 1–5 ratings read.
 * @csspart empty - Shown when there are no sellers.
 * @csspart sellers - The list of sellers.
 * @csspart seller - One seller: inputs and recommendation.
 * @csspart seller-heading - A seller's name (or number) as a heading.
 * @csspart seller-inputs - The seller's inputs.
 * @csspart label - A text label.
 * @csspart name-input - The name field.
 * @csspart group - A group of inputs (competence, commitment, circumstances).
 * @csspart rating - One 1–5 rating.
 * @csspart rating-option - One option of a rating (label and radio).
 * @csspart flag - One circumstance (label and checkbox).
 * @csspart remove-button - Removes the seller.
 * @csspart recommendation - The model's recommendation for the seller.
 * @csspart incomplete - Shown in place of the recommendation until enough is rated.
 * @csspart style - The recommended style's name.
 * @csspart situation - The situation the style suits.
 * @csspart how - How to lead in this style.
 * @csspart pressure-text - The relation/system pressure in words.
 * @csspart pressure-bar - The pressure as a bar (hidden from assistive technology, which reads the text).
 * @csspart pressure-relation - The relation share of the bar.
 * @csspart pressure-system - The system share of the bar.
 * @csspart pressure-labels - The labels under the bar.
 * @csspart subheading - "Why", "Where to adjust", "Examples of what you can say".
 * @csspart reasons - The reasons.
 * @csspart levers - The diagnosis levers.
 * @csspart phrases - The example phrases.
 * @csspart actions - Add, export and delete.
 * @csspart button - Every button.
 * @csspart add-button - Adds a seller.
 * @csspart export-button - Downloads the JSON export.
 * @csspart delete-button - Asks to delete everything.
 * @csspart confirm - The delete confirmation.
 * @csspart confirm-button - Confirms deleting everything.
 * @csspart cancel-button - Keeps everything.
 *
 * @cssproperty --balanse-style-advisor-gap - Space between the pieces.
 * @cssproperty --balanse-style-advisor-card-background - A seller's background.
 * @cssproperty --balanse-style-advisor-accent - Buttons and the chosen rating.
 * @cssproperty --balanse-style-advisor-accent-contrast - Text on the accent.
 * @cssproperty --balanse-style-advisor-relation-color - The relation share of the pressure bar.
 * @cssproperty --balanse-style-advisor-system-color - The system share of the pressure bar.
 * @cssproperty --balanse-style-advisor-danger - The delete buttons and the confirmation.
 * @cssproperty --balanse-style-advisor-privacy-border - The privacy note's border.
 */
export class BalanseStyleAdvisor extends BalanseElement {
  static override styles = styleAdvisorStyles;

  static override properties = {
    ...BalanseElement.properties,
    sellers: { attribute: false },
    weakFoundation: { type: Boolean, attribute: 'weak-foundation' },
    storage: {},
    advisorId: { attribute: 'advisor-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    _confirming: { state: true },
    _announcement: { state: true },
    _storageFailed: { state: true },
  };

  /** The sellers and what the leader entered for each; set it to restore them, read it to keep them. */
  declare sellers: readonly AdvisorSeller[];
  /** The team's administration foundation is weak (from its balance): adds the structure lever. */
  declare weakFoundation: boolean;
  /** Where entries are kept: `none` (default, this page only), `local` or `session` (this browser). */
  declare storage: AdvisorStorage;
  /** Names this advisor's storage; give each leader on a shared browser their own. */
  declare advisorId: string;
  /** The level of the advisor's heading (default 2); each seller's is one below. */
  declare headingLevel: number;

  declare private _confirming: boolean;
  declare private _announcement: string;
  declare private _storageFailed: boolean;

  constructor() {
    super();
    this.sellers = [];
    this.weakFoundation = false;
    this.storage = 'none';
    this.advisorId = '';
    this.headingLevel = 2;
    this._confirming = false;
    this._announcement = '';
    this._storageFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Recommendations stay pending when the chunk cannot load (network, CSP); reconnecting tries again.
    if (!recommendModule.value)
      this.loadLazily(
        'recommend',
        recommendModule.load(),
        () => {},
        () => {},
      );
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sellers') && this.sellers !== changed.get('sellers')) {
      // Host data is trusted for shape only after normalising: ids, 1–5 ratings, booleans.
      const normal = normalizeSellers(this.sellers);
      if (JSON.stringify(normal) !== JSON.stringify(this.sellers)) this.sellers = normal;
    }
    if (changed.has('storage') || changed.has('advisorId')) this.#restore();
  }

  /** Loads what this advisor saved, when the host enabled storage. */
  #restore(): void {
    this._storageFailed = false;
    if (this.storage !== 'local' && this.storage !== 'session') return;
    const stored = loadSellers(this.storage, this.advisorId);
    if (stored === false) this._storageFailed = true;
    else if (stored) this.sellers = stored;
  }

  #persist(): void {
    if (this.storage !== 'local' && this.storage !== 'session') return;
    this._storageFailed = !saveSellers(this.storage, this.advisorId, this.sellers);
  }

  /** Applies a user's change: keeps it, saves it where allowed, and tells the host. */
  #commit(sellers: AdvisorSeller[], announcement = ''): void {
    this.sellers = sellers;
    this._announcement = announcement;
    this.#persist();
    this.emit(new BalanseSellersChangeEvent({ sellers }));
  }

  #recommend(seller: AdvisorSeller): StyleRecommendation | null {
    const input = toSellerInput(seller, this.weakFoundation);
    const recommend = recommendModule.value?.recommendStyle;
    if (!input || !recommend) return null;
    try {
      return recommend(input);
    } catch {
      return null;
    }
  }

  #displayName(seller: AdvisorSeller, index: number): string {
    return seller.name.trim() || formatMessage(STRINGS[this.locale].seller, { n: index + 1 }, this.locale);
  }

  #update(id: string, change: (s: AdvisorSeller) => AdvisorSeller): void {
    const index = this.sellers.findIndex((s) => s.id === id);
    const before = this.sellers[index];
    if (!before) return;
    const after = change(before);
    const sellers = this.sellers.map((s) => (s.id === id ? after : s));
    const was = this.#recommend(before)?.style;
    const now = this.#recommend(after)?.style;
    const announcement =
      now && now !== was
        ? formatMessage(
            STRINGS[this.locale].announce,
            { name: this.#displayName(after, index), style: recommendModule.value?.styleName(this.locale, now) ?? now },
            this.locale,
          )
        : '';
    this.#commit(sellers, announcement);
  }

  #onName(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id;
    if (id) this.#update(id, (s) => ({ ...s, name: input.value }));
  }

  #onRating(event: Event): void {
    const input = event.target as HTMLInputElement;
    const field = input.dataset.field as 'competence' | 'commitment';
    const at = Number(input.dataset.index);
    const value = Number(input.value) as Rating;
    const id = input.dataset.id;
    if (!id) return;
    this.#update(id, (s) => {
      const pair: [Rating | null, Rating | null] = [s[field][0], s[field][1]];
      pair[at] = value;
      return { ...s, [field]: pair };
    });
  }

  #onFlag(event: Event): void {
    const input = event.target as HTMLInputElement;
    const flag = input.dataset.flag as Flag;
    const id = input.dataset.id;
    if (id) this.#update(id, (s) => ({ ...s, [flag]: input.checked }));
  }

  async #add(): Promise<void> {
    const seller = blankSeller();
    this.#commit([...this.sellers, seller]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#name-${seller.id}`)?.focus();
  }

  async #remove(event: Event): Promise<void> {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const index = this.sellers.findIndex((s) => s.id === id);
    const seller = this.sellers[index];
    if (!seller) return;
    const name = this.#displayName(seller, index);
    const sellers = this.sellers.filter((s) => s.id !== id);
    this.#commit(sellers, formatMessage(STRINGS[this.locale].removed, { name }, this.locale));
    await this.updateComplete;
    // Focus goes where the removed seller was: the next one, the previous one, or "Add".
    const next = sellers[index] ?? sellers[index - 1];
    this.renderRoot.querySelector<HTMLElement>(next ? `#name-${next.id}` : '[part~="add-button"]')?.focus();
  }

  #export(): void {
    const loaded = recommendModule.value;
    if (!loaded) {
      void recommendModule.load().then(() => this.#export());
      return;
    }
    loaded.exportSellers(this, {
      locale: this.locale,
      weakFoundation: this.weakFoundation,
      sellers: this.sellers,
      recommend: (seller) => this.#recommend(seller),
    });
  }

  async #askDelete(): Promise<void> {
    this._confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="cancel-button"]')?.focus();
  }

  async #cancelDelete(): Promise<void> {
    this._confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="delete-button"]')?.focus();
  }

  async #confirmDelete(): Promise<void> {
    this._confirming = false;
    clearSellers(this.advisorId);
    this.sellers = [];
    this._storageFailed = false;
    this._announcement = STRINGS[this.locale].deleted;
    this.emit(new BalanseSellersChangeEvent({ sellers: [] }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="add-button"]')?.focus();
  }

  /** The rated sellers as `buildReport`'s `sellers`, for the leader's private report. */
  reportSellers(): ReportSellerInput[] {
    return toReportSellers(this.sellers);
  }

  #heading(level: number, content: unknown, id: string, part: string): TemplateResult {
    return html`<div role="heading" aria-level=${Math.min(6, Math.max(1, level))} id=${id} part=${part} class=${part}>${content}</div>`;
  }

  #renderRating(
    seller: AdvisorSeller,
    field: 'competence' | 'commitment',
    index: 0 | 1,
    label: string,
  ): TemplateResult {
    const value = seller[field][index];
    return html`<fieldset part="rating" class="rating" aria-describedby="hint">
      <legend>${label}</legend>
      <div class="options">
        ${RATINGS.map(
          (v) => html`<label part="rating-option" class="option">
            <input
              type="radio"
              name=${`${seller.id}-${field}-${index}`}
              value=${v}
              .checked=${live(value === v)}
              data-id=${seller.id}
              data-field=${field}
              data-index=${index}
              @change=${this.#onRating}
            />
            <span>${v}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderSeller(seller: AdvisorSeller, index: number): TemplateResult {
    const s = STRINGS[this.locale];
    const id = seller.id;
    const name = this.#displayName(seller, index);
    return html`<li part="seller" class="seller" aria-labelledby=${`h-${id}`}>
      ${this.#heading(this.headingLevel + 1, name, `h-${id}`, 'seller-heading')}
      <div class="seller-body">
        <div part="seller-inputs" class="inputs">
          <div class="field">
            <label part="label" for=${`name-${id}`}>${s.name}</label>
            <input
              part="name-input"
              id=${`name-${id}`}
              type="text"
              autocomplete="off"
              spellcheck="false"
              maxlength="200"
              .value=${live(seller.name)}
              data-id=${id}
              @input=${this.#onName}
            />
          </div>
          <fieldset part="group" class="group">
            <legend>${s.competence}</legend>
            ${this.#renderRating(seller, 'competence', 0, s.knowledge)} ${this.#renderRating(seller, 'competence', 1, s.skill)}
          </fieldset>
          <fieldset part="group" class="group">
            <legend>${s.commitment}</legend>
            ${this.#renderRating(seller, 'commitment', 0, s.motivation)} ${this.#renderRating(seller, 'commitment', 1, s.confidence)}
          </fieldset>
          <fieldset part="group" class="group">
            <legend>${s.flags}</legend>
            ${FLAGS.map(
              (flag) => html`<label part="flag" class="flag">
                <input type="checkbox" .checked=${live(seller[flag])} data-id=${id} data-flag=${flag} @change=${this.#onFlag} />
                <span>${flag === 'newInRole' ? formatMessage(s.newInRole, { months: NEW_IN_ROLE_MONTHS }, this.locale) : s[flag]}</span>
              </label>`,
            )}
          </fieldset>
          <button part="button remove-button" class="button secondary" type="button" data-id=${id} @click=${this.#remove}>
            ${formatMessage(s.remove, { name }, this.locale)}
          </button>
        </div>
        ${
          recommendModule.value
            ? recommendModule.value.renderRecommendation(this.locale, seller, this.#recommend(seller))
            : html`<div part="recommendation" class="recommendation" aria-busy="true"></div>`
        }
      </div>
    </li>`;
  }

  override render(): TemplateResult {
    const s = STRINGS[this.locale];
    const stored =
      this.storage === 'local' ? s.storedLocal : this.storage === 'session' ? s.storedSession : s.storedNone;
    return html`<div part="base" class="base">
      ${this.#heading(this.headingLevel, s.title, 'title', 'title')}
      <p part="intro">${s.intro}</p>
      <div part="privacy" class="privacy">
        <p class="privacy-title">
          <svg class="lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7Zm2 0h4V5a2 2 0 0 0-4 0Z"></path>
          </svg>
          ${s.privacyTitle}
        </p>
        <p>${s.privacy}</p>
        <p>${stored}</p>
        ${this._storageFailed ? html`<p part="storage-notice" class="storage-notice">${s.storageFailed}</p>` : nothing}
      </div>
      <p part="hint" class="hint" id="hint">${s.scaleHint}</p>
      ${
        this.sellers.length === 0
          ? html`<p part="empty" class="empty">${s.empty}</p>`
          : html`<ol part="sellers" class="sellers" aria-label=${s.sellers}>
            ${repeat(
              this.sellers,
              (seller) => seller.id,
              (seller, i) => this.#renderSeller(seller, i),
            )}
          </ol>`
      }
      <div part="actions" class="actions">
        <button part="button add-button" class="button primary" type="button" @click=${this.#add}>${s.add}</button>
        <button part="button export-button" class="button secondary" type="button" @click=${this.#export}>${s.export}</button>
        <button
          part="button delete-button"
          class="button danger"
          type="button"
          aria-expanded=${this._confirming ? 'true' : 'false'}
          aria-controls="confirm"
          @click=${this.#askDelete}
        >
          ${s.delete}
        </button>
      </div>
      <div part="confirm" class="confirm" id="confirm" role="group" aria-labelledby="confirm-question" ?hidden=${!this._confirming}>
        <p id="confirm-question">${s.confirmDelete}</p>
        <div class="actions">
          <button part="button confirm-button" class="button danger" type="button" @click=${this.#confirmDelete}>${s.confirmYes}</button>
          <button part="button cancel-button" class="button secondary" type="button" @click=${this.#cancelDelete}>${s.cancel}</button>
        </div>
      </div>
      <div class="visually-hidden" role="status">${this._announcement}</div>
    </div>`;
  }
}
