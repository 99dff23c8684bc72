import { createLiveRoom } from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import { DEAD_ROOM_DISMISS_MS, type FakeCloud } from '../../src/index.js';
import { fakeCloudAdapters, type WorldAdapters } from './adapters.js';
import { likelyLive } from './likely.js';
import {
  checkOutside,
  checkPeer,
  checkQuiet,
  checkRoomMedia,
  type LiveParty,
  type LivePeerSide,
  listedRooms,
} from './live-checks.js';
import { LiveRecorder } from './live-recorder.js';
import { type LiveWorldState, liveMethods, withoutMedia } from './methods.js';
import { type Peer, TIMEOUTS_MS, type WorldSpec } from './run-world.js';
import { AUDIENCE, OWNER } from './state-shapes.js';
import { sdkOptions } from './world.js';

export type { LiveParty } from './live-checks.js';

/** An official app's user in a live world (interop worlds), held to the same checks as ours. */
export interface LivePeer extends Peer {
  side(): LivePeerSide;
}

/**
 * Refusals that change nothing: such a request was never made, unless the machine stopped asking
 * just then (NOT_LOGGED_IN from a send under way: IM ended the session meanwhile).
 */
const REFUSED = new Set([20001, 20002, 20003]);

/** Live-room worlds with our users on `adapters`; an interop world adds `newPeer`. */
export function liveWorldOn<Pe extends LivePeer>(
  adapters: WorldAdapters,
): WorldSpec<LiveWorldState, LiveParty, Pe> {
  const media = (cloud: FakeCloud, parties: readonly LiveParty[]) =>
    adapters.media ? checkRoomMedia(cloud, parties) : [];
  return {
    partyKind: 'anchor',
    secondDevice: true,
    methods: adapters.media ? liveMethods : withoutMedia(liveMethods),
    likely: likelyLive,
    // A room whose owner dropped off stays this long before the cloud dismisses it (and tells its audience).
    quietMs: DEAD_ROOM_DISMISS_MS + TIMEOUTS_MS,
    view: adapters.view,
    newParty(cloud, user) {
      const device = cloud.adapter(user);
      const adapter = adapters.adapter(device, cloud);
      const sdk = createLiveRoom({ adapter, media: mediaControls, ...sdkOptions(user) });
      const recorder = new LiveRecorder(device.deviceId, sdk, () => cloud.clock.now());
      return {
        user,
        device: device.deviceId,
        adapter: device,
        sdk,
        recorder,
        rejected(method, error) {
          const log =
            method === 'requestJoinAnchor'
              ? recorder.linkMic
              : method === 'requestRoomPK'
                ? recorder.roomPK
                : null;
          if (!log) return;
          if (REFUSED.has((error as { code?: number }).code ?? 0) && !log.stoppedAt(cloud.clock.now()))
            return;
          log.excuse();
        },
        violations: () => recorder.violations,
        finish: () => recorder.finish(),
      };
    },
    leave(party) {
      const { status } = party.sdk.getSnapshot();
      if (OWNER.has(status)) return [{ method: 'destroyRoom', params: null }];
      if (AUDIENCE.has(status)) return [{ method: 'exitRoom', params: null }];
      return [];
    },
    checkQuiet: (cloud, parties, peer) => [
      ...checkQuiet(cloud, parties, peer?.side()),
      ...media(cloud, parties),
    ],
    async checkEnd(cloud, parties, record, peer) {
      const side = peer?.side();
      const v = parties
        .filter((p) => !['outside', 'loggedOut'].includes(p.sdk.getSnapshot().status))
        .map((p) => `${p.user} is ${p.sdk.getSnapshot().status}, not outside or logged out`);
      if (side?.roomId !== undefined)
        v.push(`the official app's ${side.user} is still in room ${side.roomId}`);
      v.push(...checkPeer(cloud, parties, side));
      for (const p of parties) v.push(...checkOutside(cloud, p, parties, side));
      v.push(...media(cloud, parties));
      v.push(...(await listedRooms(cloud, parties, record, side, adapters.adapter)));
      return v;
    },
  };
}

export const liveWorld = liveWorldOn<never>(fakeCloudAdapters);
