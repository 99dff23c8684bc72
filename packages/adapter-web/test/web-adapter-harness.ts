import {
  type CallingHarness,
  type CallingWorld,
  createFakeCloud,
  type FakeAdapter,
  type FakeCloud,
  type FakeCloudOptions,
  type LiveRoomHarness,
  type LiveRoomWorld,
  type WorldOptions,
} from '@trtc-smart/testkit';
import { createWebAdapter, type WebAdapter, type WebAdapterOptions } from '../src/index.js';
import type { WebView } from '../src/view.js';
import { chatDouble } from './doubles/chat-double.js';
import { type TrtcDoubleViews, trtcDouble } from './doubles/trtc-double.js';
import { CDNStreaming, CrossRoom } from './doubles/trtc-plugins.js';

type Plugins = Pick<WebAdapterOptions, 'CrossRoom' | 'CDNStreaming'>;
type WebWorld = Omit<CallingWorld<WebView> & LiveRoomWorld<WebView>, 'adapter' | 'cloud'> & {
  readonly cloud: FakeCloud;
  adapter(userId: string): WebAdapter;
};

/** createWebAdapter on SDK doubles that ride the fake cloud: the conformance scenarios' web harness. */
export interface WebAdapterHarness extends CallingHarness<WebView>, LiveRoomHarness<WebView> {
  /** Any fake cloud option (multi-terminal login, say) besides the scenarios' own. */
  world(options?: WorldOptions & FakeCloudOptions): WebWorld;
  /** What each device's TRTC double rendered where, in the last world built. */
  readonly views: Map<string, TrtcDoubleViews>;
}

/** createWebAdapter on SDK doubles riding a fake-cloud device; `views` learns what its TRTC double rendered. */
export function webAdapterOn(
  device: FakeAdapter,
  sdkAppId: number,
  plugins: Plugins = { CrossRoom, CDNStreaming },
  views: TrtcDoubleViews = { local: undefined, remote: new Map(), plugins: [] },
): WebAdapter {
  return createWebAdapter({
    sdkAppId,
    TRTC: trtcDouble(device, views),
    TencentCloudChat: chatDouble(device),
    ...plugins,
    clock: device.clock,
    random: device.random,
  });
}

function webHarness(name: string, plugins: Plugins): WebAdapterHarness {
  const views = new Map<string, TrtcDoubleViews>();
  return {
    name,
    views,
    world(options = {}) {
      const cloud = createFakeCloud(options);
      const sdkAppId = cloud.options.sdkAppId;
      views.clear();
      return {
        cloud,
        sdkAppId,
        adapter: (userId) => {
          const device = cloud.adapter(userId);
          const deviceViews: TrtcDoubleViews = { local: undefined, remote: new Map(), plugins: [] };
          views.set(device.deviceId, deviceViews);
          return webAdapterOn(device, sdkAppId, plugins, deviceViews);
        },
        userSig: async (userId) => `dev-sig-${userId}`,
        view: (userId) => `${userId}-video`,
      };
    },
  };
}

/** Calls need no TRTC plugin. */
export const webAdapterHarness = webHarness('adapter-web on SDK doubles', {});

/** Live rooms with the plugins an app registers for them: CrossRoom for PK, CDNStreaming for stream ids. */
export const webLiveRoomHarness = webHarness('adapter-web live rooms on SDK doubles', {
  CrossRoom,
  CDNStreaming,
});
