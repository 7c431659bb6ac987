import { BalanseElement, token } from '@balanse/components';
import { css, html, svg, type PropertyValues } from 'lit';
import { encode } from 'uqr';

/**
 * @summary A QR code of a link, drawn as SVG in the browser (no network, no image service: the
 * link, a secret, never leaves the page). Readable by phone cameras at 8 rem and up; the link
 * itself should stand beside it as text, for people who cannot scan.
 *
 * @csspart svg - The code.
 *
 * @cssproperty --balanse-qr-code-size - The code's width and height (default 10rem).
 * @cssproperty --balanse-qr-code-color - The dark modules (default the text colour).
 * @cssproperty --balanse-qr-code-background - The light modules and the quiet zone (default the surface).
 */
export class BalanseQrCode extends BalanseElement {
  static override styles = css`
    :host {
      display: inline-block;
      inline-size: var(--balanse-qr-code-size, 10rem);
      block-size: var(--balanse-qr-code-size, 10rem);
    }
    :host([hidden]) {
      display: none;
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    .light {
      fill: var(--balanse-qr-code-background, ${token('color-surface')});
    }
    .dark {
      fill: var(--balanse-qr-code-color, #000000);
    }
  `;

  static override properties = {
    ...BalanseElement.properties,
    value: {},
    label: {},
  };

  /** The text to encode: a link. */
  declare value: string;
  /** What the code is, for assistive technology ("QR code of the North team's survey link"). */
  declare label: string;

  #path = '';
  #size = 0;

  constructor() {
    super();
    this.value = '';
    this.label = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      if (!this.value) {
        this.#path = '';
        this.#size = 0;
        return;
      }
      // Medium error correction survives a smudged print; a border of 4 modules is the standard quiet zone.
      const qr = encode(this.value, { ecc: 'M', border: 4 });
      let d = '';
      qr.data.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (dark) d += `M${x} ${y}h1v1h-1z`;
        }),
      );
      this.#path = d;
      this.#size = qr.size;
    }
  }

  override render() {
    if (!this.#size) return html``;
    return html`<svg
      part="svg"
      role="img"
      aria-label=${this.label || this.value}
      viewBox="0 0 ${this.#size} ${this.#size}"
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      ${svg`<rect class="light" width=${this.#size} height=${this.#size}></rect><path class="dark" d=${this.#path}></path>`}
    </svg>`;
  }
}
