/**
 * Makes docs/images/report.png, the README's picture of the report: the demo built for
 * production, opened in Chromium, the English report of the sample team. Run with
 * `pnpm --filter @balanse/demo screenshot` after changing how the report looks.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../../.ci/chromium.mjs';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const out = fileURLToPath(new URL('../../../docs/images/report.png', import.meta.url));

await build({ configFile, logLevel: 'error' });
const server = await preview({ configFile, preview: { port: 0 }, logLevel: 'error' });
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 900 }, deviceScaleFactor: 1 });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server has no local URL');
  await page.goto(url);
  await page.selectOption('#language', 'en');
  const report = page.locator('balanse-report');
  await report.getByText('The team is in the comfort zone.').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  const box = await report.boundingBox();
  if (!box) throw new Error('The report is not on screen');
  await page.screenshot({
    path: out,
    fullPage: true,
    clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: 1500 },
  });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  server.httpServer.close();
}
