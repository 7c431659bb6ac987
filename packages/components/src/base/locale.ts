import { LOCALES, SOURCE_LOCALE, type Locale } from '@balanse/core';

/**
 * Maps a BCP 47 language tag to one of Balanse's locales: `nb`, `nn`, `sv` or `en` by their
 * primary subtag; `no` (generic Norwegian) reads as bokmål. Anything else falls back to nb,
 * the source locale.
 */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LOCALES as readonly string[]).includes(primary)) return primary as Locale;
  if (primary === 'no') return 'nb';
  return SOURCE_LOCALE;
}

/**
 * The language of `element`: its own `lang`, else the nearest ancestor's, crossing shadow roots
 * (an element inside another component reads the host page's language), else the document's.
 */
export function resolveLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}
