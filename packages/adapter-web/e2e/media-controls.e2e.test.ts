import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/e2e/chromium.js';

/**
 * The media controls in real headless Chromium on the real trtc-sdk-v5: fake camera and
 * microphone, the screen picked by Chromium itself, audio allowed to play without a gesture. The
 * page is code-split as an app's would be, so the plugins arrive through their own chunks.
 */
const pageDir = join(import.meta.dirname, 'media-page');
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(pageDir, 'entry.ts')],
    bundle: true,
    splitting: true,
    outdir: join(pageDir, 'out'),
    format: 'esm',
    platform: 'browser',
    conditions: ['@trtc-smart/source'],
    write: false,
    logLevel: 'silent',
  });
  const files = new Map(bundle.outputFiles.map((file) => [`/${basename(file.path)}`, file.text]));
  const html = await readFile(join(pageDir, 'index.html'), 'utf8');
  server = createServer((request, response) => {
    const js = files.get(request.url ?? '');
    response.writeHead(200, { 'content-type': js === undefined ? 'text/html' : 'text/javascript' });
    response.end(js ?? html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium([
    '--auto-select-desktop-capture-source=Entire screen',
    '--autoplay-policy=no-user-gesture-required',
  ]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function run<T>(method: string): Promise<{ result: T; page: Page; pageErrors: string[] }> {
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(origin);
  await page.waitForFunction(() => 'e2e' in window, undefined, { timeout: 10_000 });
  const result = (await page.evaluate(
    (name) => (window as unknown as { e2e: Record<string, () => Promise<unknown>> }).e2e[name]?.(),
    method,
  )) as T;
  return { result, page, pageErrors };
}

describe('media controls in Chromium with the real trtc-sdk-v5', () => {
  it('background music from a generated WAV raises the published audio level, reports progress, then completes', async () => {
    const { result, page, pageErrors } = await run<{
      before: number;
      during: number;
      after: number;
      events: { type: string; positionMs?: number; durationMs?: number }[];
    }>('backgroundMusic');
    // The fake microphone beeps briefly once a second: its median level is near silence.
    expect(result.before).toBeLessThan(0.05);
    expect(result.during, JSON.stringify(result)).toBeGreaterThan(0.3);
    expect(result.after).toBeLessThan(0.05);
    const progress = result.events.filter((e) => e.type === 'musicProgress');
    expect(progress.length).toBeGreaterThan(2);
    expect(
      progress.every((e) => e.durationMs === 2000),
      JSON.stringify(progress),
    ).toBe(true);
    expect(result.events.at(-1)).toEqual({ type: 'musicComplete', id: 7 });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("beauty changes the preview's pixels (brighter, redder), and level 0 everywhere turns it off", async () => {
    const { result, page, pageErrors } = await run<{
      before: { r: number; g: number; b: number };
      on: { r: number; g: number; b: number };
      off: { r: number; g: number; b: number };
    }>('beauty');
    const luma = ({ r, g, b }: { r: number; g: number; b: number }) => 0.299 * r + 0.587 * g + 0.114 * b;
    expect(luma(result.on) - luma(result.before), JSON.stringify(result)).toBeGreaterThan(8);
    // The fake camera's picture drifts a little by itself: off is judged against the beauty's own effect.
    const effect = luma(result.on) - luma(result.before);
    expect(Math.abs(luma(result.off) - luma(result.before)), JSON.stringify(result)).toBeLessThan(effect / 2);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("the device lists are Chromium's fake devices; choosing one is reported active; an unknown one is refused", async () => {
    const { result, page } = await run<{
      lists: Record<'cameras' | 'microphones' | 'speakers', { deviceId: string; label: string }[]>;
      other: string;
      unknown: { code: number; message: string };
      events: { kind: string; state: string; deviceId: string }[];
    }>('devices');
    expect(result.lists.cameras.map((d) => d.label)).toContain('fake_device_0');
    expect(result.lists.microphones.map((d) => d.label)).toContain('Fake Default Audio Input');
    expect(result.lists.speakers.map((d) => d.label)).toContain('Fake Audio Output 1');
    expect(result.events).toContainEqual(
      expect.objectContaining({ kind: 'microphone', state: 'active', deviceId: result.other }),
    );
    expect(result.unknown.code).toBe(20030);
    expect(result.unknown.message).toMatch(/deviceId: no camera no-such-camera/);
    await page.close();
  });

  it('screen sharing starts on the auto-selected screen, and the browser ending it is reported', async () => {
    const { result, page, pageErrors } = await run<{ label: string; events: unknown[] }>('screenShare');
    expect(result.label).toMatch(/screen/);
    expect(result.events).toEqual([{ type: 'screenShareStopped' }]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a virtual background is applied, or refused with NOT_SUPPORTED naming the feature and the reason', async () => {
    const { result, page } = await run<'applied' | { code: number; message: string }>('virtualBackground');
    if (result !== 'applied') {
      expect(result.code, JSON.stringify(result)).toBe(20050);
      expect(result.message).toMatch(/^virtual background is not supported on web: ./);
    }
    await page.close();
  });
});
