import { css } from 'lit';
import { sharedStyles } from '../base/shared.styles.js';
import { hook, token } from '../base/tokens.js';

const h = (property: string, fallback: Parameters<typeof hook>[2]) => hook('survey', property, fallback);

/**
 * Options sit in a row of five when the survey is at least 36rem wide and stack below that, so
 * the survey reflows at 320 px without horizontal scrolling (WCAG 1.4.10). Every option is a
 * 44 px target (WCAG 2.5.5), and a chosen option is marked by its checked radio, not only by
 * its colour (WCAG 1.4.1).
 */
export const surveyStyles = [
  sharedStyles,
  css`
    :host {
      container-type: inline-size;
      color: ${h('color', 'color-text')};
    }
    [part~='base'] {
      display: grid;
      gap: ${h('gap', 'space-m')};
      padding: ${h('padding', 'space-l')};
      background: ${h('background', 'color-surface')};
      border: ${token('border-width')} solid ${h('border-color', 'color-border')};
      border-radius: ${h('radius', 'radius-m')};
      overflow-wrap: anywhere;
    }
    @container (max-width: 24rem) {
      [part~='base'],
      [part~='radiogroup'] {
        padding: ${token('space-s')};
      }
    }
    [part~='header'] {
      display: grid;
      gap: ${token('space-xs')};
    }
    h2,
    h3,
    p,
    ol,
    ul,
    fieldset {
      margin: 0;
    }
    [part~='title'] {
      font-size: ${h('heading-size', 'font-size-xl')};
      line-height: 1.25;
    }
    [part~='page-heading'] {
      font-size: ${token('font-size-l')};
    }
    [part~='instructions'],
    [part~='progress-text'] {
      color: ${h('muted-color', 'color-text-muted')};
    }
    [part~='notice'],
    [part~='error'],
    [part~='status-text'] {
      padding: ${token('space-s')} ${token('space-m')};
      border-inline-start: 4px solid ${h('warning', 'color-warning')};
      background: ${h('item-background', 'color-surface-raised')};
    }
    [part~='error'] {
      border-color: ${h('danger', 'color-danger')};
    }
    [part~='base'][part~='error'] {
      border: ${token('border-width')} solid ${h('danger', 'color-danger')};
      border-inline-start-width: 4px;
    }
    :host(:state(delivered)) [part~='status-text'] {
      border-color: ${h('success', 'color-success')};
    }
    :host(:state(failed)) [part~='status-text'] {
      border-color: ${h('danger', 'color-danger')};
    }
    [part~='status']:empty {
      display: none;
    }
    [part~='status'] {
      display: grid;
      gap: ${token('space-s')};
      justify-items: start;
    }
    [part~='progress'] {
      display: grid;
      gap: ${token('space-xs')};
      font-size: ${token('font-size-s')};
    }
    [part~='progress-track'] {
      block-size: 0.5rem;
      border: ${token('border-width')} solid ${h('border-color', 'color-border')};
      border-radius: 999px;
      overflow: hidden;
    }
    [part~='progress-bar'] {
      block-size: 100%;
      inline-size: 0;
      background: ${h('accent', 'color-accent')};
      transition: inline-size ${token('duration')} ${token('easing')};
    }
    [part~='page'] {
      display: grid;
      gap: ${h('gap', 'space-m')};
    }
    [part~='page-heading']:focus {
      outline: none;
    }
    [part~='page-heading']:focus-visible {
      outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    }
    [part~='items'] {
      display: grid;
      gap: ${h('gap', 'space-m')};
      padding: 0;
      list-style: none;
    }
    [part~='radiogroup'] {
      display: grid;
      gap: ${token('space-s')};
      min-inline-size: 0;
      padding: ${token('space-m')};
      border: 0;
      border-radius: ${h('radius', 'radius-m')};
      background: ${h('item-background', 'color-surface-raised')};
    }
    [part~='item-text'] {
      float: inline-start; /* lets the legend wrap like a paragraph */
      inline-size: 100%;
      padding: 0;
      font-weight: ${token('font-weight-strong')};
    }
    [part~='options'] {
      clear: both;
      display: grid;
      gap: ${token('space-xs')};
    }
    @container (min-width: 36rem) {
      [part~='options'] {
        grid-auto-flow: column;
        grid-auto-columns: 1fr;
      }
      [part~='option'] {
        flex-direction: column;
        justify-content: flex-start;
        padding-block: ${token('space-s')};
        text-align: center;
      }
    }
    [part~='option'] {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
      min-block-size: ${h('option-size', 'target-size')};
      padding: ${token('space-xs')} ${token('space-s')};
      border: ${token('border-width')} solid ${h('border-color', 'color-border')};
      border-radius: ${h('option-radius', 'radius-s')};
      background: ${h('option-background', 'color-surface')};
      font-size: ${token('font-size-s')};
      cursor: pointer;
      transition: background-color ${token('duration')} ${token('easing')};
    }
    [part~='option-cannot-answer'] {
      border-style: dashed;
    }
    [part~='option-selected'] {
      border-color: ${h('option-selected-background', 'color-accent')};
      background: ${h('option-selected-background', 'color-accent')};
      color: ${h('option-selected-color', 'color-accent-contrast')};
      font-weight: ${token('font-weight-strong')};
    }
    [part~='option']:has(:focus-visible) {
      outline: ${token('focus-ring-width')} solid ${token('color-focus')};
      outline-offset: 2px;
    }
    [part~='option-input'] {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      accent-color: ${h('option-selected-background', 'color-accent')};
      cursor: inherit;
    }
    [part~='option-selected'] [part~='option-input'] {
      accent-color: ${h('option-selected-color', 'color-accent-contrast')};
    }
    :disabled,
    fieldset:disabled [part~='option'] {
      cursor: not-allowed;
    }
    [part~='nav'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')};
      justify-content: space-between;
    }
    [part~='button-next'],
    [part~='button-submit'] {
      margin-inline-start: auto;
    }
    [part~='button'] {
      min-block-size: ${token('target-size')};
      min-inline-size: ${token('target-size')};
      padding: ${token('space-s')} ${token('space-l')};
      border: ${token('border-width')} solid ${h('accent', 'color-accent')};
      border-radius: ${token('radius-s')};
      background: ${h('background', 'color-surface')};
      color: ${h('accent', 'color-accent')};
      font: inherit;
      font-weight: ${token('font-weight-strong')};
      cursor: pointer;
    }
    [part~='button-next'],
    [part~='button-submit'] {
      background: ${h('accent', 'color-accent')};
      color: ${h('accent-contrast', 'color-accent-contrast')};
    }
    [part~='button']:disabled,
    [part~='review-link']:disabled {
      opacity: 0.6;
    }
    [part~='review-list'] {
      display: grid;
      gap: ${token('space-xs')};
      padding: 0;
      list-style: none;
    }
    [part~='review-link'] {
      min-block-size: ${token('target-size')};
      padding: ${token('space-xs')} 0;
      border: 0;
      background: none;
      color: ${h('accent', 'color-accent')};
      font: inherit;
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
];
