import { describe, expect, it } from 'vitest';
import { resolveLang, toLocale } from './locale.js';

describe('toLocale', () => {
  it.each([
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['nn-NO', 'nn'],
    ['no', 'nb'],
    ['sv-SE', 'sv'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['de', 'nb'],
    ['', 'nb'],
    [null, 'nb'],
  ] as const)('reads %s as %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });
});

describe('resolveLang', () => {
  it('finds the nearest lang across shadow roots', () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'sv');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLang(inner)).toBe('sv');
    inner.setAttribute('lang', 'nn');
    expect(resolveLang(inner)).toBe('nn');
    host.remove();
  });
});
