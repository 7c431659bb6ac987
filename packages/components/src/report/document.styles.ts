import { css, unsafeCSS } from 'lit';
import { actionStyles } from '../base/actions.styles.js';
import { hook, token, TOKENS } from '../base/tokens.js';

const accent = hook('report', 'accent', 'color-accent');
const border = hook('report', 'section-border', 'color-border');
const privateColor = hook('report', 'private-color', 'color-warning');

/**
 * Print colours: the default theme's colours, with text in black and greys dark enough for paper,
 * whatever theme (dark, a client's) is on screen. Taken from TOKENS, so they follow the defaults.
 */
const PRINT_OVERRIDES: Partial<Record<keyof typeof TOKENS, string>> = {
  'color-surface-raised': '#f1f3f5',
  'color-text': '#000000',
  'color-text-muted': '#333333',
  'color-border': '#666666',
};
const printColors = unsafeCSS(
  Object.entries(TOKENS)
    .filter(([name]) => name.startsWith('color-'))
    .map(([name, value]) => `--balanse-${name}: ${PRINT_OVERRIDES[name as keyof typeof TOKENS] ?? value};`)
    .join(' '),
);

/**
 * The styles of a report's document (document.ts), added to the element's own (report.styles.ts)
 * when the document is loaded (base/add-styles.ts): the first render does not wait for them.
 */
export const documentStyles = [
  actionStyles(accent),
  css`
    .base {
      display: grid;
      gap: ${hook('report', 'gap', 'space-l')};
      max-width: var(--balanse-report-max-width, 60rem);
      background: ${token('color-surface')};
      color: ${token('color-text')};
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: 0;
      line-height: 1.25;
      font-weight: ${token('font-weight-strong')};
    }
    .header > :first-child {
      font-size: var(--balanse-report-heading-size, ${token('font-size-xl')});
    }
    .section > :first-child {
      font-size: ${token('font-size-l')};
    }
    p {
      margin: 0;
    }
    .header,
    .section {
      display: grid;
      gap: ${token('space-s')};
      min-width: 0;
    }
    .section {
      padding: ${token('space-m')};
      border: ${token('border-width')} solid ${border};
      border-radius: ${token('radius-m')};
      background: ${hook('report', 'section-background', 'color-surface')};
    }
    .subtitle {
      font-size: ${token('font-size-l')};
    }
    .muted,
    .note {
      color: ${token('color-text-muted')};
    }
    .block {
      display: block;
      font-weight: normal;
    }
    .lead {
      font-size: ${token('font-size-l')};
    }
    .badge,
    .tag {
      display: inline-block;
      padding: 0 ${token('space-s')};
      border: 2px solid currentColor;
      border-radius: ${token('radius-s')};
      font-size: ${token('font-size-s')};
      font-weight: ${token('font-weight-strong')};
    }
    .advice > .tag {
      justify-self: start;
    }
    .badge {
      border-color: ${privateColor};
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .private-audience {
      font-weight: ${token('font-weight-strong')};
    }
    .suppressed {
      padding: ${token('space-m')};
      border-inline-start: 6px solid ${accent};
      background: ${token('color-surface-raised')};
      font-size: ${token('font-size-l')};
    }
    ul,
    ol {
      display: grid;
      gap: ${token('space-s')};
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .scales,
    .sellers,
    .advice-list {
      gap: ${token('space-m')};
      padding: 0;
      list-style: none;
    }
    .scale,
    .seller,
    .advice {
      display: grid;
      gap: ${token('space-xs')};
      padding-block: ${token('space-s')};
      border-top: ${token('border-width')} solid ${border};
      break-inside: avoid;
    }
    .score {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('space-m')};
    }
    .track {
      position: relative;
      height: 1.25rem;
      margin-block: ${token('space-xs')};
      border: ${token('border-width')} solid ${border};
      border-radius: ${token('radius-s')};
      background: ${token('color-surface-raised')};
    }
    .track .interval {
      position: absolute;
      inset-block: 3px;
      border-radius: 2px;
      background: ${accent};
      opacity: 0.35;
    }
    .track .mean {
      position: absolute;
      inset-block: -3px;
      width: 4px;
      margin-inline-start: -2px;
      background: ${accent};
    }
    .track .cut {
      position: absolute;
      inset-block: 0;
      border-inline-start: 2px dashed ${token('color-text')};
    }
    .stack,
    .pressure {
      display: flex;
      height: 0.75rem;
      border: ${token('border-width')} solid ${border};
      border-radius: ${token('radius-s')};
      overflow: hidden;
    }
    .band.favourable {
      background: ${token('color-success')};
    }
    .band.neutral {
      background: ${token('color-text-muted')};
      opacity: 0.35;
    }
    .band.unfavourable {
      background: ${token('color-danger')};
    }
    .pressure .relation {
      background: ${token('color-relation')};
    }
    .pressure .system {
      background: ${token('color-system')};
    }
    .distribution {
      display: grid;
      gap: ${token('space-xs')};
      font-size: ${token('font-size-s')};
    }
    .table-wrap {
      max-width: 100%;
      overflow-x: auto;
    }
    /* A grid item of its section: without min-width 0 a wide table would widen the section. */
    .item-scale {
      display: grid;
      gap: ${token('space-xs')};
      min-width: 0;
    }
    .spread {
      margin: 0;
    }
    .department-table th,
    .department-table td {
      font-size: ${token('font-size-s')};
    }
    /* Eight columns on an A4 line: a long area name wraps, and breaks, rather than widen the page. */
    .department-table thead th {
      white-space: normal;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: ${token('space-xs')} ${token('space-s')};
      border-bottom: ${token('border-width')} solid ${border};
      text-align: start;
      vertical-align: top;
    }
    tbody th {
      font-weight: ${token('font-weight-strong')};
    }
    .num {
      text-align: end;
      white-space: nowrap;
    }
    .private {
      border: 3px solid ${privateColor};
    }
    .sub {
      font-weight: ${token('font-weight-strong')};
    }
    .phrases li {
      font-style: italic;
    }
    @media (forced-colors: active) {
      .track .interval,
      .track .mean,
      .band,
      .pressure span {
        background: CanvasText;
      }
    }

    /*
     * Print: a clean A4 document. No controls, black on white whatever the screen theme (the
     * tokens are reset here, and the nested zone map and balance board inherit them), charts
     * kept in colour, and the long sections each starting on a new page.
     */
    @media print {
      :host {
        ${printColors}
        --balanse-report-section-background: #ffffff;
        color: #000000;
        background: #ffffff;
        font-size: 11pt;
      }
      .base {
        max-width: none;
      }
      .actions {
        display: none;
      }
      .section {
        border: 0;
        padding: 0;
        break-inside: auto;
      }
      .section.page {
        break-before: page;
      }
      h1,
      h2,
      h3,
      h4,
      h5,
      h6 {
        break-after: avoid;
      }
      tr,
      .scale,
      .seller,
      .advice {
        break-inside: avoid;
      }
      .table-wrap {
        overflow: visible;
      }

      .track,
      .stack,
      .pressure,
      .badge {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .private {
        border: 3px solid #8a5300;
        padding: 4mm;
      }
    }
  `,
];
