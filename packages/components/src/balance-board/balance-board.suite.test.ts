import { elementSuite } from '../../test/element-suite.js';
import { apathyTeam, fullReport, performanceTeam } from '../../test/fixtures.js';
import { mount } from '../../test/helpers.js';
import './define.js';

elementSuite('balanse-balance-board', {
  props: (locale) => ({ balance: fullReport(locale).balance }),
  states: async () => {
    await mount('balanse-balance-board', { balance: apathyTeam.balance }, 'sv');
    await mount('balanse-balance-board', { balance: performanceTeam.balance }, 'nn');
    await mount('balanse-balance-board', {}, 'en');
  },
});
