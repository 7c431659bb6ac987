/**
 * The real <balanse-survey>, in Chromium, on a survey link the server serves: answered,
 * sent while the browser is offline (it waits in the device's outbox), delivered once when
 * the browser is back online, and still once after a reload. On both engines.
 */
import { BUILT_IN_VERSIONS } from '@balanse/core/instrument';
import { describe, expect } from 'vitest';
import { collectViolations } from './helpers/csp-violations.js';
import { ENGINES } from './helpers/engines.js';
import { surveyBrowser } from './helpers/survey-browser.js';
import { api, roundOn } from './helpers/http.js';

describe.each(ENGINES)('the survey in Chromium on $name', (engine) => {
  const { env, test } = surveyBrowser(engine);

  test('answered offline, delivered once when the browser is back online, and still once after a reload', async () => {
    const { link, roundPath } = await roundOn(env.server.url);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(m.text()))
        errors.push(m.text());
    });
    // Every Content-Security-Policy violation of the survey page and the leader's page.
    const violations = await collectViolations(context);
    const response = await page.goto(`${env.server.url}${link}`);
    expect(response?.status()).toBe(200);
    // Stylesheets from the server, and the one inline stylesheet of the server-rendered survey by its hash.
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self'( 'sha256-[^']+')+;/);
    // The server rendered the items; the element is the survey's own once its script has defined it.
    await page.waitForFunction(
      () =>
        customElements.get('balanse-survey') &&
        document.querySelector('balanse-survey')?.shadowRoot?.querySelector('input[name="q01"]'),
    );
    await page.evaluate(async () => {
      const el = document.querySelector('balanse-survey') as HTMLElement & {
        page: number;
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      for (const [id, value] of [
        ['q01', 4],
        ['q02', 2],
        ['q03', 5],
      ] as const) {
        (el.shadowRoot!.querySelector(`input[name="${id}"][value="${value}"]`) as HTMLInputElement).click();
      }
      el.page = 5;
      await el.updateComplete;
    });
    await context.setOffline(true);
    await page.evaluate(() => {
      const el = document.querySelector('balanse-survey')!;
      (el.shadowRoot!.querySelector('[part~="button-submit"]') as HTMLElement).click();
    });
    await page.waitForFunction(
      () => (document.querySelector('balanse-survey') as unknown as { status: string }).status === 'queued',
      undefined,
      { timeout: 120_000 },
    );
    const participation = () => api<{ responded: number }[]>(env.server.url, `${roundPath}/participation`);
    expect((await participation())[0]!.responded).toBe(0);
    await context.setOffline(false);
    await page.waitForFunction(
      () => (document.querySelector('balanse-survey') as unknown as { status: string }).status === 'delivered',
      undefined,
      { timeout: 120_000 },
    );
    expect((await participation())[0]!.responded).toBe(1);
    await page.reload();
    await page.waitForFunction(() =>
      document.querySelector('balanse-survey')?.shadowRoot?.querySelector('input, [part~="delivered"], p'),
    );
    expect((await participation())[0]!.responded).toBe(1);
    const stored = await env.database.db.query<{ answers: Record<string, number> }>('SELECT answers FROM response');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers).toEqual({ q01: 4, q02: 2, q03: 5 });
    // The leader's report page, after close: the report renders, in a language switched at will.
    await api(env.server.url, `${roundPath}/close`, 'POST');
    const [reportLink] = await api<{ url: string }[]>(env.server.url, `${roundPath}/report-links`);
    expect(violations, 'the survey page under its policy').toEqual([]);
    await page.goto(reportLink!.url);
    // The leader's page (issue 11) holds the report in its shadow root.
    const title = () =>
      page.waitForFunction(
        () =>
          document
            .querySelector('balanse-leader-page')
            ?.shadowRoot?.querySelector('balanse-report')
            ?.shadowRoot?.querySelector('h1, h2')?.textContent ?? '',
        undefined,
        { timeout: 120_000 },
      );
    expect(await (await title()).jsonValue()).toBeTruthy();
    await page.selectOption('select[name=locale]', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(
      await page.evaluate(
        () => document.querySelector('balanse-leader-page')?.shadowRoot?.querySelector('[data-status]')?.textContent,
      ),
    ).toBe('');
    expect(violations, "the leader's page under its policy").toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a round opened with an earlier instrument version shows that version’s items and delivers in it', async () => {
    const { link, roundPath } = await roundOn(env.server.url);
    const [, , , tenant, , round] = roundPath.split('/');
    await env.database.db.query('UPDATE round SET instrument_version = $3 WHERE tenant_id = $1 AND id = $2', [
      tenant,
      round,
      '1.0.0',
    ]);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}${link}`);
    // q08 is one of the items 1.1.0 rewrote: the page must show 1.0.0's wording.
    const texts = await page.waitForFunction(
      () => {
        const parts = document.querySelector('balanse-survey')?.shadowRoot?.querySelectorAll('[part~="item-text"]');
        return parts && parts.length > 0 ? [...parts].map((p) => p.textContent) : null;
      },
      undefined,
      { timeout: 120_000 },
    );
    const [old, current] = ['1.0.0', '1.1.0'].map(
      (v) => BUILT_IN_VERSIONS[v]!.items.find((i) => i.id === 'q08')!.text.nb!,
    );
    expect(old).not.toBe(current);
    const shown = (await texts.jsonValue()) as string[];
    expect(shown.some((t) => t.includes(old!))).toBe(true);
    expect(shown.some((t) => t.includes(current!))).toBe(false);
    await page.evaluate(async () => {
      const el = document.querySelector('balanse-survey') as HTMLElement & {
        page: number;
        updateComplete: Promise<unknown>;
      };
      (el.shadowRoot!.querySelector('input[name="q01"][value="4"]') as HTMLInputElement).click();
      el.page = 5;
      await el.updateComplete;
      (el.shadowRoot!.querySelector('[part~="button-submit"]') as HTMLElement).click();
    });
    await page.waitForFunction(
      () => (document.querySelector('balanse-survey') as unknown as { status: string }).status === 'delivered',
      undefined,
      { timeout: 120_000 },
    );
    const stored = await env.database.db.query<{ instrument_version: string }>(
      'SELECT instrument_version FROM response WHERE tenant_id = $1 AND round_id = $2',
      [tenant, round],
    );
    expect(stored).toEqual([{ instrument_version: '1.0.0' }]);
    await context.close();
  });
});
