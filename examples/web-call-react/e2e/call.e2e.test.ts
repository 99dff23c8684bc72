import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/e2e/chromium.js';
import { serveStatic } from '../../../tools/e2e/serve-static.js';

const WAIT = { timeout: 20_000 };
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
const errors: string[] = [];

const phone = (user: string): Locator => page.getByTestId(`phone-${user}`);
const button = (user: string, name: string | RegExp) => phone(user).getByRole('button', { name });
const expectStatus = (user: string, status: string) =>
  page.waitForSelector(`[data-testid="phone-${user}"][data-status="${status}"]`, WAIT);

describe('examples/web-call-react in headless Chromium (fake cloud)', () => {
  beforeAll(async () => {
    server = await serveStatic(join(import.meta.dirname, '../dist'));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}?speed=4`);
    for (const user of ['alice', 'bob', 'carol']) await button(user, 'Log in').click();
    for (const user of ['alice', 'bob', 'carol']) await expectStatus(user, 'idle');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a whole 1:1 video call: ring, accept, tiles, mute, hands-free, switch to audio, hang up, reason', async () => {
    await button('alice', 'Video call bob').click();
    await expectStatus('alice', 'dialing');
    await expectStatus('bob', 'ringing');
    await expect(phone('bob').textContent()).resolves.toContain('alice is calling (video)');
    await button('bob', 'Accept').click();
    await expectStatus('alice', 'inCall');
    await expectStatus('bob', 'inCall');
    await page.waitForSelector(
      '[data-testid="phone-alice"] [data-testid="tile-bob"][data-rendering="true"]',
      WAIT,
    );
    await page.waitForSelector(
      '[data-testid="phone-bob"] [data-testid="tile-alice"][data-rendering="true"]',
      WAIT,
    );
    await phone('alice').getByTestId('tile-me').waitFor(WAIT);
    await button('alice', 'Mute').click();
    await button('alice', 'Unmute').waitFor(WAIT);
    await button('alice', 'Hands-free').click();
    await button('alice', 'Earpiece').waitFor(WAIT);
    await button('alice', 'Camera off').click();
    // The camera stops asynchronously: wait for the tile to go rather than reading it once.
    await phone('alice')
      .getByTestId('tile-me')
      .waitFor({ state: 'detached', ...WAIT });
    await phone('alice')
      .getByText(/In call \d+ s/)
      .waitFor(WAIT);
    await button('alice', 'Switch to audio').click();
    await page.waitForSelector('[data-testid="phone-bob"] .tile.audio', WAIT);
    await button('bob', 'Hang up').click();
    await expectStatus('alice', 'idle');
    await expectStatus('bob', 'idle');
    await expect(phone('alice').getByTestId('ended').textContent()).resolves.toBe('Call ended: remoteHangup');
    await expect(phone('bob').getByTestId('ended').textContent()).resolves.toBe('Call ended: localHangup');
  });

  it('ringing: a rejected call and a cancelled one end with their reasons', async () => {
    await button('alice', 'Audio call carol').click();
    await expectStatus('carol', 'ringing');
    await button('carol', 'Reject').click();
    await expectStatus('alice', 'idle');
    await expect(phone('alice').getByTestId('ended').textContent()).resolves.toBe('Call ended: rejected');
    await button('alice', 'Audio call carol').click();
    await expectStatus('carol', 'ringing');
    await button('alice', 'Cancel').click();
    await expectStatus('carol', 'idle');
    await expect(phone('carol').getByTestId('ended').textContent()).resolves.toBe('Call ended: cancelled');
  });

  it('a group call of three: everyone sees the other two', async () => {
    await phone('alice').getByLabel('pick bob').check();
    await phone('alice').getByLabel('pick carol').check();
    await button('alice', 'Group call').click();
    await expectStatus('bob', 'ringing');
    await expectStatus('carol', 'ringing');
    await button('bob', 'Accept').click();
    await button('carol', 'Accept').click();
    for (const user of ['alice', 'bob', 'carol']) await expectStatus(user, 'inCall');
    await page.waitForSelector(
      '[data-testid="phone-carol"] [data-testid="tile-bob"][data-rendering="true"]',
      WAIT,
    );
    await page.waitForSelector(
      '[data-testid="phone-carol"] [data-testid="tile-alice"][data-rendering="true"]',
      WAIT,
    );
    await button('alice', 'Hang up').click();
    await expectStatus('alice', 'idle');
    await button('bob', 'Hang up').click();
    for (const user of ['bob', 'carol']) await expectStatus(user, 'idle');
    await expect(phone('carol').getByTestId('ended').textContent()).resolves.toBe('Call ended: remoteHangup');
    expect(errors).toEqual([]);
  });
});
