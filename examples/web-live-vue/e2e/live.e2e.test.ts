import { join } from 'node:path';
import type { FakeCloud } from '@trtc-smart/testkit';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/e2e/chromium.js';
import { serveStatic } from '../../../tools/e2e/serve-static.js';

const WAIT = { timeout: 20_000 };
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
const errors: string[] = [];

const card = (user: string): Locator => page.getByTestId(`user-${user}`);
const button = (user: string, name: string | RegExp) => card(user).getByRole('button', { name });
const expectStatus = (user: string, status: string) =>
  page.waitForSelector(`[data-testid="user-${user}"][data-status="${status}"]`, WAIT);
const tile = (user: string, of: string) => card(user).getByTestId(`tile-${of}`);
const say = async (user: string, text: string) => {
  await card(user).getByLabel('message').fill(text);
  await button(user, 'Send').click();
};

describe('examples/web-live-vue in headless Chromium (fake cloud)', () => {
  beforeAll(async () => {
    server = await serveStatic(join(import.meta.dirname, '../dist'));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    await page.goto(`${server.url}?speed=4`);
    for (const user of ['alice', 'dave', 'bob', 'carol']) await button(user, 'Log in').click();
    for (const user of ['alice', 'dave', 'bob', 'carol']) await expectStatus(user, 'outside');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a whole live session: preview, go live, watch, barrage, link mic, kick, PK, end', async () => {
    // The anchor previews before going live, with beauty: the camera (the fake cloud's device) takes it.
    await tile('alice', 'me').waitFor(WAIT);
    await card('alice').getByLabel('style').selectOption('natural');
    await card('alice').getByLabel('beauty', { exact: true }).fill('7');
    await card('alice').getByLabel('whiteness').fill('3');
    await card('alice').getByLabel('ruddiness').fill('2');
    await card('alice').locator('[data-beauty="natural 7 3 2"]').waitFor(WAIT);
    const applied = await page.evaluate(
      () => (window as unknown as { fakeCloud: FakeCloud }).fakeCloud.mediaState('alice')?.controls.beauty,
    );
    expect(applied).toEqual({ style: 'natural', beauty: 7, whiteness: 3, ruddiness: 2 });
    await button('alice', 'Go live').click();
    await expectStatus('alice', 'live');
    await button('bob', 'Watch alice').click();
    await button('carol', 'Watch alice').click();
    await expectStatus('bob', 'watching');
    await expectStatus('carol', 'watching');
    await tile('bob', 'alice').waitFor(WAIT);

    // Barrage, both ways.
    await say('bob', 'hello alice!');
    await card('alice').getByText('bob: hello alice!').waitFor(WAIT);
    await card('carol').getByText('bob: hello alice!').waitFor(WAIT);
    await say('alice', 'welcome');
    await card('bob').getByText('alice: welcome').waitFor(WAIT);

    // Link mic: bob asks, alice accepts; everyone sees bob's stream beside alice's.
    await button('bob', 'Ask to link mic').click();
    await expectStatus('bob', 'requesting');
    await card('alice').getByText('bob asks to link mic: can I join?').waitFor(WAIT);
    await button('alice', 'Accept').click();
    await expectStatus('bob', 'linked');
    await expectStatus('alice', 'linkMic');
    await tile('bob', 'me').waitFor(WAIT);
    await tile('alice', 'bob').waitFor(WAIT);
    await tile('carol', 'bob').waitFor(WAIT);

    // The anchor kicks the co-host: bob is a viewer again.
    await button('alice', 'Kick bob').click();
    await expectStatus('bob', 'watching');
    await expectStatus('alice', 'live');
    await card('bob').getByTestId('notice').getByText('The anchor ended your link mic').waitFor(WAIT);
    // Carol hears of the stream's end on her own link, not with bob's notice: wait for it.
    await tile('carol', 'bob').waitFor({ state: 'detached', ...WAIT });

    // PK with dave's room.
    await button('dave', 'Go live').click();
    await expectStatus('dave', 'live');
    await button('alice', 'PK with dave').click();
    await expectStatus('alice', 'requestingPK');
    await card('dave').getByText('alice asks for PK').waitFor(WAIT);
    await button('dave', 'Accept').click();
    await expectStatus('alice', 'inPK');
    await expectStatus('dave', 'inPK');
    await tile('alice', 'dave').waitFor(WAIT);
    await tile('dave', 'alice').waitFor(WAIT);
    await button('dave', 'End PK').click();
    await expectStatus('alice', 'live');
    await expectStatus('dave', 'live');

    // The show ends: the viewers are told and are outside again.
    await button('alice', 'End show').click();
    await expectStatus('alice', 'outside');
    await expectStatus('bob', 'outside');
    await expectStatus('carol', 'outside');
    await card('carol').getByText('The show has ended').waitFor(WAIT);
    expect(errors).toEqual([]);
  });
});
