import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens: `--balanse-<category>-<name>`, with the default theme's value as the
 * fallback of every `var()`, so an element is usable with no theme stylesheet at all. The
 * stylesheets in `src/themes/` set the same names; a test keeps the two in step.
 */
export const TOKENS = {
  'color-surface': '#ffffff',
  'color-surface-raised': '#f4f6f8',
  'color-text': '#1b1f24',
  'color-text-muted': '#4a5361',
  'color-border': '#737d8c',
  'color-accent': '#1d5c87',
  'color-accent-contrast': '#ffffff',
  'color-focus': '#1a56db',
  'color-danger': '#b42318',
  'color-success': '#1e6e36',
  'color-warning': '#8a5300',
  'color-zone-apathy': '#e2e5ea',
  'color-zone-comfort': '#e3efd9',
  'color-zone-stress': '#f7ddd3',
  'color-zone-performance': '#d3ebe3',
  'color-relation': '#2f6f9f',
  'color-system': '#8a4f9e',
  'color-administration': '#7a5d2e',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size-s': '0.875rem',
  'font-size-m': '1rem',
  'font-size-l': '1.25rem',
  'font-size-xl': '1.5rem',
  'font-weight-strong': '600',
  'line-height': '1.5',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  'space-xl': '2rem',
  'radius-s': '4px',
  'radius-m': '8px',
  'border-width': '1px',
  'focus-ring-width': '3px',
  'target-size': '44px',
  duration: '180ms',
  easing: 'cubic-bezier(0.2, 0, 0, 1)',
} as const;

export type TokenName = keyof typeof TOKENS;

/** `var(--balanse-<name>, <default>)` as CSS, for use inside an element's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--balanse-${name}, ${TOKENS[name]})`);
}

/**
 * A per-element hook over a global token: `var(--balanse-<element>-<property>, var(--balanse-<token>, <default>))`.
 * Consultancies theme one element without touching the others.
 */
export function hook(element: string, property: string, fallback: TokenName): CSSResult {
  return unsafeCSS(`var(--balanse-${element}-${property}, var(--balanse-${fallback}, ${TOKENS[fallback]}))`);
}
