import { Capacitor, registerPlugin } from '@capacitor/core';
import {
  adapterOverPlugin,
  type CapacitorAdapter,
  type CapacitorAdapterOptions,
} from './adapter-over-plugin.js';
import type { TrtcSmartPlugin } from './definitions.js';
import type { ConfigureWebOptions, TrtcSmartWeb } from './web.js';

/**
 * Whether the app bundles a native TrtcSmart plugin. Asked before registering: until then only a
 * native plugin's header makes the plugin available.
 */
const nativePlugin = Capacitor.isNativePlatform() && Capacitor.isPluginAvailable('TrtcSmart');
const web = () => import('./web.js').then((m) => new m.TrtcSmartWeb());

/**
 * The TrtcSmart plugin: a native implementation where the app bundles one; otherwise web.ts
 * (trtc-sdk-v5 and the chat SDK), loaded on first use, in a browser and equally in Android's
 * WebView and iOS's WKWebView.
 */
export const TrtcSmart = registerPlugin<TrtcSmartPlugin>(
  'TrtcSmart',
  nativePlugin ? { web } : { web, android: web, ios: web },
);

/** An adapter for createCalling and createLiveRoom over the TrtcSmart plugin, web or native. */
export function createCapacitorAdapter(options: CapacitorAdapterOptions = {}): CapacitorAdapter {
  return adapterOverPlugin({
    ...options,
    plugin: options.plugin ?? TrtcSmart,
    platform: options.platform ?? (nativePlugin ? 'native' : 'web'),
  });
}

/**
 * Hands the TRTC and chat SDKs to the web implementation (the app imports them, so one copy
 * serves the page). With a native TrtcSmart plugin, which links its SDKs natively, it does nothing.
 */
export async function configureWeb(options: ConfigureWebOptions): Promise<void> {
  if (nativePlugin) return;
  await (TrtcSmart as unknown as Pick<TrtcSmartWeb, 'configure'>).configure(options);
}

export type { CapacitorAdapter, CapacitorAdapterOptions } from './adapter-over-plugin.js';
export type * from './definitions.js';
export { type CapacitorPlatform, elementIdViewRule } from './views.js';
export type { ConfigureWebOptions } from './web.js';
