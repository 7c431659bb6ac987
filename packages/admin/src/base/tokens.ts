import { TOKENS, type TokenName } from '@balanse/components';
import { unsafeCSS, type CSSResult } from 'lit';

/**
 * `var(--balanse-<name>, <default>)`, as the elements of @balanse/components read their tokens:
 * the app follows the same theme, and works without any theme stylesheet.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--balanse-${name}, ${TOKENS[name]})`);
}
