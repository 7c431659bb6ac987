import { BalanseElement, token } from '@balanse/components';
import { LOCALES, type Locale } from '@balanse/core';
import { css, html, nothing } from 'lit';
import { ApiClient, ApiError } from '../api/client.js';
import type { PlanWithPrevious, ReportWithPrevious } from '../api/types.js';
import { LANGUAGE_NAMES } from '../app/strings.js';
import { STRINGS as PLAN_STRINGS } from '../action-plan/strings.js';
import { fmt, formatDate } from '../base/format.js';
import { errorText } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import type { BalansePlanChangeEvent } from '../events.js';
import { STRINGS, type LeaderStrings } from './strings.js';

/**
 * @summary The leader's page, opened with the unit's report link: the report (with the
 * department view where the unit has units below it), the leader's action plan, kept on the
 * server behind this link, with last round's plan beside this round's report ("did it change?"),
 * the previous round's report, and the style advisor, private to this browser. A language switch
 * reloads the report in another language.
 *
 * @csspart toolbar - The language switch.
 * @csspart status - Loading and failure messages.
 * @csspart previous-plan - Last round's action plan.
 */
export class BalanseLeaderPage extends BalanseElement {
  static override styles = [
    appStyles,
    css`
      :host {
        max-width: 62rem;
        margin: 0 auto;
        padding: ${token('space-m')} ${token('space-m')} ${token('space-xl')};
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: ${token('space-s')};
      }
      .toolbar label {
        display: flex;
        align-items: center;
        gap: ${token('space-s')};
        margin: 0;
        font-weight: normal;
      }
      .toolbar select {
        width: auto;
      }
      section {
        margin-top: ${token('space-xl')};
      }
      [data-status]:empty {
        display: none;
      }
      .previous-plan {
        border-inline-start: 4px solid ${token('color-accent')};
        background: ${token('color-surface-raised')};
        padding: ${token('space-s')} ${token('space-m')};
        margin: ${token('space-m')} 0;
      }
      .previous-plan ol {
        padding-inline-start: 1.25rem;
      }
    `,
  ];

  static override properties = {
    ...BalanseElement.properties,
    link: {},
    _data: { state: true },
    _plan: { state: true },
    _problem: { state: true },
    _loading: { state: true },
  };

  /** The report link's path, `/r/<tenant>/<secret>`; the page reads `report.json` and `plan` below it. */
  declare link: string;
  declare private _data: ReportWithPrevious | null;
  declare private _plan: PlanWithPrevious | null;
  declare private _problem: string;
  declare private _loading: boolean;

  #api = new ApiClient(null);
  #loadedLocale: Locale | '' = '';

  constructor() {
    super();
    this.link = '';
    this._data = null;
    this._plan = null;
    this._problem = '';
    this._loading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
    this.addEventListener('balanse-plan-change', (e: BalansePlanChangeEvent) => {
      if (this._plan) this._plan = { ...this._plan, plan: e.detail.plan };
    });
  }

  protected override updateLocale(): void {
    super.updateLocale();
    if (this.#loadedLocale && this.#loadedLocale !== this.locale) void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.link) return;
    const s: LeaderStrings = STRINGS[this.locale];
    this.#loadedLocale = this.locale;
    this._loading = true;
    this._problem = '';
    try {
      const [data, plan] = await Promise.all([
        this.#api.get<ReportWithPrevious>(`${this.link}/report.json?locale=${this.locale}`),
        this.#api.get<PlanWithPrevious>(`${this.link}/plan`),
      ]);
      this._data = data;
      this._plan = plan;
    } catch (error) {
      this._problem =
        error instanceof ApiError && error.status === 409
          ? s.unreleased
          : error instanceof ApiError && error.status === 404
            ? s.missing
            : fmt(s.failed, { message: errorText(error, this.locale) }, this.locale);
    } finally {
      this._loading = false;
    }
  }

  #chooseLanguage(event: Event): void {
    // The page's language is the document's: every element on it follows, and the report reloads.
    document.documentElement.lang = (event.target as HTMLSelectElement).value;
  }

  #previousPlan() {
    const previous = this._plan?.previous;
    if (!previous) return nothing;
    const p = PLAN_STRINGS[this.locale];
    return html`<aside class="previous-plan" part="previous-plan" aria-labelledby="previous-plan-title">
      <h2 id="previous-plan-title">${fmt(p.previousTitle, { round: previous.round.name }, this.locale)}</h2>
      <p>${p.previousIntro}</p>
      <ol>
        ${previous.plan.actions.map(
          (a) => html`<li>
            <strong>${a.title}</strong><br />${fmt(p.nextStepLine, { text: a.nextStep }, this.locale)}<br />
            <span class="muted">${fmt(p.followUpLine, { date: formatDate(a.followUp, this.locale) }, this.locale)}</span>
          </li>`,
        )}
      </ol>
    </aside>`;
  }

  override render() {
    const s = STRINGS[this.locale];
    const data = this._data;
    const unit = data?.unit ?? '';
    const tenant = this.link.split('/')[2] ?? '';
    return html`
      <div class="toolbar" part="toolbar">
        <p>${data ? fmt(s.round, { name: data.round.name }, this.locale) : ''}</p>
        <label
          >${s.language}
          <select name="locale" @change=${this.#chooseLanguage}>
            ${LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.locale} lang=${l}>${LANGUAGE_NAMES[l]}</option>`)}
          </select></label
        >
      </div>
      <p data-status part="status" role="status">${this._loading && !data ? s.loading : this._problem}</p>
      ${
        data
          ? html`${this.#previousPlan()}
            <balanse-report heading-level="1" .report=${data.report}></balanse-report>
            <section aria-label=${s.plan}>
              <balanse-action-plan
                .advice=${data.report.advice}
                .plan=${this._plan?.plan ?? null}
                endpoint="${this.link}/plan"
              ></balanse-action-plan>
            </section>
            ${
              data.previous
                ? html`<section aria-labelledby="previous-title">
                  <h2 id="previous-title">${fmt(s.previous, { name: data.previous.round.name }, this.locale)}</h2>
                  <p>${s.previousIntro}</p>
                  <balanse-report heading-level="3" .report=${data.previous.report}></balanse-report>
                </section>`
                : nothing
            }
            <section aria-labelledby="advisor-note">
              <p id="advisor-note" class="hint">${s.advisorIntro}</p>
              <balanse-style-advisor
                storage="local"
                advisor-id="${tenant}:${unit}"
                ?weak-foundation=${data.report.balance?.foundation === 'weak'}
              ></balanse-style-advisor>
            </section>`
          : nothing
      }
    `;
  }
}
