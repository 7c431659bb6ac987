/**
 * The server-rendered survey page in Chromium: the first page's items are on screen with
 * JavaScript off; with it on, what the respondent chose before the script arrived (the script
 * held back by the test) is kept through hydration, answered by keyboard only, kept over a
 * reload, and sent through the hydrated element to the database. A server's HTML that the bundle
 * does not render the same way (hydration throws) is rendered afresh in its place, the choices
 * made before the script kept. Zero CSP violations under the page's strict policy, axe clean. On
 * both engines.
 */
import { instrument } from '@balanse/core';
import type { BrowserContext, Page } from 'playwright';
import { describe, expect } from 'vitest';
import { axe, WAIT } from './helpers/app-browser.js';
import { collectViolations } from './helpers/csp-violations.js';
import { ENGINES } from './helpers/engines.js';
import { surveyBrowser } from './helpers/survey-browser.js';
import { api } from './helpers/http.js';

/** A round in English opened on one team: its team link's path and the round's API path. */
/** Holds the script-tag entry back until the returned `release` is called: until then the page is the server's alone. */
async function holdEntry(context: BrowserContext): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/assets/cdn/balanse.js', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** The page's uncaught errors and console errors, as they come. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

async function englishRound(base: string): Promise<{ link: string; roundPath: string }> {
  const tenant = await api<{ id: string }>(base, '/v1/tenants', 'POST', { name: 'Rendered' });
  await api(base, `/v1/tenants/${tenant.id}/units`, 'PUT', [{ id: 'team', name: 'Team' }]);
  const round = await api<{ id: string }>(base, `/v1/tenants/${tenant.id}/rounds`, 'POST', {
    name: 'Rendered',
    locale: 'en',
  });
  const roundPath = `/v1/tenants/${tenant.id}/rounds/${round.id}`;
  await api(base, `${roundPath}/open`, 'POST');
  const links = await api<{ kind: string; url: string }[]>(base, `${roundPath}/links`);
  return { link: new URL(links.find((l) => l.kind === 'team')!.url).pathname, roundPath };
}

/** Page 1's items as the round's language words them (English), in order. */
const FIRST_PAGE = instrument.pages![0]!.map((id) => instrument.items.find((item) => item.id === id)!.text.en!);

/** The wording of each item group on the page, shadow roots included (Playwright's locators pierce them). */
const itemTexts = (page: Page) => page.locator('[part~="item-text"]').allTextContents();

/** The radio for `value` of item `id`. */
const radio = (page: Page, id: string, value: number) => page.locator(`input[name="${id}"][value="${value}"]`);

/** The survey element's answers and whether it is defined (its script ran) and hydrated. */
const surveyState = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('balanse-survey') as HTMLElement & {
      answers?: Record<string, number | null>;
      updateComplete?: Promise<unknown>;
      status?: string;
    };
    return { defined: !!customElements.get('balanse-survey'), answers: el.answers, status: el.status };
  });

