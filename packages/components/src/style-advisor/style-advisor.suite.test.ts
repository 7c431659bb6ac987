import { userEvent } from 'vitest/browser';
import { elementSuite } from '../../test/element-suite.js';
import { kari, ola } from '../../test/fixtures.js';
import { $, mount } from '../../test/helpers.js';
import './define.js';

elementSuite('balanse-style-advisor', {
  // Filled in three languages, empty in nb; a weak foundation in sv.
  props: (locale) => ({
    sellers: locale === 'nb' ? [] : [kari, { ...ola, lowEnergy: true }],
    weakFoundation: locale === 'sv',
  }),
  states: async () => {
    const confirming = await mount('balanse-style-advisor', { sellers: [ola] }, 'en');
    await userEvent.click($(confirming, '[part~="delete-button"]'));
  },
});
