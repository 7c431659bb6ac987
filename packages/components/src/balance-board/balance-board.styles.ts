import { css } from 'lit';
import { sharedStyles } from '../base/shared.styles.js';
import { hook, token } from '../base/tokens.js';

const relation = hook('balance-board', 'relation-color', 'color-relation');
const system = hook('balance-board', 'system-color', 'color-system');
const foundation = hook('balance-board', 'foundation-color', 'color-administration');
const plank = hook('balance-board', 'plank-color', 'color-text-muted');
const warning = hook('balance-board', 'warning-color', 'color-danger');

export const balanceBoardStyles = [
  sharedStyles,
  css`
    .base {
      display: grid;
      gap: ${hook('balance-board', 'gap', 'space-m')};
      margin: 0;
      background: ${token('color-surface')};
      color: ${token('color-text')};
    }
    figcaption {
      display: grid;
      gap: ${token('space-s')};
    }
    p {
      margin: 0;
    }
    .title {
      font-size: ${token('font-size-l')};
      font-weight: ${token('font-weight-strong')};
    }
    .summary {
      font-weight: ${token('font-weight-strong')};
    }
    .notice {
      display: flex;
      gap: ${token('space-s')};
      align-items: flex-start;
      padding: ${token('space-s')} ${token('space-m')};
      border: 3px solid ${warning};
      border-inline-start-width: 8px;
      border-radius: ${token('radius-s')};
      font-weight: ${token('font-weight-strong')};
    }
    .notice-icon {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin-top: 0.1em;
    }
    .notice-icon path {
      fill: ${warning};
    }
    .notice-icon rect {
      fill: ${token('color-surface')};
    }
    .chart {
      display: block;
      width: 100%;
      max-width: var(--balanse-balance-board-max-width, 32rem);
      height: auto;
      overflow: visible;
    }
    .chart text {
      fill: ${token('color-text')};
      font-size: 15px;
      font-weight: ${token('font-weight-strong')};
    }
    .label {
      paint-order: stroke;
      stroke: ${token('color-surface')};
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .ground {
      stroke: ${token('color-border')};
      stroke-width: 2;
    }
    .tilting {
      /* transform-origin is set with the angle, at the pivot. */
      transform-box: view-box;
      transform: rotate(var(--_balanse-tilt, 0deg));
    }
    .upright {
      transform-box: fill-box;
      transform-origin: center;
      transform: rotate(calc(var(--_balanse-tilt, 0deg) * -1));
    }
    @media (prefers-reduced-motion: no-preference) {
      .tilting,
      .upright {
        transition: transform var(--balanse-balance-board-duration, 600ms) ${token('easing')};
      }
    }
    .plank {
      fill: ${plank};
    }
    .arrow.relation line {
      stroke: ${relation};
    }
    .arrow.relation path {
      fill: ${relation};
    }
    .arrow.system line {
      stroke: ${system};
    }
    .arrow.system path {
      fill: ${system};
    }
    .log {
      fill: ${foundation};
      stroke: ${foundation};
      stroke-width: 3;
    }
    .log.weak {
      fill: ${token('color-surface')};
      stroke: ${warning};
      stroke-dasharray: 6 4;
    }
    .ring {
      fill: none;
      stroke: ${token('color-surface')};
      stroke-width: 2;
    }
    .crack {
      fill: none;
      stroke: ${warning};
      stroke-width: 3;
      stroke-linejoin: bevel;
    }
    .scores {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')} ${token('space-l')};
      margin: 0;
    }
    .score {
      display: flex;
      gap: ${token('space-s')};
    }
    .score dt::after {
      content: ':';
    }
    .score dd {
      margin: 0;
      font-weight: ${token('font-weight-strong')};
    }
    .statements {
      display: grid;
      gap: ${token('space-xs')};
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    @media print {
      .chart,
      .notice {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .base {
        break-inside: avoid;
      }
    }
    @media (forced-colors: active) {
      .chart text {
        fill: CanvasText;
      }
      .plank,
      .arrow path,
      .log {
        fill: CanvasText;
      }
      .arrow line,
      .ground,
      .crack,
      .log.weak {
        stroke: CanvasText;
      }
      .log.weak {
        fill: Canvas;
      }
    }
  `,
];
