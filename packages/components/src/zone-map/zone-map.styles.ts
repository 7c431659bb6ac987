import { css } from 'lit';
import { sharedStyles } from '../base/shared.styles.js';
import { hook, token } from '../base/tokens.js';

const line = hook('zone-map', 'line-color', 'color-border');
const team = hook('zone-map', 'team-color', 'color-text');
const self = hook('zone-map', 'self-color', 'color-accent');
const gap = hook('zone-map', 'gap', 'space-m');

export const zoneMapStyles = [
  sharedStyles,
  css`
    .base {
      display: grid;
      gap: ${gap};
      margin: 0;
      background: ${token('color-surface')};
      color: ${token('color-text')};
      container-type: inline-size;
    }
    figcaption {
      display: grid;
      gap: ${token('space-xs')};
    }
    p {
      margin: 0;
    }
    .title {
      font-size: ${token('font-size-l')};
      font-weight: ${token('font-weight-strong')};
    }
    .headline {
      font-weight: ${token('font-weight-strong')};
    }
    .chart {
      display: block;
      width: 100%;
      max-width: var(--balanse-zone-map-max-width, 32rem);
      height: auto;
      overflow: visible;
    }
    .chart text {
      fill: ${token('color-text')};
      font-size: 13px;
    }
    .label {
      paint-order: stroke;
      stroke: ${token('color-surface')};
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .quadrant-label,
    .axis-name,
    .point-label {
      font-weight: ${token('font-weight-strong')};
    }
    .quadrant[data-zone='apathy'] {
      fill: ${hook('zone-map', 'apathy-fill', 'color-zone-apathy')};
    }
    .quadrant[data-zone='comfort'] {
      fill: ${hook('zone-map', 'comfort-fill', 'color-zone-comfort')};
    }
    .quadrant[data-zone='stress'] {
      fill: ${hook('zone-map', 'stress-fill', 'color-zone-stress')};
    }
    .quadrant[data-zone='performance'] {
      fill: ${hook('zone-map', 'performance-fill', 'color-zone-performance')};
    }
    .quadrant {
      stroke: ${line};
      stroke-width: 1;
    }
    .frame {
      fill: none;
      stroke: ${line};
      stroke-width: 1.5;
    }
    .cut-line {
      stroke: ${line};
      stroke-width: 2;
      stroke-dasharray: 6 4;
    }
    .current-outline,
    .candidate-outline {
      fill: none;
      stroke: ${token('color-text')};
      stroke-width: 3;
    }
    .candidate-outline {
      stroke-dasharray: 8 5;
    }
    .whisker line,
    .whisker-key {
      stroke: ${team};
      stroke-width: 2.5;
    }
    .team-point {
      fill: ${team};
      stroke: ${token('color-surface')};
      stroke-width: 2;
    }
    .self-marker {
      fill: ${token('color-surface')};
      stroke: ${self};
      stroke-width: 3;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-xs')} ${token('space-l')};
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: ${token('font-size-s')};
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: ${token('space-s')};
    }
    .key {
      flex: none;
      width: 28px;
      height: 20px;
      overflow: visible;
    }
    .key .candidate-outline,
    .key .self-marker {
      stroke-width: 2;
    }
    .zones {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: ${token('space-s')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @container (max-width: 26rem) {
      .zones {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .zone {
      display: flex;
      flex-direction: column;
      gap: ${token('space-xs')};
      padding: ${token('space-s')};
      border: ${token('border-width')} solid ${line};
      border-radius: ${token('radius-s')};
      background: ${token('color-surface')};
    }
    .zone.current {
      border: 3px solid ${token('color-text')};
    }
    .zone.candidate {
      border: 3px dashed ${token('color-text')};
    }
    .zone-name {
      font-weight: ${token('font-weight-strong')};
    }
    .zone-marker {
      align-self: flex-start;
      padding: 0 ${token('space-s')};
      border-radius: ${token('radius-s')};
      background: ${token('color-text')};
      color: ${token('color-surface')};
      font-size: ${token('font-size-s')};
      font-weight: ${token('font-weight-strong')};
    }
    .zone-meaning {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-s')};
    }
    .table-toggle {
      justify-self: start;
      min-height: ${token('target-size')};
      min-width: ${token('target-size')};
      padding: ${token('space-s')} ${token('space-m')};
      border: ${token('border-width')} solid ${token('color-border')};
      border-radius: ${token('radius-s')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
      font: inherit;
      cursor: pointer;
    }
    .table-wrap {
      max-width: 100%;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: ${token('font-size-s')};
    }
    caption {
      text-align: start;
      font-weight: ${token('font-weight-strong')};
      padding-bottom: ${token('space-xs')};
    }
    th,
    td {
      padding: ${token('space-xs')} ${token('space-s')};
      border-bottom: ${token('border-width')} solid ${line};
      text-align: start;
      vertical-align: top;
    }
    @media print {
      .table-toggle {
        display: none;
      }
      .chart,
      .zone {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .base {
        break-inside: avoid;
      }
    }
    @media (forced-colors: active) {
      .quadrant {
        fill: Canvas;
        stroke: CanvasText;
      }
      .chart text {
        fill: CanvasText;
      }
      .team-point,
      .whisker line {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .self-marker {
        fill: Canvas;
        stroke: Highlight;
      }
      .current-outline,
      .candidate-outline,
      .cut-line,
      .frame {
        stroke: CanvasText;
      }
    }
  `,
];
