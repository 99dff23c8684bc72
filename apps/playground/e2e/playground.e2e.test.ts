import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallType, createCalling } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlayground, type PlaygroundPage, tilePicture } from './page-harness.js';
import { type Stage, stageOf, WAIT } from './stage.js';

let app: PlaygroundPage;
let page: Page;
let stage: Stage;

describe('playground in headless Chromium', () => {
  beforeAll(async () => {
    app = await openPlayground();
    page = app.page;
    stage = stageOf(page);
    await page.goto(`${app.url}?speed=8&preset=call-1v1&autoplay=0`);
    await stage.byId('card-alice').waitFor(WAIT);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('1:1 call, taken over by hand: states, logs, highlighted chart, remote video of the other user', async () => {
    await stage.byId('preset-next').click(); // everyone logs in
    await stage.expectStatus('alice', 'idle');
    await stage.expectStatus('bob', 'idle');
    await stage.byId('preset-next').click(); // alice calls bob
    await stage.expectStatus('alice', 'dialing');
    await stage.expectStatus('bob', 'ringing');
    await stage.expectLog('bob', 'onInvited {"sponsor":"alice"');
    await stage.activeNode('bob', 'loggedIn.ringing').waitFor(WAIT);
    await stage.byId('preset-next').click(); // bob accepts
    await stage.expectStatus('alice', 'inCall');
    await stage.expectStatus('bob', 'inCall');
    await stage.expectLog('alice', 'onCallBegin');
    await stage.activeNode('alice', 'loggedIn.active.inCall').waitFor(WAIT);
    expect(await page.locator('[data-testid="chart-alice"] [data-taken="true"]').count()).toBeGreaterThan(0);
    await stage.byId('blip-alice').click(); // alice's link down for the toolbar's 5 s, then back
    await page.waitForSelector('[data-testid="link-alice"][data-state="reconnecting"]', WAIT);
    expect(await stage.byId('link-alice').textContent()).toContain('reconnecting: media');
    await page.waitForSelector('[data-testid="link-alice"][data-state="connected"]', {
      ...WAIT,
      state: 'attached',
    });
    await stage.expectStatus('alice', 'inCall');
    for (let i = 0; i < 4; i++) await stage.byId('preset-next').click(); // cameras on, both render each other
    const tile = '[data-testid="tile-bob-alice"][data-live="true"][data-showing="alice"]';
    await page.waitForSelector(tile, WAIT);
    await page.waitForFunction(
      () =>
        (document.querySelector<HTMLVideoElement>('[data-testid="tile-bob-alice"] video')?.videoWidth ?? 0) >
        0,
      undefined,
      WAIT,
    );
    const picture = await tilePicture(page, 'tile-bob-alice');
    expect(picture.width).toBe(320);
    expect(picture.variance).toBeGreaterThan(100);
    await stage.byId('preset-next').click(); // bob hangs up
    await stage.expectStatus('alice', 'idle');
    await stage.expectStatus('bob', 'idle');
    await stage.expectLog('alice', 'onCallEnd {"reason":"remoteHangup"');
    await stage.activeNode('alice', 'loggedIn.idle').waitFor(WAIT);
  });

  it('busy preset: the third caller hears busy, the call goes on', async () => {
    await stage.playPreset('call-busy');
    await stage.expectLog('carol', 'onLineBusy {"userId":"bob"}');
    await stage.expectLog('carol', 'onCallEnd {"reason":"lineBusy"');
    await stage.expectStatus('alice', 'idle');
    await stage.expectStatus('bob', 'idle');
    await stage.expectStatus('carol', 'idle');
    await stage.expectLog('bob', 'onCallEnd {"reason":"remoteHangup"');
  });

  it('group call with a late invitee: everyone joins, one leaves, the rest stay in the call', async () => {
    await stage.playPreset('call-group');
    await stage.expectLog('bob', 'onGroupCallInviteeListUpdate');
    await stage.expectLog('dave', 'onCallBegin');
    await stage.expectStatus('carol', 'idle');
    for (const user of ['alice', 'bob', 'dave']) {
      await stage.expectStatus(user, 'inCall');
      await stage.activeNode(user, 'loggedIn.active.inCall').waitFor(WAIT);
    }
    await stage.expectLog('alice', 'onUserLeave {"userId":"carol"}');
    await page.waitForSelector('[data-testid="tile-alice-dave"][data-live="true"]', WAIT);
  });

  it('exports a run and replays it to the same trace', async () => {
    await stage.playPreset('call-reject');
    await stage.expectLog('alice', 'onReject {"userId":"bob"}');
    const [download] = await Promise.all([page.waitForEvent('download'), stage.byId('export').click()]);
    const saved = join(await mkdtemp(join(tmpdir(), 'playground-')), 'run.json');
    await download.saveAs(saved);
    const file = JSON.parse(await readFile(saved, 'utf8')) as {
      format: string;
      commands: unknown[];
      trace: unknown[];
    };
    expect(file.format).toBe('trtc-smart-playground-trace');
    expect(file.commands.length).toBeGreaterThan(3);
    await stage.byId('trace-input').setInputFiles(saved);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="notice"]')
          ?.textContent?.startsWith('replay matches the recording'),
      undefined,
      WAIT,
    );
    await stage.expectLog('alice', 'onReject {"userId":"bob"}');
    await stage.expectStatus('bob', 'idle');
  });

  it('shows a trace saved by a testkit test in the timeline', async () => {
    const cloud = createFakeCloud({ seed: 7 });
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    void alice.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' });
    void bob.login({ sdkAppId: cloud.options.sdkAppId, userId: 'bob', userSig: 's' });
    await cloud.settle();
    void alice.call({ userId: 'bob', type: CallType.AUDIO });
    await cloud.settle();
    const saved = join(await mkdtemp(join(tmpdir(), 'testkit-')), 'trace.json');
    await writeFile(saved, cloud.exportTrace());
    await stage.byId('trace-input').setInputFiles(saved);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="notice"]')?.textContent?.startsWith('showing a testkit trace'),
      undefined,
      WAIT,
    );
    expect(Number(await stage.byId('timeline-count').textContent())).toBeGreaterThan(5);
    const arrows = (kind: string) => page.locator(`[data-testid="sequence"] [data-kind="${kind}"]`).count();
    expect(await arrows('callSignaling.invite')).toBe(1);
    expect(await arrows('signaling.invited')).toBe(1);
  });

  it('by hand on an empty stage: add users, partition one, and the invitation is dropped on its way', async () => {
    await stage.byId('new-run').click();
    for (const user of ['erin', 'frank']) {
      await stage.byId('new-user').fill(user);
      await stage.byId('add-user').click();
      await stage.byId(`btn-${user}-login`).click();
      await stage.expectStatus(user, 'idle');
    }
    await stage.byId('partition-frank').click();
    await stage.byId('targets-erin').fill('frank');
    await stage.byId('btn-erin-video-call').click();
    await stage.expectStatus('erin', 'dialing');
    await page.waitForSelector(
      '[data-testid="sequence"] .arrow.dropped[data-kind="signaling.invited"]',
      WAIT,
    );
    await page.waitForSelector('[data-testid="sequence"] .mark', WAIT);
    expect(await stage.byId('status-frank').textContent()).toBe('idle');
    expect(await stage.byId('btn-erin-accept').isDisabled()).toBe(true);
    await stage.byId('btn-erin-hang-up').click();
    await stage.expectStatus('erin', 'idle');
  });

  it('loaded with no console errors and no request leaving localhost', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
