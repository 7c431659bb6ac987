import { elementSuite } from '../../test/element-suite.js';
import { borderlineZone, fullReport } from '../../test/fixtures.js';
import { mount } from '../../test/helpers.js';
import './define.js';

elementSuite('balanse-zone-map', {
  props: (locale) => ({ zone: fullReport(locale).zone, showTable: locale === 'en' }),
  states: async () => {
    await mount('balanse-zone-map', { zone: borderlineZone, self: { safety: 40, standard: 90 } }, 'nb');
    await mount('balanse-zone-map', {}, 'sv');
  },
});
