import { css, html, nothing, type PropertyValues } from 'lit';
import type { Participation, Plan, ReportLink, ReportWithPrevious, Round, SurveyLink } from '../api/types.js';
import { LANGUAGE_NAMES } from '../app/strings.js';
import { fmt, formatDate, saveFile } from '../base/format.js';
import { formText } from '../base/form.js';
import { errorText, SHARED_STRINGS } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import { token } from '@balanse/components';
import { TenantView } from '../base/view.js';
import { BalanseNavigateEvent } from '../events.js';
import { STRINGS, type RoundStrings } from './strings.js';

interface RoundUnit {
  id: string;
  parent: string | null;
  name: string;
  headcount: number | null;
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * @summary One round, from draft to its reports: open it, watch participation move (responded
 * against expected per unit, and which units are still below k, nothing more), hand out the survey
 * links (copy, QR code, CSV, personal single-use links for a mail merge), close it, read every
 * unit's report with `<balanse-report>` beside the previous round's, download them all, hand each
 * leader their report link, and see the action plans leaders chose to share. Deleting the round
 * asks first, naming what will be lost.
 *
 * @fires {BalanseNavigateEvent} balanse-navigate - The round was deleted: back to the rounds.
 *
 * @csspart participation - The participation table.
 * @csspart links - The survey links.
 * @csspart reports - The reports section.
 * @csspart report-links - The leaders' report links.
 */
export class BalanseAdminRound extends TenantView {
  static override styles = [
    appStyles,
    css`
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-xs')} ${token('space-m')};
        list-style: none;
        padding: 0;
        margin: 0 0 ${token('space-m')};
      }
      meter {
        inline-size: 10rem;
        max-inline-size: 100%;
        block-size: 1.25rem;
      }
      .link-row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: ${token('space-s')} ${token('space-m')};
        margin-bottom: ${token('space-s')};
      }
      .link-row .mono {
        flex: 1 1 16rem;
        margin: 0;
      }
      details > summary {
        display: inline-flex;
        align-items: center;
        min-height: ${token('target-size')};
        cursor: pointer;
        color: ${token('color-accent')};
      }
      .units {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .inline-form {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: ${token('space-s')} ${token('space-m')};
      }
      .inline-form .field {
        margin: 0;
      }
      .inline-form input,
      .inline-form select {
        width: auto;
      }
      .confirm {
        border: 2px solid ${token('color-danger')};
      }
      balanse-report {
        margin-top: ${token('space-m')};
      }
    `,
  ];

  static override properties = {
    ...TenantView.properties,
    roundId: { attribute: 'round-id' },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    _round: { state: true },
    _units: { state: true },
    _participation: { state: true },
    _updatedAt: { state: true },
    _refreshError: { state: true },
    _links: { state: true },
    _reportLinks: { state: true },
    _confirm: { state: true },
    _actionError: { state: true },
    _reportUnit: { state: true },
    _report: { state: true },
    _reportError: { state: true },
    _plans: { state: true },
  };

  /** The round's id. */
  declare roundId: string;
  /** How often participation is fetched again while the round is open, in ms (default 5000). */
  declare refreshInterval: number;
  declare private _round: Round | null;
  declare private _units: RoundUnit[];
  declare private _participation: Participation[];
  declare private _updatedAt: Date | null;
  /** Why the last refresh of participation failed; the figures shown are then from `_updatedAt`. */
  declare private _refreshError: unknown;
  declare private _links: SurveyLink[];
  declare private _reportLinks: ReportLink[];
  declare private _confirm: '' | 'close' | 'delete';
  declare private _actionError: unknown;
  declare private _reportUnit: string;
  declare private _report: ReportWithPrevious | null;
  declare private _reportError: unknown;
  declare private _plans: { unit: string; plan: Plan }[];

  #timer: ReturnType<typeof setTimeout> | undefined;
  #reportLocale = '';

  constructor() {
    super();
    this.roundId = '';
    this.refreshInterval = 5000;
    this._round = null;
    this._units = [];
    this._participation = [];
    this._updatedAt = null;
    this._refreshError = null;
    this._links = [];
    this._reportLinks = [];
    this._confirm = '';
    this._actionError = null;
    this._reportUnit = '';
    this._report = null;
    this._reportError = null;
    this._plans = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #path(...rest: string[]) {
    return this.tenantPath('rounds', this.roundId, ...rest);
  }

