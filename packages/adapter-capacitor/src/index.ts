import { Capacitor, registerPlugin } from '@capacitor/core';
import type { WebAdapterOptions } from '@trtc-smart/adapter-web';
import {
  adapterOverPlugin,
  type CapacitorAdapter,
  type CapacitorAdapterOptions,
} from './adapter-over-plugin.js';
import type { TrtcSmartPlugin } from './definitions.js';
import type { TrtcSmartWeb } from './web.js';

/** The TrtcSmart plugin: native on Android and iOS; in a browser, web.ts, loaded on first use. */
export const TrtcSmart = registerPlugin<TrtcSmartPlugin>('TrtcSmart', {
  web: () => import('./web.js').then((m) => new m.TrtcSmartWeb()),
});

/** An adapter for createCalling and createLiveRoom over the TrtcSmart plugin, web or native. */
export function createCapacitorAdapter(options: CapacitorAdapterOptions = {}): CapacitorAdapter {
  return adapterOverPlugin({
    ...options,
    plugin: options.plugin ?? TrtcSmart,
    platform: options.platform ?? (Capacitor.isNativePlatform() ? 'native' : 'web'),
  });
}

/**
 * In a browser, hands the TRTC and chat SDKs to the web implementation (the app imports them, so
 * one copy serves the page); Android and iOS link their SDKs natively, so there it does nothing.
 */
export async function configureWeb(options: WebAdapterOptions): Promise<void> {
  if (Capacitor.isNativePlatform()) return;
  await (TrtcSmart as unknown as Pick<TrtcSmartWeb, 'configure'>).configure(options);
}

export type { CapacitorAdapter, CapacitorAdapterOptions } from './adapter-over-plugin.js';
export type * from './definitions.js';
export { type CapacitorPlatform, elementIdViewRule } from './views.js';
