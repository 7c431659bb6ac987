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
};

export const CDN_BUDGET = {
  budget: 45 * KB,
  why: 'The script-tag bundle defines every element with Lit and core inside: one request for an intranet page.',
};