  protected async load(): Promise<void> {
    const api = this.client;
    const round = await api.get<Round>(this.#path());
    this._round = round;
    if (round.status === 'draft') return;
    const [units, participation, links, reportLinks] = await Promise.all([
      api.get<RoundUnit[]>(this.#path('units')),
      api.get<Participation[]>(this.#path('participation')),
      api.get<SurveyLink[]>(this.#path('links')),
      api.get<ReportLink[]>(this.#path('report-links')),
    ]);
    this._units = units;
    this._participation = participation;
    this._updatedAt = new Date();
    this._links = links;
    this._reportLinks = reportLinks;
    if (round.status === 'closed') {
      this._plans = await api.get<{ unit: string; plan: Plan }[]>(this.#path('plans'));
      if (!this._reportUnit && units[0]) this._reportUnit = units[0].id;
      await this.#loadReport();
    }
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this._round?.status !== 'open' || !this.isConnected) return;
    this.#timer = setTimeout(() => void this.#refreshParticipation(), this.refreshInterval);
  }

  async #refreshParticipation(): Promise<void> {
    try {
      this._participation = await this.client.get<Participation[]>(this.#path('participation'));
      this._updatedAt = new Date();
      this._refreshError = null;
    } catch (error) {
      // Say so, beside the time of the figures still shown: a stale count must not pass for a
      // live one. The next refresh tries again; a 401 signs out through the client.
      this._refreshError = error;
    }
    this.#schedule();
  }

  override willUpdate(changed: PropertyValues): void {
    if (
      changed.has('locale') &&
      this._round?.status === 'closed' &&
      this.#reportLocale &&
      this.#reportLocale !== this.locale
    ) {
      void this.#loadReport();
    }
  }

  async #loadReport(): Promise<void> {
    if (!this._reportUnit) return;
    this._reportError = null;
    this.#reportLocale = this.locale;
    try {
      this._report = await this.client.get<ReportWithPrevious>(
        `${this.#path('comparison')}?unit=${encodeURIComponent(this._reportUnit)}&locale=${this.locale}`,
      );
    } catch (error) {
      this._report = null;
      this._reportError = error;
    }
  }

  async #act(action: 'open' | 'close'): Promise<void> {
    this._actionError = null;
    try {
      this._round = await this.client.post<Round>(this.#path(action));
      this._confirm = '';
      const s = STRINGS[this.locale];
      this._status = action === 'open' ? s.opened : s.closedMessage;
      await this.load();
      await this.updateComplete;
      this.focusOn('h1');
    } catch (error) {
      this._actionError = error;
    }
  }

  async #delete(): Promise<void> {
    this._actionError = null;
    try {
      await this.client.delete(this.#path());
      this.emit(new BalanseNavigateEvent(`/t/${this.tenantId}/rounds`));
    } catch (error) {
      this._actionError = error;
    }
  }

  async #askConfirm(kind: 'close' | 'delete'): Promise<void> {
    this._confirm = kind;
    await this.updateComplete;
    this.focusOn('.confirm button');
  }

  async #cancelConfirm(): Promise<void> {
    const kind = this._confirm;
    this._confirm = '';
    await this.updateComplete;
    this.focusOn(`[data-action="${kind}"]`);
  }

  #name(unit: string): string {
    return this._units.find((u) => u.id === unit)?.name ?? unit;
  }

  async #download(kind: 'csv' | 'json'): Promise<void> {
    try {
      const text = await this.client.get<string>(`${this.#path(`reports.${kind}`)}?locale=${this.locale}`, {
        text: true,
      });
      const base = (this._round?.name ?? 'round').replace(/[^\p{L}\p{N}]+/gu, '-');
      saveFile(`${base}-reports.${kind}`, kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', text);
    } catch (error) {
      this._actionError = error;
    }
  }

  #linksCsv(): void {
    const lines = this._links.map((l) => [l.unit, this.#name(l.unit), l.kind, l.url].map(csvField).join(','));
    saveFile('survey-links.csv', 'text/csv;charset=utf-8', `unit,unit_name,kind,url\r\n${lines.join('\r\n')}\r\n`);
  }

  async #personal(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const unit = formText(data, 'unit');
    const count = Number(formText(data, 'count'));
    this._actionError = null;
    try {
      const csv = await this.client.post<string>(this.#path('personal-links'), { json: { unit, count }, text: true });
      saveFile(`personal-links-${unit}.csv`, 'text/csv;charset=utf-8', csv);
      this._status = fmt(STRINGS[this.locale].personalMade, { n: count }, this.locale);
    } catch (error) {
      this._actionError = error;
    }
  }

  async #rotate(unit: string): Promise<void> {
    try {
      const link = await this.client.post<ReportLink>(this.#path('report-links', unit, 'rotate'));
      this._reportLinks = this._reportLinks.map((l) => (l.unit === unit ? link : l));
      this._status = fmt(STRINGS[this.locale].rotated, { unit: this.#name(unit) }, this.locale);
    } catch (error) {
      this._actionError = error;
    }
  }

  #facts(s: RoundStrings, round: Round) {
    const dates = [
      fmt(s.dates, { created: formatDate(round.createdOn, this.locale) }, this.locale),
      round.openedOn ? fmt(s.openedOn, { date: formatDate(round.openedOn, this.locale) }, this.locale) : '',
      round.closedOn ? fmt(s.closedOn, { date: formatDate(round.closedOn, this.locale) }, this.locale) : '',
    ].filter(Boolean);
    return html`<ul class="facts" aria-label=${s.facts}>
      <li><span class="badge">${s[round.status]}</span></li>
      <li>${fmt(s.k, { k: round.k }, this.locale)}</li>
      <li>${fmt(s.language, { language: LANGUAGE_NAMES[round.locale] }, this.locale)}</li>
      <li>${round.selfForm ? s.selfFormOn : s.selfFormOff}</li>
      <li>${dates.join(', ')}</li>
    </ul>`;
  }

  #lifecycle(s: RoundStrings, round: Round) {
    const shared = SHARED_STRINGS[this.locale];
    const answers = this._participation.reduce((sum, p) => sum + p.responded, 0);
    return html`<section class="card" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">${s.lifecycle}</h2>
      ${round.status === 'draft' ? html`<p>${s.openIntro}</p>` : nothing}
      ${round.status === 'open' ? html`<p>${s.closeIntro}</p>` : nothing}
      <div class="actions">
        ${
          round.status === 'draft'
            ? html`<button type="button" data-action="open" @click=${() => void this.#act('open')}>${s.openRound}</button>`
            : nothing
        }
        ${
          round.status === 'open'
            ? html`<button type="button" data-action="close" @click=${() => void this.#askConfirm('close')}>
              ${s.closeRound}
            </button>`
            : nothing
        }
        <button type="button" class="secondary" data-action="delete" @click=${() => void this.#askConfirm('delete')}>
          ${s.deleteRound}
        </button>
      </div>
      ${
        this._confirm
          ? html`<div class="message confirm" role="alertdialog" aria-labelledby="confirm-text">
            <p id="confirm-text">
              ${
                this._confirm === 'close'
                  ? fmt(s.confirmClose, { name: round.name }, this.locale)
                  : fmt(s.confirmDelete, { name: round.name, answers }, this.locale)
              }
            </p>
            <div class="actions">
              ${
                this._confirm === 'close'
                  ? html`<button type="button" @click=${() => void this.#act('close')}>${s.confirmCloseYes}</button>`
                  : html`<button type="button" class="danger" @click=${() => void this.#delete()}>
                    ${fmt(s.confirmDeleteYes, { name: round.name }, this.locale)}
                  </button>`
              }
              <button type="button" class="secondary" @click=${() => void this.#cancelConfirm()}>${shared.cancel}</button>
            </div>
          </div>`
          : nothing
      }
      ${
        this._actionError
          ? html`<p class="message error" role="alert">${errorText(this._actionError, this.locale)}</p>`
          : nothing
      }
    </section>`;
  }

  #participation(s: RoundStrings, round: Round) {
    const rows = this._participation;
    const below = rows.filter((p) => p.responded < round.k).map((p) => this.#name(p.unit));
    const total = rows.reduce((sum, p) => sum + p.responded, 0);
    return html`<section aria-labelledby="participation-title">
      <h2 id="participation-title">${s.participation}</h2>
      <p>${s.participationIntro}</p>
      <div class="table-wrap" tabindex="0">
        <table part="participation">
          <caption class="visually-hidden">${s.participation}</caption>
          <thead>
            <tr>
              <th scope="col">${s.unit}</th>
              <th scope="col">${s.responded}</th>
              <th scope="col"><span class="visually-hidden">${s.belowK}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (p) => html`<tr data-unit=${p.unit}>
                <th scope="row">${this.#name(p.unit)}</th>
                <td>
                  ${
                    p.expected
                      ? html`<meter
                        min="0"
                        max=${p.expected}
                        value=${Math.min(p.responded, p.expected)}
                        aria-hidden="true"
                      ></meter>`
                      : nothing
                  }
                  <span data-count>${
                    p.expected !== null
                      ? fmt(s.respondedOf, { responded: p.responded, expected: p.expected }, this.locale)
                      : fmt(s.respondedOnly, { responded: p.responded }, this.locale)
                  }</span>
                </td>
                <td>${p.responded < round.k ? html`<span class="badge">${s.belowK}</span>` : nothing}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${s.total}</th>
              <td>${total}</td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        ${
          below.length > 0
            ? fmt(s.belowKList, { k: round.k, units: below.join(', ') }, this.locale)
            : fmt(s.allAboveK, { k: round.k }, this.locale)
        }
      </p>
      ${
        round.status === 'open'
          ? html`${
              this._refreshError
                ? html`<p class="message error" role="status" data-stale>
                    ${errorText(this._refreshError, this.locale)}
                    ${this._updatedAt ? fmt(s.stale, { time: this.#time(this._updatedAt) }, this.locale) : ''}
                  </p>`
                : html`<p class="hint">
                    ${this._updatedAt ? fmt(s.updated, { time: this.#time(this._updatedAt) }, this.locale) : ''}
                  </p>`
            }
            <button type="button" class="secondary" @click=${() => void this.#refreshParticipation()}>${s.refresh}</button>`
          : nothing
      }
    </section>`;
  }

  #time(date: Date): string {
    return date.toLocaleTimeString(this.locale === 'en' ? 'en-GB' : this.locale);
  }

  #linkRow(s: RoundStrings, url: string, what: string, unit: string) {
    const shared = SHARED_STRINGS[this.locale];
    const name = this.#name(unit);
    return html`<div class="link-row">
      <p class="mono"><a href=${url} target="_blank" rel="noopener noreferrer">${url}</a></p>
      <button type="button" class="secondary" aria-label=${fmt(s.copyLink, { what, unit: name }, this.locale)} @click=${() => void this.copy(url)}>
        ${shared.copy}
      </button>
      <details>
        <summary>${s.qr}</summary>
        <balanse-qr-code value=${url} label=${fmt(s.qrLabel, { what, unit: name }, this.locale)}></balanse-qr-code>
      </details>
    </div>`;
  }

  #linksSection(s: RoundStrings) {
    return html`<section part="links" aria-labelledby="links-title">
      <h2 id="links-title">${s.links}</h2>
      <p>${s.linksIntro}</p>
      <ul class="units">
        ${this._units.map((u) => {
          const team = this._links.find((l) => l.unit === u.id && l.kind === 'team');
          const self = this._links.find((l) => l.unit === u.id && l.kind === 'self');
          return html`<li class="card" data-unit=${u.id}>
            <h3>${u.name}</h3>
            ${team ? html`<h4>${s.teamLink}</h4>${this.#linkRow(s, team.url, s.teamLink, u.id)}` : nothing}
            ${self ? html`<h4>${s.selfLink}</h4>${this.#linkRow(s, self.url, s.selfLink, u.id)}` : nothing}
          </li>`;
        })}
      </ul>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.#linksCsv()}>${s.linksCsv}</button>
      </div>
      <section class="card" aria-labelledby="personal-title">
        <h3 id="personal-title">${s.personalTitle}</h3>
        <p>${s.personalIntro}</p>
        <form class="inline-form" @submit=${(e: SubmitEvent) => void this.#personal(e)}>
          <div class="field">
            <label for="personal-unit">${s.personalUnit}</label>
            <select id="personal-unit" name="unit">
              ${this._units.map((u) => html`<option value=${u.id}>${u.name}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="personal-count">${s.personalCount}</label>
            <input id="personal-count" name="count" type="number" min="1" max="5000" value="10" />
          </div>
          <button type="submit">${s.personalMake}</button>
        </form>
      </section>
    </section>`;
  }

  #reportsSection(s: RoundStrings) {
    const report = this._report;
    return html`<section part="reports" aria-labelledby="reports-title">
      <h2 id="reports-title">${s.reports}</h2>
      <p>${s.reportsIntro}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => void this.#download('csv')}>${s.downloadCsv}</button>
        <button type="button" class="secondary" @click=${() => void this.#download('json')}>${s.downloadJson}</button>
      </div>
      <div class="field">
        <label for="report-unit">${s.showReport}</label>
        <select
          id="report-unit"
          name="report-unit"
          @change=${(e: Event) => {
            this._reportUnit = (e.target as HTMLSelectElement).value;
            void this.#loadReport();
          }}
        >
          ${this._units.map((u) => html`<option value=${u.id} ?selected=${u.id === this._reportUnit}>${u.name}</option>`)}
        </select>
      </div>
      ${
        this._reportError
          ? html`<p class="message error" role="alert">${errorText(this._reportError, this.locale)}</p>`
          : nothing
      }
      ${
        report
          ? html`<balanse-report .report=${report.report}></balanse-report>
            ${
              report.previous
                ? html`<section aria-labelledby="previous-title">
                  <h3 id="previous-title">${fmt(s.previous, { name: report.previous.round.name }, this.locale)}</h3>
                  <balanse-report heading-level="4" .report=${report.previous.report}></balanse-report>
                </section>`
                : html`<p class="muted">${s.noPrevious}</p>`
            }`
          : nothing
      }
    </section>`;
  }

  #reportLinksSection(s: RoundStrings) {
    return html`<section part="report-links" aria-labelledby="report-links-title">
      <h2 id="report-links-title">${s.reportLinks}</h2>
      <p>${s.reportLinksIntro}</p>
      <ul class="units">
        ${this._reportLinks.map(
          (l) => html`<li class="card" data-unit=${l.unit}>
            <h3>${this.#name(l.unit)}</h3>
            ${this.#linkRow(s, l.url, s.reportLink, l.unit)}
            <button type="button" class="secondary" @click=${() => void this.#rotate(l.unit)}>
              ${fmt(s.rotate, { unit: this.#name(l.unit) }, this.locale)}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #plansSection(s: RoundStrings) {
    return html`<section aria-labelledby="plans-title">
      <h2 id="plans-title">${s.plans}</h2>
      <p>${s.plansIntro}</p>
      ${
        this._plans.length === 0
          ? html`<p class="muted">${s.noPlans}</p>`
          : html`<ul class="units">
            ${this._plans.map(
              (p) => html`<li class="card">
                <h3>${this.#name(p.unit)}</h3>
                <ol>
                  ${p.plan.actions.map(
                    (a) => html`<li>
                      <strong>${a.title}</strong><br />
                      ${fmt(s.nextStep, { text: a.nextStep }, this.locale)}<br />
                      <span class="muted">${fmt(s.followUp, { date: formatDate(a.followUp, this.locale) }, this.locale)}</span>
                    </li>`,
                  )}
                </ol>
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }

  override render() {
    const s = STRINGS[this.locale];
    const round = this._round;
    return html`
      <h1 tabindex="-1">${round?.name ?? s.heading}</h1>
      ${this.statusLine()} ${this.loadState()}
      ${
        round
          ? html`${this.#facts(s, round)} ${this.#lifecycle(s, round)}
          ${round.status === 'draft' ? html`<p>${s.notOpenYet}</p>` : this.#participation(s, round)}
          ${round.status === 'open' ? this.#linksSection(s) : nothing}
          ${
            round.status === 'closed'
              ? html`${this.#reportsSection(s)} ${this.#reportLinksSection(s)} ${this.#plansSection(s)}`
              : nothing
          }`
          : nothing
      }
    `;
  }
}
