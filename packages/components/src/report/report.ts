import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  bandsTexts,
  CHARACTERISTICS,
  numberFormat,
  formatMessage,
  type Locale,
  type Report,
  type ReportScale,
  type ReportSeller,
} from '@balanse/core';
import { BalanseElement } from '../base/balanse-element.js';
import { downloadFile } from '../base/download.js';
import { reportStyles } from './report.styles.js';
import { STRINGS } from './strings.js';
import type { ReportValidation } from './validate.js';

/** A heading of `level` (clamped to 1–6) as a real h1–h6, so print, reader modes and assistive technology see it. */
function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  const l = Math.min(6, Math.max(1, Math.round(level)));
  const i = id ?? nothing;
  switch (l) {
    case 1:
      return html`<h1 part=${part} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${i}>${content}</h6>`;
  }
}

const pct = (v: number) => `${Math.min(100, Math.max(0, v))}%`;

/**
 * @summary The department report: renders a core `Report` (from `buildReport`) as a readable,
 * printable document: headline, culture zone map, balance board, results per area with interval
 * and agreement, leader-versus-team gaps, the five characteristics, the model's advice,
 * participation and data quality, the leader's private section, and the department overview.
 * With too few answers it shows participation only. Downloads the aggregated results as JSON
 * and CSV. It never receives or shows an individual's answers: a Report holds none.
 *
 * @fires {BalanseDownloadEvent} balanse-download - A JSON or CSV download (`filename`, `type`, `content`) is about to
 *   start; cancelable: cancel it to store or send the file yourself.
 *
 * @csspart base - The report document.
 * @csspart header - Title, subtitle, audience, metadata and the buttons.
 * @csspart title - The report's title.
 * @csspart subtitle - The team the report is about.
 * @csspart audience - Who may read this version; marked private for the leader's version.
 * @csspart meta - When the report was made and with which instrument.
 * @csspart actions - The download and print buttons (not printed).
 * @csspart button - Every button.
 * @csspart section - Every section (also `data-section`).
 * @csspart heading - Every section heading.
 * @csspart headline - The key findings.
 * @csspart participation - Participation and, when suppressed, why no results are shown.
 * @csspart suppressed - The "results are shown from k answers" message.
 * @csspart zone-map - The `<balanse-zone-map>` inside; its own parts are not forwarded, its hooks (custom properties) reach it.
 * @csspart balance-board - The `<balanse-balance-board>` inside; likewise themed through its hooks.
 * @csspart scale - One area's result.
 * @csspart scale-track - The 0–100 track with the interval and the mean (hidden from assistive technology, which reads the text).
 * @csspart scale-interval - The interval band on the track.
 * @csspart scale-mean - The mean on the track.
 * @csspart scale-cut - The cut on the track.
 * @csspart distribution - The answers per band, as text and a bar.
 * @csspart note - Notes that qualify a section (interval help, "not headline metrics", self note).
 * @csspart table - Every table (gaps, characteristics).
 * @csspart advice - One piece of advice.
 * @csspart private - The leader's private section.
 * @csspart private-badge - The "Private" marker.
 * @csspart seller - One seller in the private section.
 * @csspart pressure-bar - A seller's relation/system pressure as a bar.
 * @csspart unit - One unit of the department overview.
 * @csspart error - The message shown for an invalid report.
 * @csspart empty - The message shown with no report.
 *
 * @cssproperty --balanse-report-gap - Space between sections.
 * @cssproperty --balanse-report-max-width - The document's largest width (default 60rem).
 * @cssproperty --balanse-report-section-background - A section's background.
 * @cssproperty --balanse-report-section-border - A section's border colour.
 * @cssproperty --balanse-report-accent - Buttons, the mean on a track and the interval band.
 * @cssproperty --balanse-report-accent-contrast - Text on the accent.
 * @cssproperty --balanse-report-private-color - The private section's border and badge.
 * @cssproperty --balanse-report-heading-size - The title's font size.
 */
