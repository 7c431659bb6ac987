/**
 * The demo as a newcomer meets it: built for production, served, and opened in Chromium. It must
 * load without a single console error, show the report and the survey, react to the language
 * switch, and take a submitted survey into the report.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
let server: PreviewServer;
let browser: Browser;
let url = '';

beforeAll(async () => {
  // Vitest sets NODE_ENV=test, which would make Vite resolve Lit's development build; a newcomer
  // gets the production build, so that is what is tested.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'error' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  url = server.resolvedUrls!.local[0]!;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run the tests with `pnpm test` or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

async function open(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  await page.locator('balanse-report').getByRole('heading').first().waitFor();
  return { page, problems };
}

describe('the demo', () => {
  it('loads with no console errors or warnings, showing the survey and the report', async () => {
    const { page, problems } = await open();
    await expect(page.locator('balanse-survey').getByRole('radiogroup').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('balanse-report').getByText('Salg Nord').first().isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches the whole page to another language', async () => {
    const { page, problems } = await open();
    await page.selectOption('#language', 'en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Balanse: demo');
    await page.locator('balanse-report').getByText('The team is in the comfort zone.').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('takes a submitted survey into the report', async () => {
    const { page, problems } = await open();
    await page.selectOption('#language', 'en');
    await page.selectOption('#team', 'east');
    const report = page.locator('balanse-report');
    await report.getByText('3 of 7 answered.').first().waitFor();
    const survey = page.locator('balanse-survey');
    for (let p = 0; p < 5; p++) {
      const groups = survey.getByRole('radiogroup');
      for (let i = 0; i < (await groups.count()); i++)
        await groups.nth(i).getByRole('radio', { name: 'Agree', exact: true }).check();
      await survey.getByRole('button', { name: p < 4 ? 'Next' : 'Review your answers', exact: true }).click();
    }
    await survey.getByRole('button', { name: 'Send answers', exact: true }).click();
    await page.getByText('Your answers were added to Salg Øst.').waitFor();
    await report.getByText('4 of 8 answered.').first().waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a team below the anonymity threshold without figures', async () => {
    const { page } = await open();
    await page.selectOption('#language', 'en');
    await page.selectOption('#team', 'east');
    await page.locator('balanse-report').getByText('3 of 7 answered.').first().waitFor();
    await page.context().close();
  });
});
