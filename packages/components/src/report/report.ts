import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale, Report } from '@balanse/core';
import { formatMessage } from '@balanse/core/messages';
import { BalanseElement } from '../base/balanse-element.js';
import { lazyModule } from '../base/lazy.js';
import { reportStyles } from './report.styles.js';
import { STRINGS } from './strings.js';
import type { ReportValidation } from './validate.js';

/**
 * Core's ReportSchema (zod) and the report's document (document.ts), loaded when the first report
 * arrives; shared by every report on the page.
 */
const documentModule = lazyModule(() => import('./document.js'));

/**
 * @summary The department report: renders a core `Report` (from `buildReport`) as a readable,
 * printable document: headline, culture zone map, balance board, the linking table read as
 * explanation, results per area with interval and agreement, every question the release rules
 * show (score, average, the three bands, "cannot answer", the strongest and weakest per area), the
 * change since the previous round, leader-versus-team gaps, the five characteristics, the model's
 * advice, participation and data quality, the leader's private section, and the department view
 * (a table of its teams and their spread over the zones). Every chart has a table or text beside it.
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
 * @csspart table - Every table (questions, change, gaps, characteristics, department).
 * @csspart advice - One piece of advice.
 * @csspart private - The leader's private section.
 * @csspart private-badge - The "Private" marker.
 * @csspart seller - One seller in the private section.
 * @csspart pressure-bar - A seller's relation/system pressure as a bar.
 * @csspart items-table - The table of one area's questions (also `table`).
 * @csspart department-table - The department's table of teams (also `table`).
 * @csspart unit - One unit's row in the department table.
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

  constructor() {
    super();
    this.report = null;
    this.headingLevel = 2;
    this._result = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.#validate(this.report);
  }

  /** The report is shown in its own language, which may not be the page's. */
  protected override textLocales(locale: Locale): Locale[] {
    const shown = this.#valid();
    return shown ? [locale, shown.locale] : [locale];
  }

  /**
   * Validates the report with core's schema, loaded on first use; the latest report wins. The
   * previous report stays on screen until the new one is checked, so an update never flashes.
   */
  #validate(value: unknown): void {
    // `updateComplete` resolves once the report has been validated and rendered (or refused).
    this.loadLazily(
      'report',
      value === null || value === undefined ? null : documentModule.load().then((m) => m.validateReport(value)),
      (result) => {
        const loaded = documentModule.value;
        loaded?.addDocumentStyles(this.renderRoot);
        this._result = result;
      },
      () => {
        this._result = { ok: false, detail: 'document.js' };
      },
    );
  }

  #valid(): Report | null {
    return this._result?.ok ? this._result.report : null;
  }

  override render(): TemplateResult {
    const s = STRINGS[this.locale];
    // A host's script may set anything, `undefined` included; only a validated report is shown.
    const given: unknown = this.report;
    if (given === null || given === undefined) return html`<p part="empty" class="empty">${s.empty}</p>`;
    const result = this._result;
    if (!result) return html`<p part="empty" class="empty" role="status">${s.loading}</p>`;
    if (!result.ok) {
      return html`<div part="error" class="error" role="alert">
        <p><strong>${s.invalid}</strong></p>
        <p class="muted">${formatMessage(s.invalidDetail, { detail: result.detail }, this.locale)}</p>
      </div>`;
    }
    // Loaded before the result was applied (#validate).
    return documentModule.value?.renderReport(this, result.report, this.headingLevel) ?? html``;
  }
}