export class BalanseReport extends BalanseElement {
  static override styles = reportStyles;

  static override properties = {
    ...BalanseElement.properties,
    report: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    _result: { state: true },
  };

  /** The report to show, from core's `buildReport` (or stored and loaded again); it is validated before anything is shown. */
  declare report: Report | null;
  /** The level of the report's title heading (default 2); sections are one below. */
  declare headingLevel: number;

  declare private _result: ReportValidation | null;

  #run = 0;
  #csv: ((report: Report) => string) | undefined;

  constructor() {
    super();
    this.report = null;
    this.headingLevel = 2;
    this._result = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.#validate(this.report);
  }

  /**
   * Validates the report with core's schema, loaded on first use; the latest report wins. The
   * previous report stays on screen until the new one is checked, so an update never flashes.
   */
  #validate(value: unknown): void {
    const run = ++this.#run;
    if (value === null || value === undefined) {
      this._result = null;
      return;
    }
    const validation = import('./validate.js').then(
      (m) => {
        this.#csv = m.reportToCsv;
        if (run === this.#run) this._result = m.validateReport(value);
      },
      () => {
        if (run === this.#run) this._result = { ok: false, detail: 'validate.js' };
      },
    );
    // `updateComplete` resolves once the report has been validated and rendered (or refused).
    this.waitFor(validation);
  }

  #valid(): Report | null {
    return this._result?.ok ? this._result.report : null;
  }

