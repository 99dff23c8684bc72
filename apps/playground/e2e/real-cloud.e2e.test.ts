import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlayground, type PlaygroundPage } from './page-harness.js';
import { type Stage, stageOf, WAIT } from './stage.js';

let app: PlaygroundPage;
let stage: Stage;

describe('real-cloud mode in headless Chromium', () => {
  beforeAll(async () => {
    app = await openPlayground({ blockForeign: true });
    stage = stageOf(app.page);
    await app.page.goto(`${app.url}?autoplay=0`);
    await stage.byId('card-alice').waitFor(WAIT);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('the same card runs on adapter-web, ready to log in', async () => {
    await stage.byId('mode-real').click();
    await stage.byId('real-sdkappid').fill('1400000000');
    await stage.byId('real-userid').fill('webuser');
    await stage.byId('real-secretkey').fill('development-only-not-a-real-key');
    expect(app.foreignRequests).toEqual([]);
    await stage.byId('real-connect').click();
    await app.page.waitForSelector('[data-testid="card-webuser"][data-status="loggedOut"]', WAIT);
    expect(await stage.byId('real-cloud-status').textContent()).toContain('web adapter ready for webuser');
    expect(await stage.byId('btn-webuser-login').isEnabled()).toBe(true);
    expect(await stage.byId('btn-webuser-video-call').isDisabled()).toBe(true);
    await stage.activeNode('webuser', 'loggedOut').waitFor(WAIT);
  });

  it('a live-room user gets the live card on the same adapter, replacing the calling one', async () => {
    await stage.byId('real-userid').fill('webanchor');
    await stage.byId('real-kind').selectOption('live');
    await stage.byId('real-connect').click();
    await app.page.waitForSelector('[data-testid="card-webanchor"][data-status="loggedOut"]', WAIT);
    expect(await stage.byId('card-webuser').count()).toBe(0);
    expect(await stage.byId('btn-webanchor-login').isEnabled()).toBe(true);
    expect(await stage.byId('btn-webanchor-create-room').isDisabled()).toBe(true);
    await stage.activeNode('webanchor', 'loggedOut').waitFor(WAIT);
  });

  it('only the Tencent SDKs try to reach the internet (blocked here), and only once connected', () => {
    expect(app.foreignRequests.length).toBeGreaterThan(0);
    for (const url of app.foreignRequests) expect(new URL(url).hostname).toMatch(/(qcloud|tencent|imcloud)/);
    expect(app.consoleErrors.filter((e) => !/ERR_FAILED|Failed to load resource|net::/.test(e))).toEqual([]);
  });
});
