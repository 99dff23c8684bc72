import {
  type CallingHarness,
  type CallingWorld,
  createFakeCloud,
  type FakeCloud,
  type WorldOptions,
} from '@trtc-smart/testkit';
import { createWebAdapter } from '../src/index.js';
import type { WebView } from '../src/view.js';
import { chatDouble } from './doubles/chat-double.js';
import { type TrtcDoubleViews, trtcDouble } from './doubles/trtc-double.js';

/** createWebAdapter on SDK doubles that ride the fake cloud: the conformance scenarios' web harness. */
export interface WebAdapterHarness extends CallingHarness<WebView> {
  world(options?: WorldOptions): CallingWorld<WebView> & { readonly cloud: FakeCloud };
  /** What each device's TRTC double rendered where, in the last world built. */
  readonly views: Map<string, TrtcDoubleViews>;
}

export const webAdapterHarness: WebAdapterHarness = {
  name: 'adapter-web on SDK doubles',
  views: new Map(),
  world(options = {}) {
    const cloud = createFakeCloud(options);
    const sdkAppId = cloud.options.sdkAppId;
    webAdapterHarness.views.clear();
    return {
      cloud,
      sdkAppId,
      adapter: (userId) => {
        const device = cloud.adapter(userId);
        const views: TrtcDoubleViews = { local: undefined, remote: new Map(), plugins: [] };
        webAdapterHarness.views.set(device.deviceId, views);
        return createWebAdapter({
          sdkAppId,
          TRTC: trtcDouble(device, views),
          TencentCloudChat: chatDouble(device),
          clock: device.clock,
          random: device.random,
        });
      },
      userSig: async (userId) => `dev-sig-${userId}`,
      view: (userId) => `${userId}-video`,
    };
  },
};
