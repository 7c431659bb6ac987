/**
 * Size budgets, min+gzip bytes, for what a page actually downloads. Each define entry is measured
 * bundled with its share of Lit and @balanse/core, the way an app's bundler would ship it.
 */
export const KB = 1024;

export const ENTRY_BUDGETS: Record<string, { budget: number; why: string }> = {
  'define/balanse-survey': {
    budget: 25 * KB,
    why: 'The survey is what every respondent loads, often on a phone: a tenth of SurveyJS (~390 kB with CSS).',
  },
  'define/balanse-zone-map': {
    budget: 15 * KB,
    why: 'A map placed on its own page: Lit, the zone texts in four languages and the SVG, about half of a bare survey.',
  },
  'define/balanse-balance-board': {
    budget: 14 * KB,
    why: 'The board on its own page: Lit, the balance texts in four languages and the SVG, no zod.',
  },
  'define/balanse-style-advisor': {
    budget: 40 * KB,
    why: 'core recommendStyle brings zod and, through its options, the built-in instrument (~19 kB of the 39); falls when core resolves options lazily.',
  },
  'define/balanse-report': {
    budget: 35 * KB,
    why: 'The whole report: zone map, balance board and core ReportSchema with zod (loaded by import(), so an app bundler splits it off).',
  },
};

export const CDN_BUDGET = {
  budget: 45 * KB,
  why: 'The script-tag bundle defines every element with Lit and core inside: one request for an intranet page.',
};
