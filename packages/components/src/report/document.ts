/**
 * What a report element loads with `import()` when a report arrives: the validation (validate.ts,
 * core's ReportSchema with zod), which a report passes before any of it is shown, and the
 * document: every section of a validated report, its styles, and its JSON, CSV and print buttons.
 * The element's own chunk holds what it shows before a report is checked (no report, loading, a
 * refused report).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  CHARACTERISTICS,
  reportToCsv,
  SCALES,
  type Locale,
  type Report,
  type ReportScale,
  type ReportSeller,
} from '@balanse/core';
import { bandsTexts, numberFormat, formatMessage } from '@balanse/core/messages';
import { addStyles } from '../base/add-styles.js';
import { cssProps } from '../base/css-props.js';
import { downloadFile } from '../base/download.js';
import { documentStyles } from './document.styles.js';
import { STRINGS } from './strings.js';

export { validateReport } from './validate.js';

type Items = NonNullable<Report['items']>;
type Previous = NonNullable<Report['previous']>;
type Department = NonNullable<Report['department']>;

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

/** The report each element shows, for its buttons. */
const shown = new WeakMap<HTMLElement, Report>();

/** The buttons' one listener; Lit calls it with the element as `this`. */
function act(this: HTMLElement, event: Event): void {
  const report = shown.get(this);
  const action = (event.currentTarget as HTMLElement).dataset.action;
  if (!report) return;
  if (action === 'print') window.print();
  else if (action === 'json')
    downloadFile(this, {
      filename: 'balanse-report.json',
      type: 'application/json',
      content: `${JSON.stringify(report, null, 2)}\n`,
    });
  // A byte-order mark so spreadsheet programs read æ, ø and å as UTF-8.
  else if (action === 'csv')
    downloadFile(this, {
      filename: 'balanse-report.csv',
      type: 'text/csv;charset=utf-8',
      content: `\uFEFF${reportToCsv(report)}`,
    });
}

/** Adds the document's styles to the report element's shadow root `root` (once). */
export const addDocumentStyles = (root: Node): void => addStyles(root, documentStyles);

/** The document of `report` shown by `host`, its title a heading of `level` (sections one below). */
export function renderReport(host: HTMLElement, report: Report, level: number): TemplateResult {
  shown.set(host, report);
  return renderDocument(report, level);
}

