/**
 * The pages of @balanse/admin the server serves: the administrators' app (`/admin`) and the
 * leader's page (a report link, `/r/:tenant/:link`). Each is a shell that loads one module of the
 * app's build; everything else is the app, talking to the HTTP API. No inline script or style.
 */
import type { Locale } from '@balanse/core';
import { escapeHtml, PAGE_CSP } from './html.js';

/**
 * The app's Content-Security-Policy is the survey pages' strict policy (PAGE_CSP), kept in one
 * home so the two cannot drift: scripts only from this server, through Trusted Types, and styles
 * only from its stylesheets, no `style` attribute, no inline `<style>`. The reused report, style
 * advisor and balance board set their positions through the CSSOM, and the app's own elements set
 * no style attribute (its Chromium tests collect every violation).
 */
export const APP_CSP = PAGE_CSP;

const shell = (options: {
  locale: Locale;
  title: string;
  tenantId?: string;
  script: string;
  body: string;
}) => `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/default.css">
${options.tenantId ? `<link rel="stylesheet" href="/t/${escapeHtml(options.tenantId)}/theme.css" data-theme>\n` : ''}<link rel="stylesheet" href="/admin/assets/app.css">
<script type="module" src="/admin/assets/${options.script}"></script>
</head>
<body>
${options.body}
</body>
</html>
`;

const NOSCRIPT: Record<Locale, string> = {
  nb: 'Denne siden trenger JavaScript.',
  nn: 'Denne sida treng JavaScript.',
  sv: 'Den här sidan behöver JavaScript.',
  en: 'This page needs JavaScript.',
};

export function adminPage(): string {
  return shell({
    locale: 'nb',
    title: 'Balanse',
    script: 'admin.js',
    body: `<balanse-admin-app></balanse-admin-app>\n<noscript><p>${NOSCRIPT.en}</p></noscript>`,
  });
}

export interface LeaderPageInput {
  locale: Locale;
  tenantId: string;
  unitName: string;
  /** The report link's own path, `/r/:tenant/:link`: the element reads `report.json` and `plan` below it. */
  linkPath: string;
}

export function leaderPage(input: LeaderPageInput): string {
  return shell({
    locale: input.locale,
    title: `Balanse: ${input.unitName}`,
    tenantId: input.tenantId,
    script: 'leader.js',
    body: `<main>\n<balanse-leader-page link="${escapeHtml(input.linkPath)}"></balanse-leader-page>\n<noscript><p>${NOSCRIPT[input.locale]}</p></noscript>\n</main>`,
  });
}
