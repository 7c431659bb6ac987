/**
 * What the style advisor shows once core's recommendation is here, loaded with `import()` when an
 * advisor is connected: core's `recommendStyle`, which validates its input with zod/mini
 * (SellerInputSchema and OptionsSchema, about 10 kB gzipped with zod), the recommendation as it is
 * shown, and the export, which holds every recommendation. The advisor's first paint needs none of
 * it. Bundlers split this module into its own chunk; the script-tag bundle evaluates it only when
 * an advisor appears, so a survey on the same page never waits for zod.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Style, StyleRecommendation } from '@balanse/core';
import {
  diagnosisTexts,
  formatMessage,
  observationsTexts,
  pressureTexts,
  scalesTexts,
  styleReasonsTexts,
  stylesTexts,
} from '@balanse/core/messages';
import { cssProps } from '../base/css-props.js';
import { downloadFile } from '../base/download.js';
import type { AdvisorSeller } from './sellers.js';
import { STRINGS } from './strings.js';

export { recommendStyle } from '@balanse/core';

/** The name of `style` in `locale`. */
export const styleName = (locale: Locale, style: Style): string => stylesTexts[locale][style].name;

/** The recommendation for `seller`, or what is missing for one. */
export function renderRecommendation(
  l: Locale,
  seller: AdvisorSeller,
  rec: StyleRecommendation | null,
): TemplateResult {
  const s = STRINGS[l];
  if (!rec)
    return html`<div part="recommendation" class="recommendation"><p part="incomplete" class="incomplete">${s.incomplete}</p></div>`;
  const style = stylesTexts[l][rec.style];
  const scales = scalesTexts[l];
  const id = seller.id;
  return html`<div part="recommendation" class="recommendation">
    <p part="style" class="style">${formatMessage(s.recommended, { style: style.name }, l)}</p>
    <p part="situation" class="situation">${formatMessage(s.situation, { situation: style.situation }, l)}</p>
    <p part="how">${style.how}</p>
    <p part="pressure-text" class="pressure-text">${formatMessage(pressureTexts[l], { relation: rec.pressure.relation, system: rec.pressure.system }, l)}</p>
    <div part="pressure-bar" class="bar" aria-hidden="true">
      <span part="pressure-relation" class="bar-relation" ${cssProps({ width: `${rec.pressure.relation}%` })}></span>
      <span part="pressure-system" class="bar-system" ${cssProps({ width: `${rec.pressure.system}%` })}></span>
    </div>
    <div part="pressure-labels" class="bar-labels" aria-hidden="true">
      <span>${formatMessage(s.share, { name: scales.relation.short, value: rec.pressure.relation }, l)}</span>
      <span>${formatMessage(s.share, { name: scales.system.short, value: rec.pressure.system }, l)}</span>
    </div>
    <p part="subheading" class="sub" id=${`why-${id}`}>${s.reasons}</p>
    <ul part="reasons" aria-labelledby=${`why-${id}`}>
      ${rec.reasons.map((r) => html`<li>${styleReasonsTexts[l][r]}</li>`)}
    </ul>
    ${
      rec.levers.length > 0
        ? html`<p part="subheading" class="sub" id=${`levers-${id}`}>${s.levers}</p>
          <ul part="levers" aria-labelledby=${`levers-${id}`}>
            ${rec.levers.map(
              (lever) => html`<li>
                ${formatMessage(diagnosisTexts[l], { observation: observationsTexts[l][lever.observation].name, lever: scales[lever.lever].term }, l)}
                <span class="muted">${formatMessage(s.cause, { cause: observationsTexts[l][lever.observation].cause }, l)}</span>
              </li>`,
            )}
          </ul>`
        : nothing
    }
    <p part="subheading" class="sub" id=${`phrases-${id}`}>${s.phrases}</p>
    <ul part="phrases" class="phrases" aria-labelledby=${`phrases-${id}`}>
      ${style.phrases.map((p) => html`<li>${p}</li>`)}
    </ul>
  </div>`;
}

/**
 * Downloads what `host` holds as JSON (through `balanse-download`): each seller as entered, with
 * the recommendation `recommend` gives (null until enough is rated).
 */
export function exportSellers(
  host: HTMLElement,
  {
    locale,
    weakFoundation,
    sellers,
    recommend,
  }: {
    locale: Locale;
    weakFoundation: boolean;
    sellers: readonly AdvisorSeller[];
    recommend: (seller: AdvisorSeller) => StyleRecommendation | null;
  },
): void {
  const content = JSON.stringify(
    {
      format: 'balanse-style-advisor',
      version: 1,
      exportedAt: new Date().toISOString(),
      locale,
      notice: STRINGS[locale].privacy,
      weakFoundation,
      sellers: sellers.map((s) => {
        const r = recommend(s);
        return {
          name: s.name,
          competence: s.competence,
          commitment: s.commitment,
          newInRole: s.newInRole,
          comfortZone: s.comfortZone,
          lowEnergy: s.lowEnergy,
          recommendation: r
            ? {
                style: r.style,
                styleName: styleName(locale, r.style),
                pressure: r.pressure,
                reasons: r.reasons,
                levers: r.levers,
              }
            : null,
        };
      }),
    },
    null,
    2,
  );
  downloadFile(host, { filename: 'balanse-style-advisor.json', type: 'application/json', content });
}