  #downloadJson(): void {
    const report = this.#valid();
    if (!report) return;
    downloadFile(this, {
      filename: 'balanse-report.json',
      type: 'application/json',
      content: `${JSON.stringify(report, null, 2)}\n`,
    });
  }

  #downloadCsv(): void {
    const report = this.#valid();
    if (!report || !this.#csv) return;
    // A byte-order mark so spreadsheet programs read æ, ø and å as UTF-8.
    downloadFile(this, {
      filename: 'balanse-report.csv',
      type: 'text/csv;charset=utf-8',
      content: `\uFEFF${this.#csv(report)}`,
    });
  }

  #print(): void {
    window.print();
  }

  #renderScale(scale: ReportScale, locale: Locale, level: number): TemplateResult {
    const r = scale.result;
    const s = STRINGS[locale];
    const bands = bandsTexts[locale];
    const cut = this.#valid()?.zone?.cut ?? this.#valid()?.balance?.cut;
    if (!r) {
      return html`<li part="scale" class="scale suppressed-scale" data-scale=${scale.scale}>
        ${heading(level, scale.name)}
        <p class="muted">${scale.description}</p>
        <p>${scale.suppressedText}</p>
      </li>`;
    }
    const d = r.distribution;
    const total = d.favourable + d.neutral + d.unfavourable || 1;
    const fmt = numberFormat(locale);
    return html`<li part="scale" class="scale" data-scale=${scale.scale}>
      ${heading(level, scale.name)}
      <p class="muted">${scale.description}</p>
      <p class="score"><strong>${r.scoreText}</strong> <span>${r.intervalText}</span> <span class="muted">${formatMessage(s.respondents, { n: r.n }, locale)}</span></p>
      <div part="scale-track" class="track" aria-hidden="true">
        <span part="scale-interval" class="interval" style=${styleMap({ left: pct(r.interval[0]), width: pct(r.interval[1] - r.interval[0]) })}></span>
        ${cut !== undefined ? html`<span part="scale-cut" class="cut" style=${styleMap({ left: pct(cut) })}></span>` : nothing}
        <span part="scale-mean" class="mean" style=${styleMap({ left: pct(r.mean) })}></span>
      </div>
      <p>${r.agreementText}</p>
      <div part="distribution" class="distribution">
        <p>
          ${formatMessage(
            s.distribution,
            {
              favourable: bands.favourable,
              favourableCount: fmt.format(d.favourable),
              neutral: bands.neutral.toLocaleLowerCase(locale),
              neutralCount: fmt.format(d.neutral),
              unfavourable: bands.unfavourable.toLocaleLowerCase(locale),
              unfavourableCount: fmt.format(d.unfavourable),
            },
            locale,
          )}
        </p>
        <div class="stack" aria-hidden="true">
          <span class="band favourable" style=${styleMap({ width: pct((d.favourable / total) * 100) })}></span>
          <span class="band neutral" style=${styleMap({ width: pct((d.neutral / total) * 100) })}></span>
          <span class="band unfavourable" style=${styleMap({ width: pct((d.unfavourable / total) * 100) })}></span>
        </div>
      </div>
      ${r.missingText ? html`<p class="muted">${r.missingText}</p>` : nothing}
    </li>`;
  }

  #renderGaps(report: Report, locale: Locale, level: number): TemplateResult | typeof nothing {
    const gaps = report.gaps;
    if (!gaps) return nothing;
    const s = STRINGS[locale];
    const fmt = numberFormat(locale);
    const fmt1 = numberFormat(locale, 1);
    const items = (title: string, list: typeof gaps.itemsHigher) =>
      list.length > 0
        ? html`${heading(level + 1, title)}
            <ul class="items">
              ${list.map((i) => html`<li>${i.text} <span class="muted">${formatMessage(s.itemValues, { self: fmt1.format(i.self), team: fmt1.format(i.team) }, locale)}</span></li>`)}
            </ul>`
        : nothing;
    return html`<section part="section" class="section page" data-section="gaps">
      ${heading(level, report.headings.gaps, 'heading', 'gaps-heading')}
      <p part="note" class="note">${gaps.note}</p>
      <div class="table-wrap" role="group" aria-labelledby="gaps-heading" tabindex="0">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${s.scaleArea}</th>
              <th scope="col" class="num">${s.self}</th>
              <th scope="col" class="num">${s.team}</th>
              <th scope="col" class="num">${s.difference}</th>
              <th scope="col">${s.reading}</th>
            </tr>
          </thead>
          <tbody>
            ${gaps.rows.map(
              (g) => html`<tr data-label=${g.label}>
                <th scope="row">${g.name}</th>
                <td class="num">${fmt.format(g.self)}</td>
                <td class="num">${fmt.format(g.team)}</td>
                <td class="num">${g.gapText}</td>
                <td>
                  <strong>${g.labelName}</strong>${g.large ? html` <span class="tag">${s.large}</span>` : nothing}
                  <span class="muted block">${g.labelText}</span>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${items(s.itemsHigher, gaps.itemsHigher)} ${items(s.itemsLower, gaps.itemsLower)}
      ${gaps.itemsNote ? html`<p part="note" class="note">${gaps.itemsNote}</p>` : nothing}
    </section>`;
  }

  #renderCharacteristics(report: Report, locale: Locale, level: number): TemplateResult | typeof nothing {
    const c = report.characteristics;
    if (!c) return nothing;
    const s = STRINGS[locale];
    const fmt = numberFormat(locale);
    return html`<section part="section" class="section" data-section="characteristics">
      ${heading(level, report.headings.characteristics, 'heading', 'characteristics-heading')}
      <p part="note" class="note">${c.note}</p>
      <div class="table-wrap" role="group" aria-labelledby="characteristics-heading" tabindex="0">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${s.characteristic}</th>
              <th scope="col" class="num">${s.value}</th>
              <th scope="col" class="num">${s.interval}</th>
              <th scope="col">${s.status}</th>
            </tr>
          </thead>
          <tbody>
            ${CHARACTERISTICS.map((characteristic) => {
              const row = c.rows.find((r) => r.characteristic === characteristic);
              if (row) {
                return html`<tr data-characteristic=${characteristic}>
                  <th scope="row">${row.name}<span class="muted block">${row.description}</span></th>
                  <td class="num">${fmt.format(row.mean)}</td>
                  <td class="num">${fmt.format(row.interval[0])}–${fmt.format(row.interval[1])}</td>
                  <td>${row.statusText}</td>
                </tr>`;
              }
              // Hidden by the release rules: the row stays, with the reason in place of the figures.
              const hidden = c.notShown.find((r) => r.characteristic === characteristic);
              return hidden
                ? html`<tr data-characteristic=${characteristic} data-hidden="">
                    <th scope="row">${hidden.name}</th>
                    <td class="num">–</td>
                    <td class="num">–</td>
                    <td>${hidden.text}</td>
                  </tr>`
                : nothing;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #renderSeller(seller: ReportSeller, locale: Locale, level: number): TemplateResult {
    const s = STRINGS[locale];
    return html`<li part="seller" class="seller">
      ${heading(level, seller.name)}
      <p><strong>${formatMessage(s.styleFor, { style: seller.styleName, situation: seller.situation }, locale)}</strong></p>
      <p>${seller.how}</p>
      <p>${seller.pressureText}</p>
      <div part="pressure-bar" class="pressure" aria-hidden="true">
        <span class="relation" style=${styleMap({ width: pct(seller.pressure.relation) })}></span>
        <span class="system" style=${styleMap({ width: pct(seller.pressure.system) })}></span>
      </div>
      <p class="sub">${s.reasons}</p>
      <ul>
        ${seller.reasons.map((r) => html`<li>${r}</li>`)} ${seller.levers.map((l) => html`<li>${l.text}</li>`)}
      </ul>
      <p class="sub">${s.phrases}</p>
      <ul class="phrases">
        ${seller.phrases.map((p) => html`<li>${p}</li>`)}
      </ul>
    </li>`;
  }

  #renderReport(report: Report): TemplateResult {
    const locale = report.locale;
    const s = STRINGS[locale];
    const h = report.headings;
    const level = this.headingLevel;
    const ok = report.status === 'ok';
    return html`<article part="base" class="base" lang=${locale} data-status=${report.status} data-audience=${report.audience}>
      <header part="header" class="header">
        ${heading(level, report.title, 'title')}
        ${report.subtitle ? html`<p part="subtitle" class="subtitle">${report.subtitle}</p>` : nothing}
        <p part="audience" class=${report.audience === 'leader' ? 'audience private-audience' : 'audience'}>
          ${report.audience === 'leader' ? html`<span part="private-badge" class="badge">${s.privateBadge}</span> ` : nothing}${report.audienceText}
        </p>
        <p part="meta" class="meta muted">
          ${report.generatedText ? html`<span>${report.generatedText}</span><span aria-hidden="true"> · </span>` : nothing}<span>${report.instrument.text}</span>
        </p>
        <div part="actions" class="actions" role="group" aria-label=${s.actions}>
          <button part="button" class="button" type="button" data-action="json" @click=${this.#downloadJson}>${s.downloadJson}</button>
          <button part="button" class="button" type="button" data-action="csv" @click=${this.#downloadCsv}>${s.downloadCsv}</button>
          <button part="button" class="button" type="button" data-action="print" @click=${this.#print}>${s.print}</button>
        </div>
      </header>

      ${
        ok && report.headline
          ? html`<section part="section headline" class="section headline" data-section="headline">
            ${heading(level + 1, h.headline)}
            <p class="lead">${report.headline.zone}</p>
            <p class="lead">${report.headline.balance}</p>
          </section>`
          : nothing
      }

      <section part="section participation" class="section" data-section="participation">
        ${heading(level + 1, h.participation)}
        <p class=${ok ? '' : 'lead'}>${report.participation.text}</p>
        ${report.suppressedText ? html`<p part="suppressed" class="suppressed">${report.suppressedText}</p>` : nothing}
        ${report.participation.incompleteText ? html`<p>${report.participation.incompleteText}</p>` : nothing}
      </section>

      ${
        report.zone
          ? html`<section part="section" class="section" data-section="zone">
            ${heading(level + 1, h.zone)}
            ${keyed(locale, html`<balanse-zone-map part="zone-map" lang=${locale} .zone=${report.zone}></balanse-zone-map>`)}
          </section>`
          : nothing
      }
      ${
        report.balance
          ? html`<section part="section" class="section page" data-section="balance">
            ${heading(level + 1, h.balance)}
            ${keyed(locale, html`<balanse-balance-board part="balance-board" lang=${locale} .balance=${report.balance}></balanse-balance-board>`)}
          </section>`
          : nothing
      }
      ${
        ok
          ? html`<section part="section" class="section" data-section="advice">
            ${heading(level + 1, h.advice)}
            ${
              report.advice.length > 0
                ? html`<ol class="advice-list">
                  ${report.advice.map(
                    (a) => html`<li part="advice" class="advice" data-topic=${a.topic}>
                      ${heading(level + 2, a.title)}
                      <p>${a.text}</p>
                      <p class="tag">${formatMessage(s.lever, { lever: a.leverName }, locale)}</p>
                      ${a.reasons.length > 0 ? html`<ul class="muted">${a.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}
                    </li>`,
                  )}
                </ol>`
                : html`<p>${report.noAdviceText}</p>`
            }
          </section>`
          : nothing
      }
      ${
        report.scales.length > 0
          ? html`<section part="section" class="section page" data-section="scales">
            ${heading(level + 1, h.scales)}
            <p part="note" class="note">${report.intervalHelp}</p>
            <ul class="scales">
              ${report.scales.map((scale) => this.#renderScale(scale, locale, level + 2))}
            </ul>
          </section>`
          : nothing
      }
      ${this.#renderGaps(report, locale, level + 1)} ${this.#renderCharacteristics(report, locale, level + 1)}
      ${
        report.flags
          ? html`<section part="section" class="section" data-section="flags">
            ${heading(level + 1, h.flags)}
            <p>${report.flags.text}</p>
            ${report.flags.sensitivityText ? html`<p>${report.flags.sensitivityText}</p>` : nothing}
          </section>`
          : nothing
      }
      ${
        report.private
          ? html`<section part="section private" class="section page private" data-section="private">
            ${heading(level + 1, html`<span part="private-badge" class="badge">${s.privateBadge}</span> ${h.private}`)}
            <p class="note">${report.private.notice}</p>
            <ul class="sellers">
              ${report.private.sellers.map((seller) => this.#renderSeller(seller, locale, level + 2))}
            </ul>
          </section>`
          : nothing
      }
      ${
        report.department
          ? html`<section part="section" class="section" data-section="department">
            ${heading(level + 1, report.department.name ? `${h.department}: ${report.department.name}` : h.department)}
            <ul class="units">
              ${report.department.units.map((u) =>
                u.status === 'ok'
                  ? html`<li part="unit" data-status="ok">${u.text}</li>`
                  : html`<li part="unit" data-status="suppressed"><strong>${u.name}</strong> <span class="tag">${s.unitHidden}</span> ${u.text}</li>`,
              )}
            </ul>
          </section>`
          : nothing
      }
    </article>`;
  }

  override render(): TemplateResult {
    const s = STRINGS[this.locale];
    if (this.report === null || this.report === undefined) return html`<p part="empty" class="empty">${s.empty}</p>`;
    const result = this._result;
    if (!result) return html`<p part="empty" class="empty" role="status">${s.loading}</p>`;
    if (!result.ok) {
      return html`<div part="error" class="error" role="alert">
        <p><strong>${s.invalid}</strong></p>
        <p class="muted">${formatMessage(s.invalidDetail, { detail: result.detail }, this.locale)}</p>
      </div>`;
    }
    return this.#renderReport(result.report);
  }
}
