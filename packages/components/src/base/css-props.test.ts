import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { cssProps, type CssProps } from './css-props.js';

const show = (container: HTMLElement, props: CssProps) => render(html`<span ${cssProps(props)}></span>`, container);

describe('cssProps', () => {
  it('sets properties through the CSSOM, custom properties included, and removes those left out', () => {
    const container = document.createElement('div');
    show(container, { left: '40%', '--_balanse-tilt': '3deg' });
    const span = container.querySelector('span')!;
    expect(span.style.left).toBe('40%');
    expect(span.style.getPropertyValue('--_balanse-tilt')).toBe('3deg');
    show(container, { width: '10%' });
    expect(span.style.left).toBe('');
    expect(span.style.getPropertyValue('--_balanse-tilt')).toBe('');
    expect(span.style.width).toBe('10%');
  });

  it('refuses a place other than an element', () => {
    const container = document.createElement('div');
    expect(() => render(html`<span class=${cssProps({ left: '1px' })}></span>`, container)).toThrow(/on an element/);
  });
});
