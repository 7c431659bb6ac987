/**
 * Size budgets, min+gzip bytes (gzip level 9), for what a page actually downloads.
 *
 * - Define entries: each `dist/define/<tag>.js` built by Vite 7 for production with its defaults
 *   (Rollup, code splitting, esbuild minification, Vite's default browser targets), Lit and
 *   @balanse/core included, as an app that imports the entry ships it. `initial` is what the page
 *   loads before the element can render (the entry chunk and the chunks it imports statically);
 *   `lazy` is each chunk the element loads with `import()`, only when it needs it.
 * - The script-tag build: the files of `dist/cdn/` as they are served, summed over what a page
 *   loads (CDN_BUDGETS below).
 *
 * Every budget is a ceiling. Where the issue sets a target, `target` records it: a met target is
 * the ceiling itself (the size test fails when a met target's ceiling is set above it); an unmet
 * one keeps a regression guard just above what was achieved, the size test prints achieved,
 * ceiling and target side by side, and docs/benchmarks.md lists it as an open goal with what
 * stands between the two.
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
      ceiling: 24.6 * KB,
      target: 25 * KB,
      why: 'What every respondent loads, often on a phone (issue 4: ≤ 25 kB): Lit, the 40 built-in items in four languages and both forms (~7 kB), and the survey.',
    },
    lazy: {
      'validate-instrument': {
        ceiling: 9.8 * KB,
        why: "Core's compileInstrument with zod/mini and InstrumentSchema, loaded only when a host sets a custom instrument.",
      },
      send: {
        ceiling: 1.6 * KB,
        why: 'The sending (cross-tab lock, POST, retries), loaded when there is something to send: a submit, or an outbox that holds one.',
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
      ceiling: 16.9 * KB,
      why: "The leader's advisor before its first paint: Lit, its own texts in four languages, the sellers' inputs; the recommendation is loaded lazily.",
    },
    lazy: {
      recommend: {
        ceiling: 15.8 * KB,
        why: "Loaded when an advisor is connected, not before its first paint: core's recommendStyle with zod/mini, SellerInputSchema and OptionsSchema, the recommendation as shown and the export, with core's style, reason and lever texts in four languages.",
      },
    },
  },
  'define/balanse-report': {
    initial: {
      ceiling: 21.5 * KB,
      why: 'The report before a report is checked (no report, loading, a refused one): Lit, the report element, the zone map and the balance board with their texts in four languages.',
    },
    lazy: {
      document: {
        ceiling: 16.0 * KB,
        why: "Loaded when a report arrives, which is validated before any of it is shown: core's ReportSchema with zod/mini, and the document (every section, its styles, the JSON, CSV and print buttons with core's reportToCsv).",
      },
    },
  },
};

/**
 * The script-tag build (dist/cdn/, build/cdn.ts), measured from its chunks.json: what a page loads
 * before an element can render is the entry, the element's chunks and its texts in one language
 * (the largest of the four). The lazy parts load later, when used.
 */
export const CDN_BUDGETS = {
  /** Before `<balanse-survey>` can render: the intranet's survey page. */
  survey: {
    ceiling: 20 * KB,
    target: 20 * KB,
    why: 'What a respondent loads from the script tag before the first item is on screen (issue 15: ≤ 20 kB). Met: the ceiling is the target.',
  },
  /** Before every element can render, on one page. */
  every: {
    ceiling: 40 * KB,
    target: 40 * KB,
    why: 'A page with every element (issue 15: ≤ 40 kB). Met: the ceiling is the target.',
  },
  'balanse-zone-map': {
    ceiling: 18.7 * KB,
    why: 'A zone map on its own page: the entry (Lit), the map and its texts.',
  },
  'balanse-balance-board': { ceiling: 17.0 * KB, why: 'A balance board on its own page.' },
  'balanse-style-advisor': {
    ceiling: 20.4 * KB,
    why: 'The advisor before its first paint; its recommendation (zod, the recommendation as shown, the export) loads as soon as it is connected.',
  },
  'balanse-report': {
    ceiling: 23.2 * KB,
    why: 'The report with the zone map and the board it draws, before a report is checked; the document loads with the validation.',
  },
} as const satisfies Record<string, Budget>;

/** Each chunk loaded with `import()` only when used, by what it was made for (chunks.json). */
export const CDN_LAZY_BUDGETS: Readonly<Record<string, Budget>> = {
  zod: { ceiling: 9.8 * KB, why: 'zod/mini, shared by every validation below; loaded with the first of them.' },
  'core/options': {
    ceiling: 1.5 * KB,
    why: "Core's scoring options schema, shared by the validations, with the download (balanse-download) the report's document and the advisor's export share.",
  },
  'survey/validate-instrument': {
    ceiling: 1.8 * KB,
    why: 'A custom instrument, checked when a host sets one; with the vocabulary lists it checks against, which no longer travel in the entry.',
  },
  'survey/send': {
    ceiling: 1.4 * KB,
    why: "The survey's sending (cross-tab lock, POST, retries), loaded when there is something to send.",
  },
  'report/document': {
    ceiling: 8.4 * KB,
    why: "When a report arrives: core's ReportSchema, and the document (every section, its styles, the buttons, reportToCsv), which a report waits for anyway.",
  },
  'style-advisor/recommend': {
    ceiling: 2.0 * KB,
    why: "Core's recommendStyle, the recommendation as shown and the export, when an advisor is connected.",
  },
  hydrate: {
    ceiling: 2.4 * KB,
    why: "Lit's hydration (@lit-labs/ssr-client, 2.2 kB) with the replay of choices made before it and the fallback to a fresh render (src/hydrate.ts), only on a page whose server rendered an element (the server's survey page).",
  },
};
