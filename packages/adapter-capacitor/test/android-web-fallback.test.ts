import { type CallingEvent, createCalling } from '@trtc-smart/core';
import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { webSdks } from './web-sdk-doubles.js';

// Capacitor reads its platform from the web view's globals when @capacitor/core first loads:
// Android's WebView has `androidBridge`. No native TrtcSmart plugin is in the app (no plugin
// header), so the plugin must run its web implementation inside the WebView.
Object.assign(globalThis, { androidBridge: {} });
const { Capacitor } = await import('@capacitor/core');
const { configureWeb, createCapacitorAdapter, TrtcSmart } = await import('../src/index.js');
const { TrtcSmartWeb } = await import('../src/web.js');

describe('Android without a native TrtcSmart plugin: the web implementation in the WebView', () => {
  it('configureWeb configures it, and a call runs over trtc-sdk-v5 with element-id views', async () => {
    expect(Capacitor.getPlatform()).toBe('android');
    expect(Capacitor.isPluginAvailable('TrtcSmart')).toBe(true);
    const cloud = createFakeCloud({ seed: 3 });
    const aliceSdks = webSdks(cloud, 'alice');
    await configureWeb(aliceSdks);
    const bobPlugin = new TrtcSmartWeb();
    const bobSdks = webSdks(cloud, 'bob');
    await bobPlugin.configure(bobSdks);
    const alice = createCalling({ adapter: createCapacitorAdapter({ clock: aliceSdks.clock }) });
    const bob = createCalling({
      adapter: createCapacitorAdapter({ plugin: bobPlugin, clock: bobSdks.clock }),
    });
    const heard: CallingEvent['eventType'][] = [];
    alice.events$.subscribe((e) => heard.push(e.eventType));
    const { sdkAppId } = cloud.options;

    await cloud.run(alice.login({ sdkAppId, userId: 'alice', userSig: 'dev-sig-alice' }));
    await cloud.run(bob.login({ sdkAppId, userId: 'bob', userSig: 'dev-sig-bob' }));
    await cloud.run(alice.call({ userId: 'bob', type: 1 }));
    await cloud.run(bob.accept());
    await cloud.run(alice.openCamera({ isFront: true, view: 'alice-video' }));

    expect(heard).toContain('onUserEnter');
    expect(cloud.mediaState('alice')?.camera).toBe('front');
    await cloud.run(alice.hangup());
    // The registered plugin object itself reaches the web implementation (not UNIMPLEMENTED).
    await expect(cloud.run(TrtcSmart.logout())).resolves.toBeUndefined();
  });
});
