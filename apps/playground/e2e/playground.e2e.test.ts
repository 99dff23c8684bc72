import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallType, createCalling } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlayground, type PlaygroundPage, tilePicture } from './page-harness.js';

let app: PlaygroundPage;
let page: Page;
const WAIT = { timeout: 20_000 };

const byId = (id: string) => page.locator(`[data-testid="${id}"]`);
const status = (user: string) => byId(`status-${user}`);
const activeNode = (user: string, node: string) =>
  page.locator(`[data-testid="chart-${user}"] [data-node="${node}"][data-active="true"]`);

async function expectStatus(user: string, value: string): Promise<void> {
  await page.waitForSelector(`[data-testid="card-${user}"][data-status="${value}"]`, WAIT);
  expect(await status(user).textContent()).toBe(value);
}

async function expectLog(user: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, t]) => document.querySelector(`[data-testid="log-${id}"]`)?.textContent?.includes(t) ?? false,
    [user, text] as const,
    WAIT,
  );
}

async function playPreset(id: string): Promise<void> {
  await byId('preset').selectOption(id);
  await byId('preset-play').click();
  await page.waitForSelector(`[data-testid="preset-steps"][data-preset="${id}"][data-done="true"]`, WAIT);
}

describe('playground in headless Chromium', () => {
  beforeAll(async () => {
    app = await openPlayground();
    page = app.page;
    await page.goto(`${app.url}?speed=8&preset=call-1v1&autoplay=0`);
    await byId('card-alice').waitFor(WAIT);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('1:1 call, taken over by hand: states, logs, highlighted chart, remote video of the other user', async () => {
    await byId('preset-next').click(); // everyone logs in
    await expectStatus('alice', 'idle');
    await expectStatus('bob', 'idle');
    await byId('preset-next').click(); // alice calls bob
    await expectStatus('alice', 'dialing');
    await expectStatus('bob', 'ringing');
    await expectLog('bob', 'onInvited {"sponsor":"alice"');
    await activeNode('bob', 'loggedIn.ringing').waitFor(WAIT);
    await byId('preset-next').click(); // bob accepts
    await expectStatus('alice', 'inCall');
    await expectStatus('bob', 'inCall');
    await expectLog('alice', 'onCallBegin');
    await activeNode('alice', 'loggedIn.active.inCall').waitFor(WAIT);
    expect(await page.locator('[data-testid="chart-alice"] [data-taken="true"]').count()).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) await byId('preset-next').click(); // cameras on, both render each other
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
    await byId('preset-next').click(); // bob hangs up
    await expectStatus('alice', 'idle');
    await expectStatus('bob', 'idle');
    await expectLog('alice', 'onCallEnd {"reason":"remoteHangup"');
    await activeNode('alice', 'loggedIn.idle').waitFor(WAIT);
  });

  it('busy preset: the third caller hears busy, the call goes on', async () => {
    await playPreset('call-busy');
    await expectLog('carol', 'onLineBusy {"userId":"bob"}');
    await expectLog('carol', 'onCallEnd {"reason":"lineBusy"');
    await expectStatus('alice', 'idle');
    await expectStatus('bob', 'idle');
    await expectStatus('carol', 'idle');
    await expectLog('bob', 'onCallEnd {"reason":"remoteHangup"');
  });

  it('group call with a late invitee: everyone joins, one leaves, the rest stay in the call', async () => {
    await playPreset('call-group');
    await expectLog('bob', 'onGroupCallInviteeListUpdate');
    await expectLog('dave', 'onCallBegin');
    await expectStatus('carol', 'idle');
    for (const user of ['alice', 'bob', 'dave']) {
      await expectStatus(user, 'inCall');
      await activeNode(user, 'loggedIn.active.inCall').waitFor(WAIT);
    }
    await expectLog('alice', 'onUserLeave {"userId":"carol"}');
    await page.waitForSelector('[data-testid="tile-alice-dave"][data-live="true"]', WAIT);
  });

  it('exports a run and replays it to the same trace', async () => {
    await playPreset('call-reject');
    await expectLog('alice', 'onReject {"userId":"bob"}');
    const [download] = await Promise.all([page.waitForEvent('download'), byId('export').click()]);
    const saved = join(await mkdtemp(join(tmpdir(), 'playground-')), 'run.json');
    await download.saveAs(saved);
    const file = JSON.parse(await readFile(saved, 'utf8')) as {
      format: string;
      commands: unknown[];
      trace: unknown[];
    };
    expect(file.format).toBe('trtc-smart-playground-trace');
    expect(file.commands.length).toBeGreaterThan(3);
    await byId('trace-input').setInputFiles(saved);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="notice"]')
          ?.textContent?.startsWith('replay matches the recording'),
      undefined,
      WAIT,
    );
    await expectLog('alice', 'onReject {"userId":"bob"}');
    await expectStatus('bob', 'idle');
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
    await byId('trace-input').setInputFiles(saved);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="notice"]')?.textContent?.startsWith('showing a testkit trace'),
      undefined,
      WAIT,
    );
    expect(Number(await byId('timeline-count').textContent())).toBeGreaterThan(5);
    const arrows = (kind: string) => page.locator(`[data-testid="sequence"] [data-kind="${kind}"]`).count();
    expect(await arrows('callSignaling.invite')).toBe(1);
    expect(await arrows('signaling.invited')).toBe(1);
  });

  it('the real-cloud mode says plainly whether the web adapter is there', async () => {
    await byId('mode-real').click();
    await byId('real-sdkappid').fill('1400000000');
    await byId('real-connect').click();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="real-cloud-status"]')?.textContent ?? '').length > 20,
      undefined,
      WAIT,
    );
    expect(await byId('real-cloud-status').textContent()).toMatch(
      /real cloud unavailable|web adapter loaded/,
    );
    await byId('mode-fake').click();
  });

  it('loaded with no console errors and no request leaving localhost', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
