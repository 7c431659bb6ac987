/**
 * @balanse/components: the element classes, without registering them. Import
 * `@balanse/components/define/<tag>` to register one element, or load `dist/cdn/balanse.js` with
 * a script tag to register all of them.
 */
export { BalanseElement } from './base/balanse-element.js';
export { toLocale, resolveLang } from './base/locale.js';
export { TOKENS, token, type TokenName } from './base/tokens.js';
// For apps built on the elements' base (the administrators' app): one home for the shared rules.
export { sharedStyles } from './base/shared.styles.js';
export * from './survey/index.js';
export * from './zone-map/index.js';
export * from './balance-board/index.js';
export * from './style-advisor/index.js';
export * from './report/index.js';
