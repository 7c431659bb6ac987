/**
 * The administrators' app and the leader's page in Chromium, against a running server on the
 * embedded database, driven by keyboard only (focus and keys, no clicks): a whole round from the
 * first import to the leader's follow-up in the next round; axe on every screen; a wrong token, an
 * expired one and another tenant's organisation; no Content-Security-Policy violation anywhere,
 * and no `style` attribute in the app's own elements; 320 px reflow.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../.ci/chromium.mjs';
import { axe, noStyleAttributes, press, reflows, typeInto, WAIT } from './helpers/app-browser.js';
import { openAppInBrowser, type AppInBrowser } from './helpers/app-in-browser.js';
import { OPERATOR, submission } from './helpers/harness.js';
import { api } from './helpers/http.js';

const executablePath = findChromium();

describe('the administrators’ app and the leader’s page in Chromium', () => {
  let served: AppInBrowser;
  const errors: string[] = [];

  beforeAll(async () => {
    if (executablePath)
      served = await openAppInBrowser(executablePath, {
        acceptDownloads: true,
        viewport: { width: 1100, height: 900 },
      });
  });
  afterAll(() => (executablePath ? served.close() : undefined));
  const test = executablePath ? it : it.skip;

  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    return page;
  };

  const app = (page: Page) => page.locator('balanse-admin-app');

  // One long walk through the app: a hang detector far above its normal minute, not a speed test.
  test(
    'a round from the first import to the leader’s follow-up, by keyboard, axe-clean on every screen',
    { timeout: 600_000 },
    async () => {
      const page = watch(await served.context.newPage());
      const response = await page.goto(`${served.url}/admin`);
      expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
      await page.evaluate(() => (document.documentElement.lang = 'en'));
      const token = page.locator('input[name="token"]');
      await token.waitFor(WAIT);
      await axe(page, 'sign-in');

      // A wrong token, then an expired one: each refused with its reason.
      const tenantB = await api<{ id: string }>(served.url, '/v1/tenants', 'POST', { name: 'Other client' });
      const expired = await api<{ id: string; token: string }>(served.url, `/v1/tenants/${tenantB.id}/tokens`, 'POST', {
        role: 'admin',
        expiresInDays: 1,
      });
      await served.db.query("UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE id = $1", [
        expired.id,
      ]);
      await typeInto(token, 'bal_not-a-token-the-server-knows-00000000000');
      await token.press('Enter');
      await page.getByText('The server does not know this token').waitFor(WAIT);
      await typeInto(token, expired.token);
      await token.press('Enter');
      await page.getByText('This token has expired').waitFor(WAIT);
      await axe(page, 'sign-in with an error');

      // The operator signs in and creates the client organisation.
      await typeInto(token, OPERATOR);
      await token.press('Enter');
      await page.getByRole('heading', { name: 'Organisations', level: 1 }).waitFor(WAIT);
      expect(await page.evaluate(() => sessionStorage.getItem('balanse-admin-token'))).toBe(OPERATOR);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await axe(page, 'organisations');
      await typeInto(page.locator('#tenant-name'), 'Nordvik Sales');
      await typeInto(page.locator('#tenant-k'), '3');
      await page.locator('#tenant-k').press('Enter');

      // The organisation chart: a file with one bad row, fixed in the preview, then imported.
      await page.getByRole('heading', { name: 'Organisation chart', level: 1 }).waitFor(WAIT);
      await axe(page, 'organisation chart, empty');
      await page.locator('input[type="file"]').setInputFiles({
        name: 'units.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('id,parent,name,headcount\nsales,,Sales,2\nnorth,sales,North,4\nsouth,sales,South,lots\n'),
      });
      await page.getByText('1 row needs fixing').waitFor(WAIT);
      await page.getByText('headcount: must be a whole number of people, 0 or more').waitFor(WAIT);
      await axe(page, 'import preview with a bad row');
      // Focus went to the bad field; fix it from the keyboard and check again.
      const bad = page.getByLabel('headcount, row 3');
      expect(await bad.evaluate((el) => el.matches(':focus'))).toBe(true);
      await typeInto(bad, '4');
      await press(page.getByRole('button', { name: 'Check again' }));
      await page.getByText('All 3 rows are fine').waitFor(WAIT);
      await press(page.getByRole('button', { name: 'Import 3 units' }));
      await page.getByRole('button', { name: 'Edit South' }).waitFor(WAIT);
      const tenantId = /#\/t\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
      // Edit a unit in place.
      await press(page.getByRole('button', { name: 'Edit North' }));
      await typeInto(page.locator('#edit-name'), 'North region');
      await page.locator('#edit-name').press('Enter');
      await page.getByRole('button', { name: 'Edit North region' }).waitFor(WAIT);
      await axe(page, 'organisation chart');
      await reflows(page, 'organisation chart');

      // A round with its options, opened.
      await press(page.getByRole('link', { name: 'Rounds' }));
      await page.getByRole('heading', { name: 'Rounds', level: 1 }).waitFor(WAIT);
      await axe(page, 'rounds');
      await typeInto(page.locator('#round-name'), 'Spring');
      await page.locator('#round-locale').selectOption('en');
      await page.locator('#round-name').press('Enter');
      await page.getByRole('heading', { name: 'Spring', level: 1 }).waitFor(WAIT);
      await axe(page, 'a draft round');
      await press(page.getByRole('button', { name: 'Open the round' }));
      await page.getByText('0 of 4').first().waitFor(WAIT);
      await page
        .locator('balanse-qr-code')
        .first()
        .waitFor({ state: 'attached', ...WAIT });
      await press(page.getByText('Show QR code').first());
      await page.getByRole('img', { name: /QR code of The team, Sales/ }).waitFor(WAIT);
      await axe(page, 'an open round with links and a QR code');
      await reflows(page, 'an open round');

      // Answers through the survey links: one through the real survey page, the rest as the survey sends them.
      const link = async (unit: string) =>
        (await page.locator(`li[data-unit="${unit}"] .link-row a`).first().getAttribute('href'))!;
      const north = await link('north');
      const south = await link('south');
      const survey = watch(await served.context.newPage());
      await survey.goto(north);
      await survey.waitForFunction(
        () => document.querySelector('balanse-survey')?.shadowRoot?.querySelector('input[name="q01"]'),
        undefined,
        WAIT,
      );
      await survey.evaluate(async () => {
        const el = document.querySelector('balanse-survey') as HTMLElement & {
          page: number;
          updateComplete: Promise<unknown>;
        };
        (el.shadowRoot!.querySelector('input[name="q01"][value="4"]') as HTMLInputElement).click();
        el.page = 5;
        await el.updateComplete;
        (el.shadowRoot!.querySelector('[part~="button-submit"]') as HTMLElement).click();
      });
      await survey.waitForFunction(
        () => (document.querySelector('balanse-survey') as unknown as { status: string }).status === 'delivered',
        undefined,
        WAIT,
      );
      await survey.close();
      const post = async (url: string, value: number) => {
        const body = submission(value);
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': body.submissionId },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(201);
      };
      for (let i = 0; i < 3; i++) await post(north, 4);
      for (let i = 0; i < 3; i++) await post(south, 2);
      // Participation moves on its own while the round is open.
      await page.locator('tr[data-unit="north"] [data-count]').getByText('4 of 4').waitFor(WAIT);
      await page.locator('tr[data-unit="south"] [data-count]').getByText('3 of 4').waitFor(WAIT);
      await page.getByText('Below k (3) so far: Sales.').waitFor(WAIT);

      // Close, with the confirmation.
      await press(page.getByRole('button', { name: 'Close the round' }));
      await page.getByRole('alertdialog').waitFor(WAIT);
      await axe(page, 'the close confirmation');
      await press(page.getByRole('button', { name: 'Yes, close the round' }));
      await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor(WAIT);
      const report = page.locator('balanse-admin-round balanse-report').first();
      await report.locator('h1, h2').first().waitFor(WAIT);
      await axe(page, 'a closed round with its report');
      await reflows(page, 'a closed round');
      // Every unit's report, one after another.
      for (const [unit, name] of [
        ['north', 'North region'],
        ['south', 'South'],
        ['sales', 'Sales'],
      ] as const) {
        await page.locator('#report-unit').selectOption(unit);
        await report.locator('[part~="subtitle"]').getByText(name).waitFor(WAIT);
      }
      // Every report as CSV.
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        press(page.getByRole('button', { name: 'Every report (CSV)' })),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.split('\r\n')[0]).toMatch(/^unit,unit_name,/);
      expect(csv).toContain('North region');

      // The report link, handed to North's leader, who writes an action plan.
      const reportLink = (await page
        .locator('balanse-admin-round li[data-unit="north"] .link-row a')
        .getAttribute('href'))!;
      expect(reportLink).toContain('/r/');
      const leader = watch(await served.context.newPage());
      await leader.goto(reportLink);
      await leader.locator('balanse-leader-page balanse-report h1').waitFor(WAIT);
      await axe(leader, 'the leader’s page');
      await reflows(leader, 'the leader’s page');
      await press(leader.getByRole('button', { name: 'Make an action plan' }));
      const from = leader.locator('#a0-from');
      expect(await from.evaluate((el) => el.matches(':focus'))).toBe(true);
      const advice = await from
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      if (advice.length > 0) await from.selectOption(advice[0]!);
      else await typeInto(leader.locator('#a0-title'), 'Feedback every week');
      await typeInto(leader.locator('#a0-next'), 'Book a weekly slot with each seller');
      await typeInto(leader.locator('#a0-date'), '03012027');
      await press(leader.getByRole('button', { name: 'Add an action' }));
      await typeInto(leader.locator('#a1-title'), 'Walk the floor on Mondays');
      await typeInto(leader.locator('#a1-next'), 'Start next Monday');
      await typeInto(leader.locator('#a1-date'), '02152027');
      await axe(leader, 'the action plan form');
      await press(leader.getByRole('button', { name: 'Save the plan' }));
      await leader.getByText('Walk the floor on Mondays').waitFor(WAIT);
      await leader.getByText('Only you see the plan.').waitFor(WAIT);
      await axe(leader, 'the saved action plan');
      await noStyleAttributes(leader);
      // The administrators do not see it.
      await page.reload();
      await page.getByText('No leader has shared an action plan.').waitFor(WAIT);
      await noStyleAttributes(page);

      // The next round: the leader's new report link shows the spring plan beside the new report.
      await press(page.getByRole('link', { name: 'Rounds' }));
      await typeInto(page.locator('#round-name'), 'Autumn');
      await page.locator('#round-name').press('Enter');
      await page.getByRole('heading', { name: 'Autumn', level: 1 }).waitFor(WAIT);
      await press(page.getByRole('button', { name: 'Open the round' }));
      await page.getByText('0 of 4').first().waitFor(WAIT);
      const north2 = await link('north');
      const south2 = await link('south');
      for (let i = 0; i < 4; i++) await post(north2, 5);
      for (let i = 0; i < 3; i++) await post(south2, 3);
      await press(page.getByRole('button', { name: 'Close the round' }));
      await press(page.getByRole('button', { name: 'Yes, close the round' }));
      await page.getByText('Previous round: Spring').first().waitFor(WAIT);
      const reportLink2 = (await page
        .locator('balanse-admin-round li[data-unit="north"] .link-row a')
        .getAttribute('href'))!;
      await leader.goto(reportLink2);
      await leader.getByRole('heading', { name: 'Your plan from Spring: did it change?' }).waitFor(WAIT);
      await leader.getByText('Walk the floor on Mondays').waitFor(WAIT);
      await leader.getByRole('heading', { name: 'Previous round: Spring' }).waitFor(WAIT);
      await axe(leader, 'the next round’s leader page with last round’s plan');

      // The client's look: a token that is not Balanse's is refused by name; a good one is applied.
      await press(page.getByRole('link', { name: 'Look' }));
      await page.getByRole('heading', { name: 'How the survey looks' }).waitFor(WAIT);
      await press(page.getByRole('radio', { name: 'Ember' }), 'Space');
      const tokens = page.locator('#theme-tokens');
      await typeInto(tokens, '{ "color-acent": "#0b5d1e" }');
      await press(page.getByRole('button', { name: 'Save the look' }));
      await page.getByText('tokens.color-acent: is not a token of Balanse').waitFor(WAIT);
      await typeInto(tokens, '{ "color-accent": "#0b5d1e" }');
      await press(page.getByRole('button', { name: 'Preview' }));
      await page.waitForFunction(
        () =>
          getComputedStyle(
            document
              .querySelector('balanse-admin-app')!
              .shadowRoot!.querySelector('balanse-admin-theme')!
              .shadowRoot!.querySelector('.preview')!,
          )
            .getPropertyValue('--balanse-color-accent')
            .trim() === '#0b5d1e',
        undefined,
        WAIT,
      );
      await press(page.getByRole('button', { name: 'Save the look' }));
      await page.getByText('The look has been saved').waitFor({ state: 'attached', ...WAIT });
      await page.waitForFunction(
        () =>
          getComputedStyle(document.documentElement).getPropertyValue('--balanse-color-accent').trim() === '#0b5d1e',
        undefined,
        WAIT,
      );
      await axe(page, 'the look');
      await reflows(page, 'the look');
      await noStyleAttributes(page);

      // Another tenant's admin cannot open this organisation.
      const adminB = await api<{ token: string }>(served.url, `/v1/tenants/${tenantB.id}/tokens`, 'POST', {
        role: 'admin',
      });
      await press(app(page).getByRole('button', { name: 'Sign out' }));
      await page.getByText('You are signed out.').waitFor(WAIT);
      expect(await page.evaluate(() => sessionStorage.getItem('balanse-admin-token'))).toBeNull();
      await typeInto(token, adminB.token);
      await token.press('Enter');
      await page.getByRole('heading', { name: 'Organisation chart', level: 1 }).waitFor(WAIT);
      await page.evaluate((id) => (location.hash = `#/t/${id}/units`), tenantId);
      await page.getByText('This organisation does not exist, or your token belongs to another.').waitFor(WAIT);
      await axe(page, 'another tenant’s organisation');

      expect(served.violations).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
