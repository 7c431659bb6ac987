/**
 * The administrators' app and the leader's page when things go wrong, in Chromium against a
 * running server on the embedded database: names and texts that are markup, script or a
 * spreadsheet formula show as text and run nothing; a reload keeps the session, the screen and a
 * half-written action plan; the network gone mid-work gets a message that says so, keeps what was
 * typed (an import's rows, the plan) and recovers on retry; participation that cannot be updated
 * says how old its figures are. Axe on every failure state, and no Content-Security-Policy violation.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../.ci/chromium.mjs';
import { axe, noInjectedMarkup, noStyleAttributes, press, typeInto, WAIT } from './helpers/app-browser.js';
import { openAppInBrowser, type AppInBrowser } from './helpers/app-in-browser.js';
import { submission } from './helpers/harness.js';
import { api } from './helpers/http.js';

const executablePath = findChromium();

// What an HR file or a client's name might carry, by accident or not.
const TENANT = `Nordvik <b onmouseover="window.__pwned='tenant'">Sales</b>`;
const NORTH = `<img src=x onerror="window.__pwned='unit'">North`;
const SOUTH = `<script>window.__pwned='script'</script>South`;
const SALES = `=HYPERLINK("http://evil.example","Sales")`;
const PLAN = `<img src=x onerror="window.__pwned='plan'">Walk the floor`;
const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
const CSV = `id,parent,name,headcount\nsales,,${quoted(SALES)},2\nnorth,sales,${quoted(NORTH)},4\nsouth,sales,${quoted(SOUTH)},4\n`;

describe('the administrators’ app and the leader’s page when things go wrong', () => {
  let served: AppInBrowser;
  const errors: string[] = [];

  beforeAll(async () => {
    if (executablePath) served = await openAppInBrowser(executablePath, { viewport: { width: 1100, height: 900 } });
  });
  afterAll(() => (executablePath ? served.close() : undefined));
  const test = executablePath ? it : it.skip;

  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // A request the test cut off is logged by Chromium; anything else is a fault of the page.
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    return page;
  };
  /** Calls to `pattern` (of `method`, or every call) fail as if the network were gone, until `unrouteAll()`. */
  const offline = (page: Page, pattern = '**/v1/**', method?: string) =>
    page.route(pattern, (route) =>
      method && route.request().method() !== method ? route.continue() : route.abort('internetdisconnected'),
    );

  test(
    'hostile names show as text, a reload keeps the place, and the network gone loses nothing',
    { timeout: 600_000 },
    async () => {
      const tenant = await api<{ id: string }>(served.url, '/v1/tenants', 'POST', { name: TENANT, k: 3 });
      const { token } = await api<{ token: string }>(served.url, `/v1/tenants/${tenant.id}/tokens`, 'POST', {
        role: 'admin',
      });

      // Sign in with the organisation's admin token.
      const page = watch(await served.context.newPage());
      await page.goto(`${served.url}/admin`);
      await page.evaluate(() => (document.documentElement.lang = 'en'));
      const field = page.locator('input[name="token"]');
      await typeInto(field, token);
      await field.press('Enter');
      await page.getByRole('heading', { name: 'Organisation chart', level: 1 }).waitFor(WAIT);
      await page.getByText(TENANT).first().waitFor(WAIT);

      // An import whose names are markup and a formula: the preview shows them as they are.
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      await page.getByText('All 3 rows are fine').waitFor(WAIT);
      await noInjectedMarkup(page, 'the import preview');
      // The network goes while importing: the app says so and keeps the checked rows to try again.
      await offline(page);
      await press(page.getByRole('button', { name: 'Import 3 units' }));
      await page.getByText('Could not reach the server. Check your connection and try again.').waitFor(WAIT);
      await axe(page, 'an import that could not reach the server');
      await page.unrouteAll();
      await press(page.getByRole('button', { name: 'Import 3 units' }));
      await page.getByRole('button', { name: `Edit ${NORTH}` }).waitFor(WAIT);
      await page.getByText(SALES).first().waitFor(WAIT);
      await noInjectedMarkup(page, 'the organisation chart');

      // A round, open, with answers (as the survey sends them).
      const round = await api<{ id: string }>(served.url, `/v1/tenants/${tenant.id}/rounds`, 'POST', {
        name: 'Spring',
        locale: 'en',
      });
      const base = `/v1/tenants/${tenant.id}/rounds/${round.id}`;
      await api(served.url, `${base}/open`, 'POST');
      const links = await api<{ unit: string; kind: string; url: string }[]>(served.url, `${base}/links`);
      const post = async (unit: string, value: number) => {
        const body = submission(value);
        const res = await fetch(links.find((l) => l.unit === unit && l.kind === 'team')!.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': body.submissionId },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(201);
      };
      for (let i = 0; i < 3; i++) await post('north', 4);
      for (let i = 0; i < 3; i++) await post('south', 2);

      // The round's screen: a reload keeps the session and the place.
      await page.evaluate(([t, r]) => (location.hash = `#/t/${t}/rounds/${r}`), [tenant.id, round.id]);
      await page.locator('tr[data-unit="north"] [data-count]').getByText('3 of 4').waitFor(WAIT);
      await page.reload();
      await page.getByRole('heading', { name: 'Spring', level: 1 }).waitFor(WAIT);
      await page.locator('tr[data-unit="north"] [data-count]').getByText('3 of 4').waitFor(WAIT);
      await page.getByText(`Below k (3) so far: ${SALES}.`).waitFor(WAIT);
      await noInjectedMarkup(page, 'the open round');

      // Participation that cannot be updated says how old its figures are, and recovers by itself.
      await offline(page);
      await post('north', 5);
      const stale = page.locator('balanse-admin-round [data-stale]');
      await stale.waitFor(WAIT);
      expect(await stale.textContent()).toMatch(/Could not reach the server\..*These figures are from \d\d:\d\d:\d\d/s);
      await page.locator('tr[data-unit="north"] [data-count]').getByText('3 of 4').waitFor(WAIT);
      await axe(page, 'participation that could not be updated');
      // A reload with the network gone: the sign-in says so and keeps the token; back online, a
      // reload returns to the same screen.
      await page.reload();
      await page.getByText('Could not reach the server. Check your connection and try again.').waitFor(WAIT);
      expect(await page.evaluate(() => sessionStorage.getItem('balanse-admin-token'))).toBe(token);
      await axe(page, 'a reload with the network gone');
      await page.unrouteAll();
      await page.reload();
      await page.getByRole('heading', { name: 'Spring', level: 1 }).waitFor(WAIT);
      await offline(page);
      // A screen that cannot load offers to try again.
      await press(page.getByRole('link', { name: 'Rounds' }));
      const retry = page.getByRole('button', { name: 'Try again' });
      await retry.waitFor(WAIT);
      await axe(page, 'a screen that could not load');
      await page.unrouteAll();
      await press(retry);
      await page.getByRole('heading', { name: 'Rounds', level: 1 }).waitFor(WAIT);
      await page.getByRole('link', { name: 'Spring' }).waitFor(WAIT);
      await page.evaluate(([t, r]) => (location.hash = `#/t/${t}/rounds/${r}`), [tenant.id, round.id]);
      await page.locator('tr[data-unit="north"] [data-count]').getByText('4 of 4').waitFor(WAIT);
      expect(await page.locator('balanse-admin-round [data-stale]').count()).toBe(0);

      // Closed: the report shows the names as text.
      await api(served.url, `${base}/close`, 'POST');
      const reportLinks = await api<{ unit: string; url: string }[]>(served.url, `${base}/report-links`);
      await page.reload();
      await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor(WAIT);
      await page.locator('#report-unit').selectOption('north');
      await page.locator('balanse-admin-round balanse-report [part~="subtitle"]').getByText(NORTH).waitFor(WAIT);
      await noInjectedMarkup(page, 'a closed round with its report');
      await noStyleAttributes(page);

      // The leader writes a plan; the save fails with the network gone, and nothing typed is lost.
      const leader = watch(await served.context.newPage());
      const north = reportLinks.find((l) => l.unit === 'north')!.url;
      await leader.goto(north);
      await leader.locator('balanse-leader-page balanse-report h1').waitFor(WAIT);
      await noInjectedMarkup(leader, 'the leader’s page');
      await press(leader.getByRole('button', { name: 'Make an action plan' }));
      await typeInto(leader.locator('#a0-title'), PLAN);
      await typeInto(leader.locator('#a0-next'), 'Start next Monday');
      await leader.locator('#a0-date').fill('2027-02-15');
      await offline(leader, '**/plan', 'PUT');
      await press(leader.getByRole('button', { name: 'Save the plan' }));
      await leader.getByText('The plan was not saved: Could not reach the server.').waitFor(WAIT);
      expect(await leader.locator('#a0-title').inputValue()).toBe(PLAN);
      await axe(leader, 'a plan that could not be saved');

      // A reload (still offline for the plan) brings the unsaved plan back into the form.
      await leader.reload();
      await leader.getByText('Your unsaved changes were brought back. Save the plan to keep them.').waitFor(WAIT);
      expect(await leader.locator('#a0-title').inputValue()).toBe(PLAN);
      expect(await leader.locator('#a0-next').inputValue()).toBe('Start next Monday');
      expect(await leader.locator('#a0-date').inputValue()).toBe('2027-02-15');
      await axe(leader, 'a plan brought back after a reload');

      // Online again: saved, shown as text; a reload shows the saved plan, not a draft.
      await leader.unrouteAll();
      await press(leader.getByRole('button', { name: 'Save the plan' }));
      await leader.getByText('Only you see the plan.').waitFor(WAIT);
      await leader.getByText(PLAN).waitFor(WAIT);
      await noInjectedMarkup(leader, 'the saved plan');
      await leader.reload();
      await leader.getByText(PLAN).waitFor(WAIT);
      expect(await leader.getByText('Your unsaved changes were brought back.').count()).toBe(0);
      expect(await leader.evaluate(() => sessionStorage.length)).toBe(0);
      await noInjectedMarkup(leader, 'the saved plan after a reload');

      expect(served.violations).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
