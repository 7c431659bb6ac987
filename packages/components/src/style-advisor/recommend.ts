/**
 * The style advisor's recommendation, loaded with `import()` when an advisor is connected: core's
 * `recommendStyle` validates its input with zod/mini (SellerInputSchema and OptionsSchema, about
 * 10 kB gzipped with zod), which the advisor's first paint does not need. Bundlers split this
 * module into its own chunk; the script-tag bundle evaluates it only when an advisor appears, so
 * a survey on the same page never waits for zod.
 */
export { recommendStyle } from '@balanse/core';
