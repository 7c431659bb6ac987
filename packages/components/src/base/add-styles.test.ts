import { css } from 'lit';
import { describe, expect, it } from 'vitest';
import { addStyles } from './add-styles.js';

const rules = (root: ShadowRoot) =>
  root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(' '));

describe('addStyles', () => {
  it('adds the styles after the ones the root has, once', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    own.replaceSync('p { margin: 0px; }');
    root.adoptedStyleSheets = [own];
    const later = [css`.a { color: red; }`, css`.b { color: blue; }`];
    addStyles(root, later);
    addStyles(root, later);
    addStyles(root, [later[1]!]);
    expect(rules(root)).toEqual(['p { margin: 0px; }', '.a { color: red; }', '.b { color: blue; }']);
  });

  it('does nothing without a shadow root', () => {
    const host = document.createElement('div');
    addStyles(host, [css`.a { color: red; }`]);
    expect(host.childNodes).toHaveLength(0);
  });
});
