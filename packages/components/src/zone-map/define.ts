import { BalanseZoneMap } from './zone-map.js';

BalanseZoneMap.define('balanse-zone-map');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-zone-map': BalanseZoneMap;
  }
}