describe.each(ENGINES)('the server-rendered survey page in Chromium on $name', (engine) => {
  const { env, test } = surveyBrowser(engine);

  test('shows the first page of items, styled, in the round’s language with JavaScript off', async () => {
    const { link } = await englishRound(env.server.url);
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${env.server.url}${link}`);
    expect(response?.status()).toBe(200);
    const texts = await itemTexts(page);
    expect(texts).toHaveLength(FIRST_PAGE.length);
    texts.forEach((text, i) => expect(text).toContain(FIRST_PAGE[i]));
    await expect.poll(() => page.locator('[part~="radiogroup"]').first().isVisible()).toBe(true);
    // No option is chosen yet (a server that wrote `checked="false"` would have chosen every last one).
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    // The shadow root's own stylesheet applied under the strict policy: an option is a 44 px target.
    const box = await page.locator('[part~="option"]').first().boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    // The radios work without any script: the browser's own controls, by keyboard too.
    await radio(page, 'q01', 2).focus();
    await page.keyboard.press('ArrowRight');
    expect(await radio(page, 'q01', 3).isChecked()).toBe(true);
    await context.close();
  });

  test('keeps what was chosen before the script arrived, answers by keyboard, keeps a reload, and sends once', async () => {
    const { link, roundPath } = await englishRound(env.server.url);
    const context = await env.browser.newContext();
    const violations = await collectViolations(context);
    const release = await holdEntry(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    if (process.env.BALANSE_TEST_STEPS) page.on('console', (m) => console.log(`page: ${m.text()}`));
    const response = await page.goto(`${env.server.url}${link}`, { waitUntil: 'commit' });
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self' 'sha256-[^']+';/);
    await radio(page, 'q01', 1).waitFor(WAIT);
    // Before any script: a click, and the keyboard (focus the group, arrow to the next option).
    await radio(page, 'q01', 4).click();
    await radio(page, 'q02', 1).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await surveyState(page)).toMatchObject({ defined: false });
    await axe(page, 'the server-rendered survey page before its script');
    release();
    await page.waitForFunction(
      () =>
        (document.querySelector('balanse-survey') as unknown as { answers?: Record<string, number> }).answers?.q02 ===
        2,
      undefined,
      WAIT,
    );
    expect((await surveyState(page)).answers).toEqual({ q01: 4, q02: 2 });
    // The hydrated element shows them, and takes the keyboard: q03, from its first option to its last.
    expect(await radio(page, 'q01', 4).isChecked()).toBe(true);
    expect(await radio(page, 'q02', 2).isChecked()).toBe(true);
    await radio(page, 'q03', 1).focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await surveyState(page)).answers).toEqual({ q01: 4, q02: 2, q03: 5 });
    await axe(page, 'the server-rendered survey page, hydrated');

    // A reload: the server's page 1 again, then the device's draft once hydrated.
    await page.reload();
    await page.waitForFunction(
      () =>
        (document.querySelector('balanse-survey') as unknown as { answers?: Record<string, number> }).answers?.q03 ===
        5,
      undefined,
      WAIT,
    );
    expect((await surveyState(page)).answers).toEqual({ q01: 4, q02: 2, q03: 5 });
    expect(await radio(page, 'q03', 5).isChecked()).toBe(true);

    // Through the pages to the review step and Send, by keyboard.
    for (let i = 0; i < 5; i++) await page.locator('[part~="button-next"]').press('Enter');
    await page.locator('[part~="button-submit"]').press('Enter');
    await page.waitForFunction(
      () => (document.querySelector('balanse-survey') as unknown as { status: string }).status === 'delivered',
      undefined,
      WAIT,
    );
    const stored = await env.database.db.query<{ answers: Record<string, number> }>(
      'SELECT r.answers FROM response r WHERE r.tenant_id = $1 AND r.round_id = $2',
      roundPath.split('/').filter((_, i) => i === 3 || i === 5),
    );
    expect(stored.map((row) => row.answers)).toEqual([{ q01: 4, q02: 2, q03: 5 }]);
    expect(violations, 'the server-rendered survey page under its policy').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('renders afresh over server HTML that does not hydrate, keeping what was chosen before the script', async () => {
    const { link } = await englishRound(env.server.url);
    const context = await env.browser.newContext();
    const violations = await collectViolations(context);
    // A server and a bundle of different versions: the shadow root's template is not the one the
    // bundle renders (its digest differs), so Lit's hydration throws on it.
    let altered = false;
    await context.route(`**${link}`, async (route) => {
      const response = await route.fetch();
      const sent = await response.text();
      const body = sent.replace(/(<\/style><!--lit-part )[^-]+(-->)/, '$1AAAAAAAAAAA=$2');
      altered = body !== sent;
      await route.fulfill({ response, body });
    });
    const release = await holdEntry(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${env.server.url}${link}`, { waitUntil: 'commit' });
    await radio(page, 'q01', 1).waitFor(WAIT);
    expect(altered, 'the page carries the server-rendered template').toBe(true);
    await radio(page, 'q01', 4).click();
    expect(await surveyState(page)).toMatchObject({ defined: false });
    release();
    await page.waitForFunction(
      () =>
        (document.querySelector('balanse-survey') as unknown as { answers?: Record<string, number> }).answers?.q01 ===
        4,
      undefined,
      WAIT,
    );
    // One survey, rendered by the script: the server's items are gone, not shown twice.
    expect(await page.locator('[part~="radiogroup"]').count()).toBe(FIRST_PAGE.length);
    expect(await itemTexts(page)).toHaveLength(FIRST_PAGE.length);
    expect(await radio(page, 'q01', 4).isChecked()).toBe(true);
    // Styled still (the server's stylesheet is kept): an option is a 44 px target.
    expect((await page.locator('[part~="option"]').first().boundingBox())?.height).toBeGreaterThanOrEqual(44);
    // And it works: an answer by click, one by keyboard.
    await radio(page, 'q02', 3).click();
    await radio(page, 'q03', 1).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await surveyState(page)).answers).toEqual({ q01: 4, q02: 3, q03: 2 });
    await expect.poll(() => page.locator('[part~="progress-text"]').textContent()).toContain('3 of 40');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/<balanse-survey>: the server's HTML did not match; rendered again/);
    expect(violations, 'the re-rendered survey under the page policy').toEqual([]);
    await context.close();
  });
});
