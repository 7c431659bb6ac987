/**
 * The survey page's HTML as the server writes it: the server-rendered `<balanse-survey>` in the
 * page's language and form, every inline style allowed by its hash in the page's policy (and
 * nothing else inline), the preloaded chunks served, the link's values escaped. No database.
 */
import { instrument, LOCALES } from '@balanse/core';
import { describe, expect, it } from 'vitest';
import { cdnAsset } from '../src/pages/assets.js';
import { escapeHtml, PAGE_CSP, surveyPage, type SurveyPageInput } from '../src/pages/html.js';
import { inlineStyles, styleHashSource } from '../src/pages/survey-ssr.js';

const input = (overrides: Partial<SurveyPageInput> = {}): SurveyPageInput => ({
  locale: 'nb',
  title: 'Runde, Team',
  surveyId: 'round-team-team',
  endpoint: '/s/tenant/secret',
  form: 'team',
  instrumentVersion: instrument.version,
  tenantId: 'tenant',
  ...overrides,
});

const styleSources = () =>
  PAGE_CSP.split('; ')
    .find((directive) => directive.startsWith('style-src '))!
    .split(' ')
    .slice(1);

describe('the server-rendered survey page', () => {
  for (const locale of LOCALES) {
    for (const form of ['team', 'self'] as const) {
      it(`renders page 1's items in ${locale} for the ${form} form, with every inline style in the policy`, () => {
        const html = surveyPage(input({ locale, form }));
        const shadow = html.slice(html.indexOf('<template shadowroot'));
        expect(html).toContain('shadowrootmode="open"');
        expect(html).toMatch(new RegExp(`<balanse-survey\\s+lang="${locale}"`));
        if (form === 'self') expect(html).toContain('survey-form="self"');
        else expect(html).not.toContain('survey-form=');
        for (const id of instrument.pages![0]!) {
          const item = instrument.items.find((i) => i.id === id)!;
          const text = form === 'self' && item.selfText ? item.selfText : item.text;
          expect(shadow).toContain(escapeHtml(text[locale]!));
          expect(shadow).toContain(`name="${id}"`);
        }
        // Nothing of page 2, and no option chosen (a radio's `checked` attribute, whatever its value, chooses it).
        expect(shadow).not.toContain(`name="${instrument.pages![1]![0]}"`);
        expect(html).not.toMatch(/<input[^>]*\schecked/);
        const styles = inlineStyles(html);
        expect(styles.length).toBeGreaterThan(0);
        for (const style of styles) expect(styleSources()).toContain(styleHashSource(style));
        expect(html).not.toMatch(/\sstyle=/);
      });
    }
  }

  it('keeps the policy strict: no unsafe-inline, Trusted Types, one hash per stylesheet the survey carries', () => {
    expect(PAGE_CSP).not.toContain('unsafe');
    expect(PAGE_CSP).toContain("require-trusted-types-for 'script'");
    expect(PAGE_CSP).toContain("script-src 'self';");
    expect(styleSources()[0]).toBe("'self'");
    expect(styleSources().slice(1)).toEqual([...new Set(inlineStyles(surveyPage(input())).map(styleHashSource))]);
  });

  it('preloads every chunk the entry loads for a rendered survey, at once: hydration and what it imports, the survey, their texts', () => {
    const html = surveyPage(input({ locale: 'sv' }));
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="\/assets\/cdn\/([^"]+)">/g)].map((m) => m[1]!);
    expect(preloads.length).toBeGreaterThanOrEqual(3);
    expect(preloads.some((name) => name.startsWith('texts-sv-'))).toBe(true);
    expect(preloads.some((name) => name.startsWith('survey-'))).toBe(true);
    for (const name of preloads) expect(cdnAsset(name), name).toBeDefined();
    // What each of them imports, and the texts in the page's language each registers, is preloaded
    // too (a modulepreload fetches one module, not its imports): none waits for another to arrive.
    // Hydration's chunk imports a chunk shared with other elements, which registers their texts.
    for (const name of preloads) {
      const code = String(cdnAsset(name)?.body);
      for (const [, file] of code.matchAll(/\bimport\s*(?:[\w$*{},\s]*?\bfrom\s*)?"\.\/([\w.-]+\.js)"/g))
        if (file !== 'balanse.js') expect(preloads, `${name} imports ${file}`).toContain(file);
      for (const [, file] of code.matchAll(/\bimport\("\.\/(texts-sv-[\w-]+\.js)"\)/g))
        expect(preloads, `${name} registers ${file}`).toContain(file);
    }
    // The entry comes after them, once.
    expect(html.match(/<script type="module" src="\/assets\/cdn\/balanse\.js"><\/script>/g)).toHaveLength(1);
  });

  it('escapes what comes from the link and the round into the rendered element', () => {
    const html = surveyPage(input({ surveyId: '"><script>alert(1)</script>', endpoint: '/s/x"onload="alert(1)' }));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('"onload="');
    expect(html).toContain('survey-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('tells a respondent without JavaScript that sending needs it, in the page’s language', () => {
    expect(surveyPage(input({ locale: 'en' }))).toContain('<noscript><p>Your answers can be sent once JavaScript');
  });

  it('keeps a round on an earlier instrument version client-rendered with that version’s items', () => {
    const html = surveyPage(input({ instrumentVersion: '1.0.0' }));
    expect(html).not.toContain('shadowroot');
    expect(html).toContain('data-survey-instrument="/assets/instrument-1.0.0.json"');
  });
});
