import { css } from 'lit';
import { actionStyles } from '../base/actions.styles.js';
import { sharedStyles } from '../base/shared.styles.js';
import { hook, token } from '../base/tokens.js';

const gap = hook('style-advisor', 'gap', 'space-m');
const accent = hook('style-advisor', 'accent', 'color-accent');
const accentContrast = hook('style-advisor', 'accent-contrast', 'color-accent-contrast');
const danger = hook('style-advisor', 'danger', 'color-danger');

export const styleAdvisorStyles = [
  sharedStyles,
  actionStyles(accent),
  css`
    .base {
      display: grid;
      gap: ${gap};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      container-type: inline-size;
    }
    p {
      margin: 0;
    }
    .title {
      font-size: ${token('font-size-xl')};
      font-weight: ${token('font-weight-strong')};
      line-height: 1.25;
    }
    .privacy {
      display: grid;
      gap: ${token('space-xs')};
      padding: ${token('space-m')};
      border: 2px solid ${hook('style-advisor', 'privacy-border', 'color-warning')};
      border-radius: ${token('radius-m')};
      background: ${token('color-surface-raised')};
    }
    .privacy-title {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
      font-weight: ${token('font-weight-strong')};
    }
    .lock {
      width: 1em;
      height: 1em;
      fill: currentColor;
    }
    .storage-notice {
      padding-inline-start: ${token('space-s')};
      border-inline-start: 4px solid ${danger};
      font-weight: ${token('font-weight-strong')};
    }
    .hint,
    .muted,
    .situation {
      color: ${token('color-text-muted')};
    }
    .sellers {
      display: grid;
      gap: ${gap};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .seller {
      display: grid;
      gap: ${token('space-m')};
      padding: ${token('space-m')};
      border: ${token('border-width')} solid ${token('color-border')};
      border-radius: ${token('radius-m')};
      background: ${hook('style-advisor', 'card-background', 'color-surface-raised')};
    }
    .seller-heading {
      font-size: ${token('font-size-l')};
      font-weight: ${token('font-weight-strong')};
      overflow-wrap: anywhere;
    }
    .seller-body {
      display: grid;
      gap: ${token('space-l')};
    }
    @container (min-width: 46rem) {
      .seller-body {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
    }
    .inputs {
      display: grid;
      gap: ${token('space-m')};
      justify-items: start;
    }
    .field {
      display: grid;
      gap: ${token('space-xs')};
      width: 100%;
    }
    label {
      font-weight: ${token('font-weight-strong')};
    }
    input[type='text'] {
      width: 100%;
      min-height: ${token('target-size')};
      padding: ${token('space-s')};
      border: ${token('border-width')} solid ${token('color-border')};
      border-radius: ${token('radius-s')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      font: inherit;
    }
    fieldset {
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      font-weight: ${token('font-weight-strong')};
    }
    .group {
      display: grid;
      gap: ${token('space-s')};
      width: 100%;
    }
    .group > legend {
      margin-bottom: ${token('space-xs')};
      font-size: ${token('font-size-l')};
    }
    .rating legend {
      font-weight: normal;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')};
    }
    .option {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: ${token('space-xs')};
      min-width: ${token('target-size')};
      min-height: ${token('target-size')};
      padding: 0 ${token('space-s')};
      border: ${token('border-width')} solid ${token('color-border')};
      border-radius: ${token('radius-s')};
      background: ${token('color-surface')};
      cursor: pointer;
    }
    .option:has(input:checked) {
      border-color: ${accent};
      box-shadow: inset 0 0 0 2px ${accent};
    }
    input[type='radio'],
    input[type='checkbox'] {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: ${accent};
    }
    .flag {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
      min-height: ${token('target-size')};
      font-weight: normal;
      cursor: pointer;
    }
    .flag input {
      flex: none;
    }
    .recommendation {
      display: grid;
      gap: ${token('space-s')};
      padding: ${token('space-m')};
      border-inline-start: 4px solid ${accent};
      background: ${token('color-surface')};
    }
    .style {
      font-size: ${token('font-size-l')};
      font-weight: ${token('font-weight-strong')};
    }
    .pressure-text {
      font-weight: ${token('font-weight-strong')};
    }
    .bar {
      display: flex;
      height: 0.75rem;
      border: ${token('border-width')} solid ${token('color-border')};
      border-radius: ${token('radius-s')};
      overflow: hidden;
    }
    .bar-relation {
      background: ${hook('style-advisor', 'relation-color', 'color-relation')};
    }
    .bar-system {
      background: ${hook('style-advisor', 'system-color', 'color-system')};
      border-inline-start: 2px solid ${token('color-surface')};
    }
    .bar-labels {
      display: flex;
      justify-content: space-between;
      font-size: ${token('font-size-s')};
    }
    .sub {
      margin-top: ${token('space-s')};
      font-weight: ${token('font-weight-strong')};
    }
    ul {
      display: grid;
      gap: ${token('space-xs')};
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .phrases li {
      font-style: italic;
    }
    .phrases li::before {
      content: open-quote;
    }
    .phrases li::after {
      content: close-quote;
    }
    .button.primary {
      background: ${accent};
      color: ${accentContrast};
    }
    .button.danger {
      border-color: ${danger};
    }
    .confirm {
      display: grid;
      gap: ${token('space-s')};
      padding: ${token('space-m')};
      border: 2px solid ${danger};
      border-radius: ${token('radius-m')};
      font-weight: ${token('font-weight-strong')};
    }
    .confirm[hidden] {
      display: none;
    }
    @media print {
      .actions,
      .remove-button {
        display: none;
      }
      .seller {
        break-inside: avoid;
      }
    }
    @media (forced-colors: active) {
      .bar-relation {
        background: CanvasText;
      }
      .bar-system {
        background: Canvas;
      }
      .option:has(input:checked) {
        outline: 2px solid Highlight;
      }
    }
  `,
];
