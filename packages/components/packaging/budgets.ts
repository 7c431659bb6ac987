/**
 * Size budgets, min+gzip bytes (gzip level 9), for what a page actually downloads.
 *
 * - Define entries: each `dist/define/<tag>.js` built by Vite 7 for production with its defaults
 *   (Rollup, code splitting, esbuild minification, Vite's default browser targets), Lit and
 *   @balanse/core included, as an app that imports the entry ships it. `initial` is what the page
 *   loads before the element can render (the entry chunk and the chunks it imports statically);
 *   `lazy` is each chunk the element loads with `import()`, only when it needs it.
 * - Script-tag bundles: the files in `dist/cdn/` as they are served.
 *
 * Every budget is a ceiling: a regression guard set just above what was achieved. Where the
 * issue's target is below it, `target` records the target and the size test prints achieved,
 * ceiling and target side by side; docs/benchmarks.md says what stands between the two.
 */
export const KB = 1024;

export interface Budget {
  /** The enforced ceiling, min+gzip bytes. */
  readonly ceiling: number;
  /** The target, where it sets one; the size test prints whether it is met. */
  readonly target?: number;
  /** Why this budget, in one sentence. */
  readonly why: string;
}

export interface EntryBudget {
  readonly initial: Budget;
  /** By the name of the module loaded with `import()`. */
  readonly lazy: Readonly<Record<string, Budget>>;
}

export const ENTRY_BUDGETS: Readonly<Record<string, EntryBudget>> = {
  'define/balanse-survey': {
    initial: {
      ceiling: 23.8 * KB,
      target: 25 * KB,
      why: 'What every respondent loads, often on a phone (issue 4: ≤ 25 kB): Lit, the 40 built-in items in four languages and both forms (~7 kB), and the survey.',
    },
    lazy: {
      'validate-instrument': {
        ceiling: 9.8 * KB,
        why: "Core's compileInstrument with zod/mini and InstrumentSchema, loaded only when a host sets a custom instrument.",
      },
    },
  },
  'define/balanse-zone-map': {
    initial: {
      ceiling: 14.7 * KB,
      why: 'A map on its own page: Lit, the zone and scale texts in four languages and the SVG; no zod.',
    },
    lazy: {},
  },
  'define/balanse-balance-board': {
    initial: {
      ceiling: 14.0 * KB,
      why: 'The board on its own page: Lit, the balance texts in four languages and the SVG; no zod.',
    },
    lazy: {},
  },
  'define/balanse-style-advisor': {
    initial: {
      ceiling: 22.2 * KB,
      why: "The leader's advisor: Lit, its own texts and the style, reason and lever texts of core in four languages; core's recommendation is loaded lazily.",
    },
    lazy: {
      recommend: {
        ceiling: 9.8 * KB,
        why: "Core's recommendStyle with zod/mini, SellerInputSchema and OptionsSchema, loaded when an advisor is connected, not before its first paint.",
      },
    },
  },
  'define/balanse-report': {
    initial: {
      ceiling: 25.7 * KB,
      why: 'The whole report: Lit, the report, the zone map and the balance board with their texts in four languages; since issue 12 also the question-by-question, linking, previous-round and department sections (+1.3 kB).',
    },
    lazy: {
      validate: {
        ceiling: 10.8 * KB,
        why: "Core's ReportSchema with zod/mini and reportToCsv, loaded when a report arrives, so the first chunk stays free of zod.",
      },
    },
  },
};

export const CDN_BUDGETS: Readonly<Record<string, Budget>> = {
  'cdn/balanse': {
    ceiling: 68.0 * KB,
    target: 45 * KB,
    why: 'One script tag for an intranet page defines every element with Lit and core inside; the target (issue 5: ≤ 45 kB) is out of reach with the texts of four languages and zod validation inside (docs/benchmarks.md).',
  },
  'cdn/balanse-survey': {
    ceiling: 33.2 * KB,
    target: 25 * KB,
    why: "A survey-only intranet page, held to the survey's 25 kB (issue 4) as a target: one file cannot split, so the custom-instrument validation (zod, ~9 kB) rides along, evaluated only when used.",
  },
  'cdn/balanse-zone-map': {
    ceiling: 14.9 * KB,
    why: 'A zone map on its own page, one file; no zod.',
  },
  'cdn/balanse-balance-board': {
    ceiling: 14.2 * KB,
    why: 'A balance board on its own page, one file; no zod.',
  },
  'cdn/balanse-style-advisor': {
    ceiling: 31.4 * KB,
    why: "The advisor in one file, core's recommendation (zod) inside, evaluated when an advisor connects.",
  },
  'cdn/balanse-report': {
    ceiling: 36.7 * KB,
    why: 'The report with the zone map and balance board in one file, core ReportSchema (zod) inside, evaluated when a report arrives; the sections of issue 12 added 1.3 kB.',
  },
};
