import { BalanseZoneMap } from '../zone-map/zone-map.js';

BalanseZoneMap.define('balanse-zone-map');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-zone-map': BalanseZoneMap;
  }
}
