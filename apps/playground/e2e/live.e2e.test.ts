import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlayground, type PlaygroundPage } from './page-harness.js';
import { type Stage, stageOf, WAIT } from './stage.js';

let app: PlaygroundPage;
let stage: Stage;

describe('live-room presets in headless Chromium', () => {
  beforeAll(async () => {
    app = await openPlayground();
    stage = stageOf(app.page);
    await app.page.goto(`${app.url}?speed=8&preset=live-start`);
    await stage.byId('card-alice').waitFor(WAIT);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('link-mic preset: an audience member co-hosts; both pictures show on the other side', async () => {
    await stage.playPreset('live-link-mic');
    await stage.expectStatus('alice', 'linkMic');
    await stage.expectStatus('bob', 'linked');
    await stage.expectLog('alice', 'onRequestJoinAnchor {"userInfo":{"userId":"bob"');
    await stage.expectLog('bob', 'linkMic.onSuccess');
    await stage.activeNode('alice', 'loggedIn.room.anchor.stage.linkMic').waitFor(WAIT);
    await stage.activeNode('bob', 'loggedIn.room.audience.linked').waitFor(WAIT);
    await app.page.waitForSelector(
      '[data-testid="tile-alice-bob"][data-live="true"][data-showing="bob"]',
      WAIT,
    );
    await app.page.waitForSelector(
      '[data-testid="tile-bob-alice"][data-live="true"][data-showing="alice"]',
      WAIT,
    );
  });

  it('PK preset: two live anchors connect across rooms', async () => {
    await stage.playPreset('live-pk');
    for (const user of ['alice', 'dave']) {
      await app.page.waitForSelector(`[data-testid="btn-${user}-quit-pk"]:not([disabled])`, WAIT);
      expect(await stage.byId(`status-${user}`).textContent()).toMatch(/pk/i);
    }
    await stage.expectLog('dave', 'onRequestRoomPK {"userInfo":{"userId":"alice"');
    await stage.expectLog('alice', 'roomPK.onSuccess');
    for (const user of ['alice', 'dave'])
      await stage.activeNode(user, 'loggedIn.room.anchor.stage.pk').waitFor(WAIT);
    await app.page.waitForSelector(
      '[data-testid="tile-alice-dave"][data-live="true"][data-showing="dave"]',
      WAIT,
    );
  });

  it("official app preset: a web anchor and Tencent's iOS app link mic; the timeline shows raw payloads", async () => {
    await stage.playPreset('live-official-ios');
    await stage.expectLog('alice', 'onRequestJoinAnchor {"userInfo":{"userId":"kit"');
    await stage.expectLog('kit', 'in inviteeAccepted alice: {"version":1,"businessID":"Live"');
    await app.page.waitForSelector('[data-testid="sequence"] g[data-raw*="businessID"]', WAIT);
  });

  it('ran with no console errors and no request leaving localhost', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
