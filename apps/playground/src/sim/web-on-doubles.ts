import { createWebAdapter, type WebAdapter } from '@trtc-smart/adapter-web';
import type { FakeCloud } from '@trtc-smart/testkit';
// The SDK doubles adapter-web's own tests run on: the real adapter-web, its SDKs replaced by the fake cloud.
import { chatDouble } from '../../../../packages/adapter-web/test/doubles/chat-double.js';
import { trtcDouble } from '../../../../packages/adapter-web/test/doubles/trtc-double.js';
import { CDNStreaming, CrossRoom } from '../../../../packages/adapter-web/test/doubles/trtc-plugins.js';

/**
 * adapter-web for one user of the fake cloud, its TRTC and chat SDKs played by doubles: it speaks
 * the official kits' IM payloads (av_call, TUILiveRoom's), which the fake cloud's own adapter does
 * not (that one speaks structured messages), so its user meets the official app users.
 */
export function webAdapterOnDoubles(cloud: FakeCloud, id: string): WebAdapter {
  const device = cloud.adapter(id);
  return createWebAdapter({
    sdkAppId: cloud.options.sdkAppId,
    // The double registers TRTC.create's plugins in the views it is given.
    TRTC: trtcDouble(device, { local: undefined, remote: new Map(), plugins: [] }),
    TencentCloudChat: chatDouble(device),
    CrossRoom,
    CDNStreaming,
    clock: device.clock,
    random: device.random,
  });
}
