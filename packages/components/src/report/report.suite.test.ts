import type { Report } from '@balanse/core';
import { elementSuite } from '../../test/element-suite.js';
import { fullReport, suppressedReport } from '../../test/fixtures.js';
import { mount } from '../../test/helpers.js';
import './define.js';

elementSuite('balanse-report', {
  // Full with sellers (nb), with the department table (sv), plain (nn), suppressed (en).
  props: (locale) => ({
    report:
      locale === 'en'
        ? suppressedReport(locale)
        : fullReport(locale, { sellers: locale === 'nb', department: locale === 'sv' }),
    headingLevel: 2,
  }),
  // An invalid report shows its error box.
  states: () => mount('balanse-report', { report: { nope: true } as unknown as Report }, 'nn'),
});
