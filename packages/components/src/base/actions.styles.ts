import { css, type CSSResult } from 'lit';
import { token } from './tokens.js';

/**
 * The row of action buttons the report and the style advisor share (downloads, export, delete):
 * 44 px targets, the element's own accent on the border.
 */
export function actionStyles(accent: CSSResult): CSSResult {
  return css`
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')};
    }
    .button {
      min-height: ${token('target-size')};
      min-width: ${token('target-size')};
      padding: ${token('space-s')} ${token('space-m')};
      border: 2px solid ${accent};
      border-radius: ${token('radius-s')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      font: inherit;
      font-weight: ${token('font-weight-strong')};
      cursor: pointer;
    }
  `;
}
