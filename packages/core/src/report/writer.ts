import type { ZoneClassification } from '../classifyZone/index.js';
import { formatMessage, messages, numberFormat, type Messages } from '../messages/index.js';
import type { Locale, Zone } from '../vocabulary/index.js';

/** A writer bound to one locale: number formatting and messages. Internal to the report. */
export class Writer {
  readonly m: Messages;
  constructor(readonly locale: Locale) {
    this.m = messages[locale];
  }
  f(template: string, values: Record<string, string | number> = {}, digits = 0): string {
    return formatMessage(template, values, this.locale, digits);
  }
  /** A number as the locale writes it, with at most `digits` decimals. */
  n(value: number, digits = 0): string {
    return numberFormat(this.locale, digits).format(value);
  }
  zoneTerm(zone: Zone): string {
    return this.m.zones[zone].term;
  }
  /** A share 0–1 as a whole percentage, for "{percent} %". */
  percent(share: number): number {
    return Math.round(share * 100);
  }
}

/** The zone in words: clear, borderline between two zones, or near the centre. */
export function zoneText(w: Writer, c: ZoneClassification): string {
  if (c.candidates.length === 4) return w.m.zoneMap.centre;
  if (c.candidates.length === 2) {
    return w.f(w.m.zoneMap.borderline, { a: w.zoneTerm(c.candidates[0]!), b: w.zoneTerm(c.candidates[1]!) });
  }
  return w.f(w.m.zoneMap.clear, { zone: w.zoneTerm(c.zone) });
}
