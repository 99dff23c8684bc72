import type { JsonValue } from '@trtc-smart/testkit';
import { callingUser } from '../sim/calling-party.js';
import { liveUser } from '../sim/live-party.js';
import type { SimParty } from '../sim/party.js';
import type { CardStage } from '../ui/user-card.js';
import type { RealCloudSdks } from './load-real-cloud.js';

export interface RealLogin {
  readonly sdkAppId: number;
  readonly userId: string;
  /** From your server; when empty, `secretKey` signs one in the page (development only). */
  readonly userSig: string;
  readonly secretKey: string;
  /** `calling` for calls, `live` for a live-room user (anchor or audience). */
  readonly kind: 'calling' | 'live';
}

/** The element a tile is rendered into by the web adapter: TRTC plays video inside it. */
export const realTileId = (viewer: string, owner: string): string => `real-view-${viewer}-${owner}`;

/** One user of this browser on the real cloud: the same card as on the fake cloud, over adapter-web. */
export async function connectRealCloud(
  sdks: RealCloudSdks,
  login: RealLogin,
): Promise<{ readonly party: SimParty; readonly stage: CardStage }> {
  const { sdkAppId, userId } = login;
  let userSig = login.userSig;
  if (!userSig) {
    if (!login.secretKey) throw new Error('enter a UserSig, or a SecretKey to sign one (development only)');
    userSig = await sdks.genTestUserSig({ sdkAppId, secretKey: login.secretKey, userId });
  }
  const adapter = sdks.createWebAdapter({
    sdkAppId,
    TRTC: sdks.TRTC,
    TencentCloudChat: sdks.TencentCloudChat,
    CrossRoom: sdks.CrossRoom,
  });
  const user = {
    adapter,
    id: userId,
    login: { sdkAppId, userId, userSig },
    view: (owner: string) => realTileId(userId, owner),
  };
  const party = login.kind === 'live' ? liveUser({ ...user, kind: 'live' }) : callingUser(user);
  const stage: CardStage = {
    parties: () => [party],
    party: (id) => (id === userId ? party : undefined),
    // Failures are logged on the card, as on the fake cloud.
    invoke: (_user, method, params: JsonValue = null) => party.call(method, params).catch(() => undefined),
    removeUser: async () => {
      await party.dispose().catch(() => undefined);
      adapter.destroy();
    },
  };
  return { party, stage };
}
