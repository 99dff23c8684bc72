import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (installed by .ci/run), headless with fake media devices. Background
 * networking is off: the machine reaches no host but the package registries. A test adds the
 * flags it needs (screen capture's auto-selected source, autoplay without a gesture).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
