import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/** Per shadow root, the styles addStyles added. */
const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds `styles` after an element's static ones in its shadow root `root`, once: the styles of a
 * part loaded lazily (the report's document), which the element's first render does not need.
 * Imported by that part, so it loads with it. As constructable style sheets, like Lit's own, so a
 * strict CSP allows them; the shadow root keeps them across reconnects. Without a shadow root
 * (an element that renders into itself) it does nothing.
 */
export function addStyles(root: Node, styles: readonly CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const done = added.get(root) ?? new Set<CSSResult>();
  added.set(root, done);
  const fresh = styles.filter((style) => !done.has(style));
  if (fresh.length === 0) return;
  for (const style of fresh) done.add(style);
  // Lit's adoptStyles replaces the adopted sheets; without them (old browsers) it appends <style>s.
  if (supportsAdoptingStyleSheets)
    root.adoptedStyleSheets = [
      ...root.adoptedStyleSheets,
      ...fresh.flatMap((style) => (style.styleSheet ? [style.styleSheet] : [])),
    ];
  else adoptStyles(root, fresh);
}
