import { BalanseBalanceBoard as BalanseBalanceBoardElement } from '@balanse/components';
import '@balanse/components/define/balanse-balance-board';
import type { ComponentProps } from 'react';
import { wrap } from './wrap.js';

/** `<balanse-balance-board>` for React: relation and system leadership on the administration foundation. Prop: `balance`. */
export const BalanseBalanceBoard = wrap({
  tagName: 'balanse-balance-board',
  elementClass: BalanseBalanceBoardElement,
  events: [],
  displayName: 'BalanseBalanceBoard',
});

export type BalanseBalanceBoardProps = ComponentProps<typeof BalanseBalanceBoard>;
