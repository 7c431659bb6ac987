/**
 * The survey page's `<balanse-survey>`, rendered on the server by @lit-labs/ssr: the element with
 * its shadow DOM as a declarative shadow root (`<template shadowrootmode="open">`), holding the
 * first page of items as plain HTML. The browser shows the items, and lets the respondent choose,
 * before any script has run; the script-tag build then hydrates the element (it adopts this DOM,
 * applies the device's draft and keeps what was chosen meanwhile: packages/components/src/survey).
 *
 * The shadow root carries the element's styles as an inline `<style>`, which the pages' policy
 * (`style-src 'self'`, no 'unsafe-inline') would block: the policy names exactly those style texts
 * by their hashes (SURVEY_STYLE_SOURCES), computed here once, when the server starts, from a render.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import type { Locale } from '@balanse/core';

// The element from the installed build of the components, by Node's own resolution (never a
// source alias of a test or dev tool): hydration checks that each server-rendered template is the
// one the browser's bundle renders, and the build minifies the templates' markup.
const components = dirname(createRequire(import.meta.url).resolve('@balanse/components/package.json'));
await import(pathToFileURL(join(components, 'dist/define/balanse-survey.js')).href);

export interface RenderedSurveyInput {
  locale: Locale;
  surveyId: string;
  endpoint: string;
  form: 'team' | 'self';
}

/** `<balanse-survey …>` with its declarative shadow root; every attribute value escaped by Lit. */
export function renderSurvey(input: RenderedSurveyInput): string {
  const form = input.form === 'self' ? 'self' : nothing;
  return collectResultSync(
    render(
      // One line: the template's own whitespace would be written into the tag.
      html`<balanse-survey lang=${input.locale} survey-id=${input.surveyId} endpoint=${input.endpoint} survey-form=${form}></balanse-survey>`,
    ),
  );
}

/** The text of every inline `<style>` in `markup` (a style element's text is raw: no entities). */
export const inlineStyles = (markup: string): string[] =>
  [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');

/** A CSP source allowing exactly the inline style `text`. */
export const styleHashSource = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hash sources of the styles a rendered survey carries. Its styles are the element class's
 * static styles, the same for every language, form and link; both forms are rendered to be sure.
 */
export const SURVEY_STYLE_SOURCES: readonly string[] = [
  ...new Set(
    (['team', 'self'] as const).flatMap((form) =>
      inlineStyles(renderSurvey({ locale: 'nb', surveyId: 'csp', endpoint: '/', form })).map(styleHashSource),
    ),
  ),
];
