import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, mount } from '../test-utils/helpers.js';

const LINK =
  'https://balanse.example/s/7ee49988-25d3-419b-b47a-6f4d29faa3d0/S0gvUsc2szegPy_xCvzk8fkJoKzMNAM9oCuxvA3zsDI';

describe('<balanse-qr-code>', () => {
  it('draws nothing without a value', async () => {
    const el = await mount('balanse-qr-code');
    expect(el.shadowRoot!.querySelector('svg')).toBeNull();
  });

  it('draws the link as an image named by its label, with the standard quiet zone, in SVG attributes only', async () => {
    const el = await mount('balanse-qr-code', { value: LINK, label: 'QR code of the North team’s link' });
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code of the North team’s link');
    // A 106-character link needs version 5 or 6 at medium correction: 37–41 modules, plus 4 on each side.
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    expect(size).toBeGreaterThanOrEqual(45);
    expect(size).toBeLessThanOrEqual(49);
    const d = svg.querySelector('path')!.getAttribute('d')!;
    // The three finder patterns sit in the corners, inside the quiet zone: module (4,4) is dark, (0,0) is not.
    expect(d).toContain('M4 4h1v1h-1z');
    expect(d).not.toContain('M0 0h1');
    expect(el.shadowRoot!.querySelector('[style]')).toBeNull();
    await expectNoAxeViolations();
  });

  it('draws again when the value changes', async () => {
    const el = await mount('balanse-qr-code', { value: 'a', label: 'x' });
    const before = el.shadowRoot!.querySelector('path')!.getAttribute('d');
    el.value = LINK;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('path')!.getAttribute('d')).not.toBe(before);
  });
});
