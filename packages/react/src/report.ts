import { BalanseDownloadEvent, BalanseReport as BalanseReportElement } from '@balanse/components';
import '@balanse/components/define/balanse-report';
import type { ComponentProps } from 'react';
import { wrap } from './wrap.js';

/**
 * `<balanse-report>` for React: the department report. Props: `report` (core's report model),
 * `headingLevel`; `onBalanseDownload` receives the element's `balanse-download` event.
 */
export const BalanseReport = wrap({
  tagName: 'balanse-report',
  elementClass: BalanseReportElement,
  events: [BalanseDownloadEvent],
  displayName: 'BalanseReport',
});

export type BalanseReportProps = ComponentProps<typeof BalanseReport>;
