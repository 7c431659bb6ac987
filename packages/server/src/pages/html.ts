/**
 * The pages the server renders: a survey link's page and its messages (the report link's page is
 * the leader's page of the administrators' app, pages/app-pages.ts). No inline script, no inline
 * style but the server-rendered survey's own (named by its hash in the policy), every value escaped.
 */
import { instrument, type Locale } from '@balanse/core';
import { CDN_ENTRY, cdnPreloads } from './assets.js';
import { renderSurvey, SURVEY_STYLE_SOURCES } from './survey-ssr.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);

/**
 * The survey page's and the message pages' policy: scripts and stylesheets from this server only,
 * no inline style but the server-rendered survey's stylesheet, allowed by its hash (no
 * 'unsafe-inline'; the elements position their bars through the CSSOM, never a `style`
 * attribute, which a hash does not allow) and Trusted Types for every script sink, as
 * docs/getting-started/intranet.md asks of a host page.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  ["style-src 'self'", ...SURVEY_STYLE_SOURCES].join(' '),
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const TEXTS: Record<
  Locale,
  {
    survey: string;
    closed: string;
    missing: string;
    unreleased: string;
    report: string;
    previous: string;
    failed: string;
    surveyFailed: string;
    language: string;
    noScript: string;
  }
> = {
  nb: {
    survey: 'Undersøkelse',
    closed: 'Denne undersøkelsesrunden er avsluttet og tar ikke imot flere svar.',
    missing: 'Denne lenken finnes ikke, eller runden er ikke åpnet ennå.',
    unreleased: 'Rapporten blir tilgjengelig her når runden er avsluttet.',
    report: 'Rapport',
    previous: 'Forrige runde',
    failed: 'Rapporten kunne ikke lastes',
    surveyFailed: 'Undersøkelsen kunne ikke lastes',
    language: 'Språk',
    noScript: 'Svarene kan sendes når JavaScript er slått på i nettleseren.',
  },
  nn: {
    survey: 'Undersøking',
    closed: 'Denne undersøkingsrunden er avslutta og tek ikkje imot fleire svar.',
    missing: 'Denne lenkja finst ikkje, eller runden er ikkje opna enno.',
    unreleased: 'Rapporten blir tilgjengeleg her når runden er avslutta.',
    report: 'Rapport',
    previous: 'Førre runde',
    failed: 'Rapporten kunne ikkje lastast',
    surveyFailed: 'Undersøkinga kunne ikkje lastast',
    language: 'Språk',
    noScript: 'Svara kan sendast når JavaScript er slått på i nettlesaren.',
  },
  sv: {
    survey: 'Enkät',
    closed: 'Den här enkätomgången är avslutad och tar inte emot fler svar.',
    missing: 'Länken finns inte, eller så har omgången inte öppnat ännu.',
    unreleased: 'Rapporten blir tillgänglig här när omgången har avslutats.',
    report: 'Rapport',
    previous: 'Förra omgången',
    failed: 'Rapporten kunde inte laddas',
    surveyFailed: 'Enkäten kunde inte laddas',
    language: 'Språk',
    noScript: 'Svaren kan skickas när JavaScript är påslaget i webbläsaren.',
  },
  en: {
    survey: 'Survey',
    closed: 'This survey round is closed and takes no more answers.',
    missing: 'This link does not exist, or its round has not opened yet.',
    unreleased: 'The report will be here once the round has closed.',
    report: 'Report',
    previous: 'Previous round',
    failed: 'The report could not be loaded',
    surveyFailed: 'The survey could not be loaded',
    language: 'Language',
    noScript: 'Your answers can be sent once JavaScript is turned on in your browser.',
  },
};

const page = (locale: Locale, title: string, head: string, body: string, tenantId?: string) => `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/default.css">
<link rel="stylesheet" href="/assets/page.css">
${tenantId ? `<link rel="stylesheet" href="/t/${escapeHtml(tenantId)}/theme.css">\n` : ''}${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

export interface SurveyPageInput {
  locale: Locale;
  title: string;
  /** Keys the device's autosave: one per round, unit and form. */
  surveyId: string;
  endpoint: string;
  form: 'team' | 'self';
  /** The instrument version the round opened with. */
  instrumentVersion: string;
  /** The tenant, whose theme (`/t/:tenant/theme.css`) the page loads. */
  tenantId?: string;
}

export function surveyPage(input: SurveyPageInput): string {
  const attributes = `lang="${input.locale}" survey-id="${escapeHtml(input.surveyId)}" endpoint="${escapeHtml(input.endpoint)}"${
    input.form === 'self' ? ' survey-form="self"' : ''
  }`;
  const title = `${TEXTS[input.locale].survey}: ${input.title}`;
  // The page's one level-one heading names the round and team; the survey's title is level two.
  const heading = `<h1>${escapeHtml(input.title)}</h1>\n`;
  const bundle = `<script type="module" src="${CDN_ENTRY}"></script>`;
  // The bundle carries the current version's items, and so does the server: the survey arrives
  // rendered, its first page on screen before any script runs, and the script-tag build hydrates
  // it. Its chunks are preloaded, so they travel beside the entry rather than after it.
  if (input.instrumentVersion === instrument.version) {
    const preloads = cdnPreloads('balanse-survey', input.locale)
      .map((href) => `<link rel="modulepreload" href="${escapeHtml(href)}">\n`)
      .join('');
    const noScript = `<noscript><p>${escapeHtml(TEXTS[input.locale].noScript)}</p></noscript>`;
    return page(
      input.locale,
      title,
      `${preloads}${bundle}`,
      `${heading}${renderedSurvey(input, attributes)}\n${noScript}`,
      input.tenantId,
    );
  }
  // A round opened with another version keeps its own: survey-page.js loads that version and only
  // then puts the survey on the page, so no answer is given to wording the round does not score.
  return page(
    input.locale,
    title,
    `${bundle}\n<script type="module" src="/assets/survey-page.js"></script>`,
    `${heading}<div data-survey-instrument="/assets/instrument-${escapeHtml(input.instrumentVersion)}.json" data-failed="${escapeHtml(
      TEXTS[input.locale].surveyFailed,
    )}"><template><balanse-survey ${attributes}></balanse-survey></template><p data-status role="status"></p></div>`,
    input.tenantId,
  );
}

/**
 * The survey element rendered with its first page (survey-ssr.ts); should the rendering fail, the
 * element alone, which the script renders in the browser as it does on any host page.
 */
function renderedSurvey(input: SurveyPageInput, attributes: string): string {
  try {
    return renderSurvey(input);
  } catch (error) {
    console.error('balanse: the survey could not be rendered on the server; the browser renders it', error);
    return `<balanse-survey ${attributes}></balanse-survey>`;
  }
}

export function messagePage(locale: Locale, kind: 'closed' | 'missing' | 'unreleased'): string {
  return page(locale, TEXTS[locale].survey, '', `<p>${escapeHtml(TEXTS[locale][kind])}</p>`);
}
