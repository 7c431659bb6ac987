import type { Locale } from '../vocabulary/index.js';
import { en } from './en.js';
import { nb, type Messages } from './nb.js';
import { nn } from './nn.js';
import { sv } from './sv.js';

export type { Messages } from './nb.js';
export { formatMessage, messageArguments, numberFormat, pluralCategory, type MessageArgument } from './format.js';

/**
 * Every product text of @balanse/core in nb, nn, sv and en: scale, zone, style and
 * characteristic names, the example phrases of each style, advice and report wording. Keys are
 * typed from nb; a parity test fails on any missing or extra key.
 */
export const messages: Readonly<Record<Locale, Messages>> = { nb, nn, sv, en };
export * from './sections.js';
