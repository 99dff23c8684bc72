import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../tools/e2e/chromium.js';
import { serveDist } from './serve-dist.js';

/** The built playground in headless Chromium, with every console error and off-machine request kept. */
export interface PlaygroundPage {
  readonly page: Page;
  readonly url: string;
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
  close(): Promise<void>;
}

const LOCAL = /^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

/**
 * `blockForeign` aborts every request to another host inside the browser, so it never leaves the
 * machine (the real-cloud mode's Tencent SDKs call home as soon as they are created).
 */
export async function openPlayground(options: { blockForeign?: boolean } = {}): Promise<PlaygroundPage> {
  const server = await serveDist();
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1500, height: 1000 },
    acceptDownloads: true,
  });
  if (options.blockForeign)
    await context.route(
      (url) => !LOCAL.test(url.href),
      (route) => route.abort(),
    );
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!LOCAL.test(request.url())) foreignRequests.push(request.url());
  });
  return {
    page,
    url: server.url,
    consoleErrors,
    foreignRequests,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Pixel statistics of what a tile's <video> shows right now, drawn into a canvas in the page. */
export function tilePicture(page: Page, testId: string): Promise<{ width: number; variance: number }> {
  return page.evaluate((id) => {
    const video = document.querySelector<HTMLVideoElement>(`[data-testid="${id}"] video`);
    if (!video || video.videoWidth === 0) return { width: 0, variance: 0 };
    const canvas = document.createElement('canvas');
    canvas.width = 80;
    canvas.height = 60;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { width: 0, variance: 0 };
    ctx.drawImage(video, 0, 0, 80, 60);
    const { data } = ctx.getImageData(0, 0, 80, 60);
    const lum: number[] = [];
    for (let i = 0; i < data.length; i += 4)
      lum.push(0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0));
    const mean = lum.reduce((a, b) => a + b, 0) / lum.length;
    const variance = lum.reduce((a, b) => a + (b - mean) ** 2, 0) / lum.length;
    return { width: video.videoWidth, variance };
  }, testId);
}
