/**
 * Makes the pictures of docs/admin/: every screen of the administrators' app and the leader's
 * page, on a server with the sample department on a throwaway embedded database, in English.
 * Run `pnpm docs:admin-screenshots` (after `pnpm build`) when a screen changes, and commit the PNGs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';
import { openPglite } from '../src/db/pglite.js';
import { seedDemo } from '../src/demo.js';
import { createBalanse, listen } from '../src/server.js';

const OPERATOR = 'bal_operator-token-for-the-screenshots-only-00';
const images = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'balanse-screenshots-'));
const db = await openPglite({ dataDir: join(dir, 'data') });
const balanse = await createBalanse({ db, adminToken: OPERATOR, log: () => {} });
const server = await listen(balanse.app, 0);
const seed = await seedDemo(balanse.ctx, server.url);
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

const WAIT = { timeout: 120_000 };
async function shot(page: Page, name: string, clip?: Locator): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const path = join(images, `${name}.png`);
  if (clip) await clip.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  console.log(`Wrote docs/images/${name}.png`);
}

try {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 860 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/admin`);
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  const token = page.locator('input[name="token"]');
  await token.waitFor(WAIT);
  await shot(page, 'admin-sign-in');

  await token.fill(OPERATOR);
  await token.press('Enter');
  await page.getByRole('heading', { name: 'Organisations', level: 1 }).waitFor(WAIT);
  await shot(page, 'admin-tenants');

  await page.evaluate((id) => (location.hash = `#/t/${id}/units`), seed.tenantId);
  await page.getByRole('button', { name: 'Edit Salg Nord' }).waitFor(WAIT);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'units.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'id,parent,name,headcount\nsales,,Salg,2\nnorth,sales,Salg Nord,9\nsouth,sales,Salg Sør,åtte\nwest,nowhere,Salg Vest,8\n',
    ),
  });
  await page.getByText('2 rows need fixing').waitFor(WAIT);
  await shot(page, 'admin-units');

  await page.evaluate((id) => (location.hash = `#/t/${id}/rounds`), seed.tenantId);
  await page.getByRole('heading', { name: 'New round' }).waitFor(WAIT);
  await shot(page, 'admin-rounds');

  await page.evaluate(([t, r]) => (location.hash = `#/t/${t}/rounds/${r}`), [seed.tenantId, seed.round.id]);
  await page.getByRole('heading', { name: 'Participation' }).waitFor(WAIT);
  await page.getByText('Show QR code').first().click();
  await page.locator('balanse-qr-code').first().locator('svg').waitFor(WAIT);
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.screenshot({ path: join(images, 'admin-round-open.png') });
  console.log('Wrote docs/images/admin-round-open.png');
  await page.setViewportSize({ width: 1100, height: 860 });

  await page.getByRole('button', { name: 'Close the round' }).click();
  await shot(page, 'admin-close', page.locator('balanse-admin-round section.card').first());
  await page.getByRole('button', { name: 'Yes, close the round' }).click();
  await page.locator('balanse-admin-round balanse-report').first().locator('h2').first().waitFor(WAIT);
  await page.setViewportSize({ width: 1100, height: 1800 });
  await page.screenshot({ path: join(images, 'admin-reports.png') });
  console.log('Wrote docs/images/admin-reports.png');
  await page.setViewportSize({ width: 1100, height: 860 });
  // The report's sections further down, each on its own: the department view of the top unit and
  // one area's questions (the item detail).
  const report = page.locator('balanse-admin-round balanse-report').first();
  await shot(page, 'admin-report-department', report.locator('[data-section="department"]'));
  // The questions of the first area only: the whole section is several screens long.
  const items = report.locator('[data-section="items"]');
  await items.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await items.boundingBox();
  if (!box) throw new Error('the report has no item detail section');
  await page.screenshot({
    path: join(images, 'admin-report-items.png'),
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 760) },
  });
  console.log('Wrote docs/images/admin-report-items.png');

  const north = seed.reportLinks.find((l) => l.unit === 'north')?.url;
  if (!north) throw new Error('the sample round has no report link for the unit "north"');
  const leader = await context.newPage();
  await leader.goto(north);
  await leader.locator('select[name="locale"]').selectOption('en');
  await leader.locator('balanse-leader-page balanse-report h1').waitFor(WAIT);
  await leader.getByRole('button', { name: 'Make an action plan' }).click();
  const from = leader.locator('#a0-from');
  const advice = await from
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
  if (advice[0]) await from.selectOption(advice[0]);
  await leader.locator('#a0-next').fill('Tell each seller this week what good looks like in their role');
  await leader.locator('#a0-date').fill('2027-03-01');
  await leader.getByRole('button', { name: 'Add an action' }).click();
  await leader.locator('#a1-title').fill('Weekly one-to-one on results');
  await leader.locator('#a1-next').fill('Book 20 minutes with each seller on Mondays');
  await leader.locator('#a1-date').fill('2027-02-15');
  await shot(leader, 'leader-action-plan-form', leader.locator('balanse-action-plan'));
  await leader.getByRole('button', { name: 'Save the plan' }).click();
  await leader.getByText('Only you see the plan.').waitFor(WAIT);
  await shot(leader, 'leader-action-plan', leader.locator('balanse-action-plan'));
  await leader.evaluate(() => window.scrollTo(0, 0));
  await leader.setViewportSize({ width: 1100, height: 1400 });
  await leader.screenshot({ path: join(images, 'leader-page.png') });
  console.log('Wrote docs/images/leader-page.png');

  await page.evaluate((id) => (location.hash = `#/t/${id}/theme`), seed.tenantId);
  await page.getByRole('heading', { name: 'How the survey looks' }).waitFor(WAIT);
  await page.getByRole('radio', { name: 'Fjord' }).check();
  await page.locator('#theme-tokens').fill('{ "color-accent": "#0b5d1e", "radius-m": "12px" }');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.waitForTimeout(500); // the preview's stylesheet applies on the next frame; a picture, not a test
  await shot(page, 'admin-theme');
} finally {
  await browser.close();
  await server.close();
  await balanse.close();
  rmSync(dir, { recursive: true, force: true });
}
