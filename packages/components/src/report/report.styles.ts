import { css } from 'lit';
import { sharedStyles } from '../base/shared.styles.js';
import { token } from '../base/tokens.js';

/**
 * What the element shows before a report is checked, and instead of one: no report, loading, a
 * refused report. The element's static styles.
 */
export const reportStyles = [
  sharedStyles,
  css`
    p {
      margin: 0;
    }
    .muted {
      color: ${token('color-text-muted')};
    }
    .error {
      display: grid;
      gap: ${token('space-xs')};
      padding: ${token('space-m')};
      border: 2px solid ${token('color-danger')};
      border-radius: ${token('radius-m')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      overflow-wrap: anywhere;
    }
    .empty {
      color: ${token('color-text-muted')};
    }
  `,
];
