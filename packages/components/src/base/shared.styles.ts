import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Styles every element shares: the host box, type, a visible focus ring, hidden-but-spoken text,
 * and no motion for people who asked for less.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    display: block;
    color: ${token('color-text')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size-m')};
    line-height: ${token('line-height')};
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
