import { describe, expect, it } from 'vitest';

// Android's WebView with a native TrtcSmart plugin in the app: the bridge announces its header.
const calls: { plugin: string; method: string; options: unknown }[] = [];
Object.assign(globalThis, {
  androidBridge: {},
  Capacitor: {
    PluginHeaders: [{ name: 'TrtcSmart', methods: [{ name: 'logout', rtype: 'promise' }] }],
    nativePromise: async (plugin: string, method: string, options: unknown) => {
      calls.push({ plugin, method, options });
    },
  },
});
const { configureWeb, TrtcSmart } = await import('../src/index.js');

describe('Android with a native TrtcSmart plugin', () => {
  it('calls the native plugin, and configureWeb does nothing (the SDKs are linked natively)', async () => {
    await configureWeb({ sdkAppId: 1 } as Parameters<typeof configureWeb>[0]);
    await TrtcSmart.logout();
    expect(calls).toEqual([{ plugin: 'TrtcSmart', method: 'logout', options: undefined }]);
  });
});
