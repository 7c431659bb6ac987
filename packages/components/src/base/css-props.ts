import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Property name (kebab-case or a custom property) → value. */
export type CssProps = Readonly<Record<string, string>>;

/**
 * Sets CSS properties on the element it is placed on through the CSSOM (`style.setProperty`):
 * `<span ${cssProps({ left: '40%' })}>`. Lit's `styleMap` writes a `style` attribute on the first
 * render, which a page's Content Security Policy without `'unsafe-inline'` in `style-src` blocks
 * (the bar loses its position and the page's CSP monitoring gets a report); the CSSOM is not
 * subject to it. Properties left out of a later render are removed.
 */
class CssPropsDirective extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps goes on an element: <span ${cssProps({…})}>');
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature types the directive's argument; update() reads it
  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof nothing {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#set) {
      if (!(name in props)) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      style.setProperty(name, value);
      this.#set.add(name);
    }
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
