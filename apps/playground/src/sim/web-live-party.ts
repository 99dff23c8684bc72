import { createWebAdapter } from '@trtc-smart/adapter-web';
import type { FakeCloud } from '@trtc-smart/testkit';
// The SDK doubles adapter-web's own tests run on: the real adapter-web, its SDKs replaced by the fake cloud.
import { chatDouble } from '../../../../packages/adapter-web/test/doubles/chat-double.js';
import { trtcDouble } from '../../../../packages/adapter-web/test/doubles/trtc-double.js';
import { CDNStreaming, CrossRoom } from '../../../../packages/adapter-web/test/doubles/trtc-plugins.js';
import { liveUser } from './live-party.js';
import type { SimParty } from './party.js';

/**
 * A live-room user on adapter-web, its TRTC and chat SDKs played by doubles on the fake cloud: it
 * speaks TUILiveRoom's IM payloads, so it meets an official app user (official-live-party.ts),
 * which the fake cloud's own adapter does not (that one speaks structured messages).
 */
export function webLiveParty(cloud: FakeCloud, id: string, userSig: string, kind: string): SimParty {
  const device = cloud.adapter(id);
  const sdkAppId = cloud.options.sdkAppId;
  const adapter = createWebAdapter({
    sdkAppId,
    // The double registers TRTC.create's plugins in the views it is given.
    TRTC: trtcDouble(device, { local: undefined, remote: new Map(), plugins: [] }),
    TencentCloudChat: chatDouble(device),
    CrossRoom,
    CDNStreaming,
    clock: device.clock,
    random: device.random,
  });
  return liveUser({
    adapter,
    id,
    kind,
    login: { sdkAppId, userId: id, userSig },
    view: (owner) => `${id}-${owner}`,
    media: {
      rendering: () => Object.keys(cloud.liveMediaState(id)?.plays ?? {}),
      cameraOn: () => (cloud.liveMediaState(id)?.camera ?? 'off') !== 'off',
    },
  });
}
