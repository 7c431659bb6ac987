import { BalanseZoneMap as BalanseZoneMapElement } from '@balanse/components';
import '@balanse/components/define/balanse-zone-map';
import type { ComponentProps } from 'react';
import { wrap } from './wrap.js';

/** `<balanse-zone-map>` for React: the safety × standard map. Props: `zone`, `self`, `cut`, `showTable`. */
export const BalanseZoneMap = wrap({
  tagName: 'balanse-zone-map',
  elementClass: BalanseZoneMapElement,
  events: [],
  displayName: 'BalanseZoneMap',
});

export type BalanseZoneMapProps = ComponentProps<typeof BalanseZoneMap>;