function renderScale(report: Report, scale: ReportScale, locale: Locale, level: number): TemplateResult {
  const r = scale.result;
  const s = STRINGS[locale];
  const bands = bandsTexts[locale];
  const cut = report.zone?.cut ?? report.balance?.cut;
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
      <span part="scale-interval" class="interval" ${cssProps({ left: pct(r.interval[0]), width: pct(r.interval[1] - r.interval[0]) })}></span>
      ${cut !== undefined ? html`<span part="scale-cut" class="cut" ${cssProps({ left: pct(cut) })}></span>` : nothing}
      <span part="scale-mean" class="mean" ${cssProps({ left: pct(r.mean) })}></span>
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
        <span class="band favourable" ${cssProps({ width: pct((d.favourable / total) * 100) })}></span>
        <span class="band neutral" ${cssProps({ width: pct((d.neutral / total) * 100) })}></span>
        <span class="band unfavourable" ${cssProps({ width: pct((d.unfavourable / total) * 100) })}></span>
      </div>
    </div>
    ${r.missingText ? html`<p class="muted">${r.missingText}</p>` : nothing}
  </li>`;
}

function renderGaps(report: Report, locale: Locale, level: number): TemplateResult | typeof nothing {
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

function renderCharacteristics(report: Report, locale: Locale, level: number): TemplateResult | typeof nothing {
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

function renderSeller(seller: ReportSeller, locale: Locale, level: number): TemplateResult {
  const s = STRINGS[locale];
  return html`<li part="seller" class="seller">
    ${heading(level, seller.name)}
    <p><strong>${formatMessage(s.styleFor, { style: seller.styleName, situation: seller.situation }, locale)}</strong></p>
    <p>${seller.how}</p>
    <p>${seller.pressureText}</p>
    <div part="pressure-bar" class="pressure" aria-hidden="true">
      <span class="relation" ${cssProps({ width: pct(seller.pressure.relation) })}></span>
      <span class="system" ${cssProps({ width: pct(seller.pressure.system) })}></span>
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

function renderLinking(report: Report, level: number): TemplateResult | typeof nothing {
  const l = report.linking;
  if (!l) return nothing;
  return html`<section part="section" class="section" data-section="linking" data-match=${l.match}>
    ${heading(level, report.headings.linking)}
    <p>${l.text}</p>
    ${
      l.explanations.length > 0
        ? html`<ul>
          ${l.explanations.map((e) => html`<li data-axis=${e.axis}>${e.text}</li>`)}
        </ul>`
        : nothing
    }
  </section>`;
}

function renderItems(report: Report, items: Items, locale: Locale, level: number): TemplateResult {
  const s = STRINGS[locale];
  const fmt = numberFormat(locale);
  const fmt1 = numberFormat(locale, 1);
  return html`<section part="section" class="section page" data-section="items">
    ${heading(level, report.headings.items)}
    <p part="note" class="note">${items.note}</p>
    ${items.scales.map(
      (scale) => html`<div class="item-scale" data-scale=${scale.scale}>
        ${heading(level + 1, scale.name, 'heading', `items-${scale.scale}`)}
        ${
          scale.rows.length > 0
            ? html`<div class="table-wrap" role="group" aria-labelledby=${`items-${scale.scale}`} tabindex="0">
              <table part="table items-table">
                <thead>
                  <tr>
                    <th scope="col">${s.question}</th>
                    <th scope="col" class="num">${s.score}</th>
                    <th scope="col" class="num">${s.average}</th>
                    <th scope="col">${s.answers}</th>
                  </tr>
                </thead>
                <tbody>
                  ${scale.rows.map(
                    (row) => html`<tr data-item=${row.id} data-rank=${row.rank ?? nothing}>
                      <th scope="row">
                        ${row.text}${
                          row.rank
                            ? html` <span class="tag">${row.rank === 'strongest' ? s.strongest : s.weakest}</span>`
                            : nothing
                        }
                      </th>
                      <td class="num">${fmt.format(row.score)}</td>
                      <td class="num">${fmt1.format(row.mean)}</td>
                      <td>
                        ${row.distributionText}${
                          row.cannotAnswerText
                            ? html`<span class="muted block">${row.cannotAnswerText}</span>`
                            : nothing
                        }
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
            : nothing
        }
        ${
          scale.notShown.length > 0
            ? html`<p class="sub">${s.itemsHidden}</p>
              <ul class="muted">
                ${scale.notShown.map((i) => html`<li data-item=${i.id}>${i.text} (${i.reason})</li>`)}
              </ul>`
            : nothing
        }
      </div>`,
    )}
  </section>`;
}

function renderPrevious(report: Report, p: Previous, locale: Locale, level: number): TemplateResult {
  const s = STRINGS[locale];
  const fmt = numberFormat(locale);
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  return html`<section part="section" class="section" data-section="previous" data-status=${p.status}>
    ${heading(level, report.headings.previous, 'heading', 'previous-heading')}
    <p>${p.text}</p>
    ${p.versionNote ? html`<p part="note" class="note">${p.versionNote}</p>` : nothing}
    ${
      p.scales.length > 0
        ? html`<div class="table-wrap" role="group" aria-labelledby="previous-heading" tabindex="0">
          <table part="table">
            <thead>
              <tr>
                <th scope="col">${s.scaleArea}</th>
                <th scope="col" class="num">${s.before}</th>
                <th scope="col" class="num">${s.now}</th>
                <th scope="col" class="num">${s.change}</th>
                <th scope="col">${s.reading}</th>
              </tr>
            </thead>
            <tbody>
              ${p.scales.map(
                (c) => html`<tr data-scale=${c.scale} data-direction=${c.direction}>
                  <th scope="row">${c.name}</th>
                  <td class="num">${fmt.format(c.previous)}</td>
                  <td class="num">${fmt.format(c.current)}</td>
                  <td class="num">
                    ${signed.format(c.change)}<span class="muted block"
                      >${signed.format(c.interval[0])} – ${signed.format(c.interval[1])}</span
                    >
                  </td>
                  <td>${c.text}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
        : nothing
    }
    ${p.note ? html`<p part="note" class="note">${p.note}</p>` : nothing}
  </section>`;
}

function renderDepartment(report: Report, d: Department, locale: Locale, level: number): TemplateResult {
  const s = STRINGS[locale];
  const fmt = numberFormat(locale);
  const zoneName = (zone: string | null) => d.zones.find((z) => z.zone === zone)?.name ?? '–';
  // Scale names as the report writes them; a report whose own unit is hidden has none, then the keys' order is kept.
  const scaleNames = SCALES.map((key) => ({ key, name: report.scales.find((x) => x.scale === key)?.name ?? key }));
  return html`<section part="section" class="section page" data-section="department">
    ${heading(level, d.name ? `${report.headings.department}: ${d.name}` : report.headings.department, 'heading', 'department-heading')}
    <p part="note" class="note">${d.note}</p>
    <div class="table-wrap" role="group" aria-labelledby="department-heading" tabindex="0">
      <table part="table department-table" class="department-table">
        <thead>
          <tr>
            <th scope="col">${s.unit}</th>
            <th scope="col">${s.zone}</th>
            ${scaleNames.map((x) => html`<th scope="col" class="num">${x.name}</th>`)}
            <th scope="col" class="num">${s.answered}</th>
            <th scope="col" class="num">${s.rate}</th>
          </tr>
        </thead>
        <tbody>
          ${d.units.map((u) => {
            // Bound once: a callback does not keep the narrowing of `u.scales`.
            const scales = u.status === 'ok' ? u.scales : null;
            return scales
              ? html`<tr part="unit" data-status="ok" data-unit=${u.id} data-zone=${u.zone ?? nothing}>
                  <th scope="row">${u.name}</th>
                  <td>${zoneName(u.zone)}</td>
                  ${scaleNames.map((x) => html`<td class="num">${fmt.format(scales[x.key])}</td>`)}
                  <td class="num">${fmt.format(u.responded)}</td>
                  <td class="num">${u.rateText ?? '–'}</td>
                </tr>`
              : html`<tr part="unit" data-status="suppressed" data-unit=${u.id}>
                  <th scope="row">${u.name} <span class="tag">${s.unitHidden}</span></th>
                  <td colspan=${scaleNames.length + 1}>${u.text}</td>
                  <td class="num">${fmt.format(u.responded)}</td>
                  <td class="num">${u.rateText ?? '–'}</td>
                </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${heading(level + 1, s.spread)}
    <p>${d.spreadText}</p>
    <ul class="spread">
      ${d.zones.map(
        (z) => html`<li data-zone=${z.zone}>
          <strong>${z.name}: ${fmt.format(z.count)}</strong>${
            z.units.length > 0 ? html` <span class="muted">(${z.units.join(', ')})</span>` : nothing
          }
        </li>`,
      )}
    </ul>
    ${d.hiddenText ? html`<p class="muted">${d.hiddenText}</p>` : nothing}
  </section>`;
}

function renderDocument(report: Report, level: number): TemplateResult {
  const locale = report.locale;
  const s = STRINGS[locale];
  const h = report.headings;
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
        <button part="button" class="button" type="button" data-action="json" @click=${act}>${s.downloadJson}</button>
        <button part="button" class="button" type="button" data-action="csv" @click=${act}>${s.downloadCsv}</button>
        <button part="button" class="button" type="button" data-action="print" @click=${act}>${s.print}</button>
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
    ${renderLinking(report, level + 1)}
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
            ${report.scales.map((scale) => renderScale(report, scale, locale, level + 2))}
          </ul>
        </section>`
        : nothing
    }
    ${report.items ? renderItems(report, report.items, locale, level + 1) : nothing}
    ${report.previous ? renderPrevious(report, report.previous, locale, level + 1) : nothing}
    ${renderGaps(report, locale, level + 1)} ${renderCharacteristics(report, locale, level + 1)}
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
            ${report.private.sellers.map((seller) => renderSeller(seller, locale, level + 2))}
          </ul>
        </section>`
        : nothing
    }
    ${report.department ? renderDepartment(report, report.department, locale, level + 1) : nothing}
  </article>`;
}
