import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/e2e/chromium.js';

/** Real headless Chromium, fake camera and microphone, the real trtc-sdk-v5 served from localhost. */
const pageDir = join(import.meta.dirname, 'page');
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(pageDir, 'entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@trtc-smart/source'],
    write: false,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  const html = await readFile(join(pageDir, 'index.html'), 'utf8');
  server = createServer((request, response) => {
    const isJs = request.url === '/bundle.js';
    response.writeHead(200, { 'content-type': isJs ? 'text/javascript' : 'text/html' });
    response.end(isJs ? js : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPage(): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(origin);
  await page.waitForFunction(() => 'e2e' in window, undefined, { timeout: 10_000 });
  return { page, pageErrors };
}

/** Waits for a <video> with a non-zero size inside the element with this id. */
async function videoSize(page: Page, viewId: string): Promise<{ width: number; height: number } | null> {
  return page
    .waitForFunction(
      (id) => {
        const video = document.querySelector(`#${id} video`) as HTMLVideoElement | null;
        return video && video.videoWidth > 0 ? { width: video.videoWidth, height: video.videoHeight } : null;
      },
      viewId,
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => {
      throw new Error(`no <video> with a non-zero size appeared in #${viewId} within 15 s`);
    });
}

describe('adapter-web in Chromium with the real trtc-sdk-v5', () => {
  it('openCamera renders the fake camera into the given element (its video has a size)', async () => {
    const { page, pageErrors } = await openPage();
    await page.evaluate(() =>
      (window as unknown as { e2e: { openCamera(id: string): Promise<void> } }).e2e.openCamera('local'),
    );
    const size = await videoSize(page, 'local');
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("a live room's startCameraPreview renders the fake camera into the given element", async () => {
    const { page, pageErrors } = await openPage();
    await page.evaluate(() =>
      (
        window as unknown as { e2e: { startCameraPreview(id: string): Promise<void> } }
      ).e2e.startCameraPreview('live-preview'),
    );
    const size = await videoSize(page, 'live-preview');
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("a call whose room entry cannot reach the cloud ends with onError carrying TRTC's code; everyone idle", async () => {
    const { page, pageErrors } = await openPage();
    const result = await Promise.race([
      page.evaluate(() =>
        (window as unknown as { e2e: { failingCall(): Promise<unknown> } }).e2e.failingCall(),
      ),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('the failing call did not end within 45 s')), 45_000),
      ),
    ]);
    const { outcome, alice, bob } = result as {
      outcome: { code: number; causeCode: number; message: string } | 'resolved';
      alice: { status: string; events: { eventType: string; code?: number; msg?: string }[] };
      bob: { status: string; events: { eventType: string }[] };
    };
    const onError = alice.events.filter((e) => e.eventType === 'onError');
    expect(onError.length, JSON.stringify({ outcome, events: alice.events })).toBeGreaterThan(0);
    // TRTC's own code (5xxx) is in the error's message, and in the rejected call's cause.
    expect(onError[0]?.msg).toMatch(/TRTC 5\d{3}/);
    if (outcome !== 'resolved') expect(outcome.causeCode).toBeGreaterThanOrEqual(5000);
    expect([alice.status, bob.status]).toEqual(['idle', 'idle']);
    const unhandled = await page.evaluate(
      () => (window as unknown as { e2e: { unhandled: string[] } }).e2e.unhandled,
    );
    expect(unhandled).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
