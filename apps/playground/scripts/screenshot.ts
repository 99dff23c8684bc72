import { join } from 'node:path';
import { launchChromium } from '../../../tools/e2e/chromium.js';
import { serveDist } from '../e2e/serve-dist.js';

/** Re-takes docs/playground.png from the built app: the 1:1 preset mid-call, both videos showing. */
const server = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
  await page.goto(`${server.url}?speed=4&preset=call-1v1&autoplay=0`);
  const next = page.locator('[data-testid="preset-next"]');
  for (let i = 0; i < 7; i++) {
    await next.click();
    await page.waitForTimeout(400);
  }
  await page.waitForSelector('[data-testid="tile-alice-bob"][data-live="true"]', { timeout: 20_000 });
  await page.waitForTimeout(800);
  await page.locator('[data-testid="play"]').click();
  await page.screenshot({ path: join(import.meta.dirname, '../../../docs/playground.png') });
} finally {
  await browser.close();
  await server.close();
}
