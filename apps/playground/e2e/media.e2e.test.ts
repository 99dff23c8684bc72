import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlayground, type PlaygroundPage } from './page-harness.js';
import { type Stage, stageOf, WAIT } from './stage.js';

let app: PlaygroundPage;
let page: Page;
let stage: Stage;

type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
const rectOf = (selector: string): Promise<Rect | null> =>
  page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r
      ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height }
      : null;
  }, selector);
const within = (inner: Rect, outer: Rect, slack = 1) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;
const attr = (testId: string, name: string) => stage.byId(testId).getAttribute(name);

describe('media controls and chart fixes in headless Chromium', () => {
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

  it('at idle the chart shows the active state readable, inside its box', async () => {
    await stage.byId('preset-next').click(); // everyone logs in
    await stage.expectStatus('alice', 'idle');
    const idle = stage.activeNode('alice', 'loggedIn.idle');
    await idle.waitFor(WAIT);
    const wrap = await rectOf('[data-testid="card-alice"] .chart-wrap');
    const chart = await rectOf('[data-testid="chart-alice"]');
    const card = await rectOf('[data-testid="card-alice"]');
    const node = await rectOf('[data-testid="chart-alice"] [data-node="loggedIn.idle"] rect');
    const label = await rectOf('[data-testid="chart-alice"] [data-node="loggedIn.idle"] text');
    if (!wrap || !chart || !card || !node || !label) throw new Error('chart parts missing');
    expect(within(chart, wrap)).toBe(true);
    expect(within(wrap, card)).toBe(true);
    expect(within(node, chart)).toBe(true);
    // Drawn whole, the machine put this 11px label at about 3px: now it reads at card size.
    expect(label.height).toBeGreaterThanOrEqual(9);
  });

  it('the tone alice plays is heard by bob: his meter of her volume rises, and falls when it stops', async () => {
    await stage.byId('preset-next').click(); // alice calls bob
    await stage.byId('preset-next').click(); // bob accepts
    await stage.expectStatus('alice', 'inCall');
    await stage.expectStatus('bob', 'inCall');
    await page.waitForSelector('[data-testid="stats-bob"][data-rtt="40"]', WAIT);
    expect(await stage.byId('stats-bob').textContent()).toContain('rtt 40 ms');
    await stage.byId('music-alice-play').click();
    await stage.expectLog('alice', 'startPlayMusic ✓');
    await page.waitForSelector('[data-testid="card-alice"] .music[data-status="playing"]', WAIT);
    // onMusicProgress moves the bar: a one-second tone, looped.
    await page.waitForFunction(
      () =>
        /^0\.[1-9]\d \/ 1\.00 s$/.test(
          document.querySelector('[data-testid="music-alice-position"]')?.textContent ?? '',
        ),
      undefined,
      WAIT,
    );
    // Music mixed into her audio keeps every reading at 70 or more; the meter shows the lowest of four.
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="volume-bob-alice"]')?.getAttribute('data-min')) >= 70,
      undefined,
      WAIT,
    );
    expect(await attr('volume-bob-alice', 'data-kbps')).toBe('40');
    await stage.byId('music-alice-stop').click();
    await stage.expectLog('alice', 'stopPlayMusic ✓');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="volume-bob-alice"]')?.getAttribute('data-min')) < 70,
      undefined,
      WAIT,
    );
  });

  it('unplugging the camera in use: the SDK falls back to the default and the card says so', async () => {
    await stage.byId('plug-alice-camera').click();
    await stage.expectLog('alice', '"deviceId":"usb-camera-1","state":"add"');
    await page.waitForSelector('[data-testid="device-alice-camera"] option[value="usb-camera-1"]', {
      ...WAIT,
      state: 'attached',
    });
    await stage.byId('device-alice-camera').selectOption('usb-camera-1');
    await stage.expectLog('alice', 'setCurrentCamera ✓');
    await page.waitForSelector('[data-testid="device-alice-camera"][data-current="usb-camera-1"]', WAIT);
    await stage.byId('unplug-alice-camera').click();
    await page.waitForSelector('[data-testid="device-alice-camera"][data-current="default-camera"]', WAIT);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="device-notice-alice"]')?.textContent ===
        'camera "USB camera 1" was unplugged: the SDK fell back to "Fake camera"',
      undefined,
      WAIT,
    );
    await stage.expectLog('alice', '"deviceId":"default-camera","state":"active"');
    expect(await stage.byId('device-alice-camera').locator('option').count()).toBe(1);
  });

  it('beauty, background and screen share reach the SDK and show on the cards', async () => {
    await stage.byId('beauty-alice-beauty').fill('6');
    await stage.expectLog('alice', 'setBeautyStyle ✓');
    await page.waitForSelector('[data-testid="tile-alice-self"][data-beauty="true"]', WAIT);
    await stage.byId('background-alice').selectOption('blur');
    await stage.expectLog('alice', 'setVirtualBackground ✓');
    await page.waitForSelector('[data-testid="tile-alice-self"][data-background="blur"]', WAIT);
    await stage.byId('share-alice').click();
    await stage.expectLog('alice', 'startScreenShare ✓');
    await stage.expectLog('bob', 'onUserSubStreamAvailable {"userId":"alice","available":true}');
    expect(await stage.byId('screens-bob').textContent()).toBe('sharing: alice');
    await stage.byId('view-screen-bob-alice').click();
    await stage.expectLog('bob', 'startRemoteView ✓');
    await page.waitForSelector('[data-testid="screen-bob-alice"][data-live="true"]', WAIT);
    await stage.byId('share-alice').click();
    await stage.expectLog('bob', 'onUserSubStreamAvailable {"userId":"alice","available":false}');
    await stage.byId('screen-bob-alice').waitFor({ ...WAIT, state: 'detached' });
  });

  it('the timeline keeps its lane names in view when it scrolls, and no label sits on an arrow', async () => {
    await stage.byId('timeline-stats').check(); // media statistics too: rows enough to scroll
    const body = '[data-testid="timeline"] .timeline-body';
    await page.waitForFunction(
      (s) => {
        const el = document.querySelector(s);
        return el !== null && el.scrollHeight > el.clientHeight + 200;
      },
      body,
      WAIT,
    );
    await page.evaluate((s) => {
      const el = document.querySelector(s);
      if (el) el.scrollTop = Math.floor((el.scrollHeight - el.clientHeight) / 2);
    }, body);
    const view = await rectOf(body);
    const lanes = await rectOf('[data-testid="sequence-lanes"]');
    if (!view || !lanes) throw new Error('timeline parts missing');
    expect(Math.abs(lanes.top - view.top)).toBeLessThanOrEqual(1);
    for (const lane of ['cloud', 'alice', 'bob']) {
      const onTop = await page.evaluate((name) => {
        const text = document.querySelector(`[data-testid="sequence-lanes"] [data-lane="${name}"]`);
        const r = text?.getBoundingClientRect();
        if (!r) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === text;
      }, lane);
      expect(onTop, `lane ${lane} visible`).toBe(true);
    }
    // Each label's box clears every arrow line's box (labels above their own arrow, rows apart).
    const overlaps = await page.evaluate(() => {
      const boxes = (sel: string) =>
        [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect());
      const labels = boxes('[data-testid="sequence"] .arrow text.kind');
      const lines = boxes('[data-testid="sequence"] .arrow line');
      return labels.filter((l) =>
        lines.some(
          (a) => a.top < l.bottom - 1 && a.bottom > l.top + 1 && a.left < l.right && a.right > l.left,
        ),
      ).length;
    });
    expect(overlaps).toBe(0);
  });

  it('ran with no console errors and no request leaving localhost', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
