export { BalanseZoneMap, type SelfPlacement, type ZoneMapData } from './zone-map.js';
export { STRINGS as ZONE_MAP_STRINGS, type ZoneMapStrings } from './strings.js';
