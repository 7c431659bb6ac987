import { userEvent } from 'vitest/browser';
import { elementSuite } from '../../test/element-suite.js';
import { $, mount } from '../../test/helpers.js';
import type { AdvisorSeller } from './sellers.js';
import '../define/balanse-style-advisor.js';

const kari: AdvisorSeller = {
  id: 'kari',
  name: 'Kari',
  competence: [2, 2],
  commitment: [2, 3],
  newInRole: true,
  comfortZone: false,
  lowEnergy: false,
};
const ola: AdvisorSeller = {
  id: 'ola',
  name: 'Ola',
  competence: [4, 5],
  commitment: [4, 4],
  newInRole: false,
  comfortZone: true,
  lowEnergy: false,
};

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
