/**
 * Lit's hydration, for the script-tag build only: the entry (src/cdn.ts) loads this chunk before
 * it defines an element the server rendered (one that arrived with its declarative shadow root),
 * so that the element adopts the server's DOM instead of rendering it again. Pages without such
 * an element never load it.
 *
 * The support module installs a hook that LitElement calls when its own module is evaluated. In
 * this build Lit is in the entry, evaluated long before this chunk arrives, so the hook is called
 * here; it must run before the first server-rendered element is defined (its connectedCallback
 * and first update are what it changes), which the entry waits for.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, render, type PropertyValues } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

const install = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
if (!install) throw new Error('Balanse: Lit’s hydration support did not install');
install({ LitElement });

/**
 * Two things the support module leaves out, around an element's first update over the server's
 * DOM (adopting it):
 *
 * - What the respondent chose there before the script ran: Lit's hydration sets each radio to
 *   what the element renders, so the radios checked in the server's DOM are read before, and
 *   replayed after the element's own first update (which reads its saved state) as the
 *   respondent's choices: checked again, with a `change` event, as if clicked.
 * - A server's HTML that is not what the element renders (a server and a bundle of different
 *   versions) makes hydration throw: the element then renders afresh over it, keeping the
 *   server's stylesheet, so it still works; the error is reported.
 */
const update = Reflect.get(LitElement.prototype, 'update') as (this: LitElement, changed: PropertyValues) => void;
Object.defineProperty(LitElement.prototype, 'update', {
  configurable: true,
  writable: true,
  value: function (this: LitElement, changed: PropertyValues) {
    const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
    const adopting = root === this.shadowRoot && root._$litPart$ === undefined && root.childNodes.length > 0;
    if (!adopting) {
      update.call(this, changed);
      return;
    }
    const chosen = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map(
      ({ name, value }) => ({ name, value }),
    );
    try {
      update.call(this, changed);
    } catch (error) {
      console.error(`<${this.localName}>: the server's HTML did not match; rendered again`, error);
      for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
      render(this['render'](), root, this['renderOptions']);
    }
    // After `updated()` of this update, before the next update renders.
    queueMicrotask(() => {
      for (const { name, value } of chosen) {
        const radio = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
          (input) => input.name === name && input.value === value,
        );
        if (!radio || radio.checked || radio.disabled) continue;
        radio.checked = true;
        radio.dispatchEvent(new Event('input', { bubbles: true }));
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  },
});
