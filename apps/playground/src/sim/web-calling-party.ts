import type { FakeCloud } from '@trtc-smart/testkit';
import { callingUser } from './calling-party.js';
import type { SimParty } from './party.js';
import { webAdapterOnDoubles } from './web-on-doubles.js';

/**
 * A calling user on adapter-web over SDK doubles: its invitations are av_call IM payloads, so it
 * calls, and is called by, the official call-kit users (official-party.ts).
 */
export function webCallingParty(cloud: FakeCloud, id: string, userSig: string): SimParty {
  return callingUser({
    adapter: webAdapterOnDoubles(cloud, id),
    id,
    kind: 'web calling',
    login: { sdkAppId: cloud.options.sdkAppId, userId: id, userSig },
    view: (owner) => `${id}-${owner}`,
    cameraOn: () => (cloud.mediaState(id)?.camera ?? 'off') !== 'off',
  });
}
