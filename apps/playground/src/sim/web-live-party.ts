import type { FakeCloud } from '@trtc-smart/testkit';
import { liveUser } from './live-party.js';
import type { SimParty } from './party.js';
import { webAdapterOnDoubles } from './web-on-doubles.js';

/**
 * A live-room user on adapter-web over SDK doubles: it speaks TUILiveRoom's IM payloads, so it
 * meets an official app user (official-live-party.ts).
 */
export function webLiveParty(cloud: FakeCloud, id: string, userSig: string, kind: string): SimParty {
  return liveUser({
    adapter: webAdapterOnDoubles(cloud, id),
    id,
    kind,
    login: { sdkAppId: cloud.options.sdkAppId, userId: id, userSig },
    view: (owner) => `${id}-${owner}`,
    media: {
      rendering: () => Object.keys(cloud.liveMediaState(id)?.plays ?? {}),
      cameraOn: () => (cloud.liveMediaState(id)?.camera ?? 'off') !== 'off',
    },
  });
}
