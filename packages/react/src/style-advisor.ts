import {
  BalanseDownloadEvent,
  BalanseSellersChangeEvent,
  BalanseStyleAdvisor as BalanseStyleAdvisorElement,
} from '@balanse/components';
import '@balanse/components/define/balanse-style-advisor';
import type { ComponentProps } from 'react';
import { wrap } from './wrap.js';

/**
 * `<balanse-style-advisor>` for React: the leader's communication style per seller. Props:
 * `sellers`, `weakFoundation`, `storage`, `advisorId`, `headingLevel`; `onBalanseSellersChange` and
 * `onBalanseDownload` receive the element's events.
 */
export const BalanseStyleAdvisor = wrap({
  tagName: 'balanse-style-advisor',
  elementClass: BalanseStyleAdvisorElement,
  events: [BalanseSellersChangeEvent, BalanseDownloadEvent],
  displayName: 'BalanseStyleAdvisor',
});

export type BalanseStyleAdvisorProps = ComponentProps<typeof BalanseStyleAdvisor>;
