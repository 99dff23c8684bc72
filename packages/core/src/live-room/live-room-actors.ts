import { fromPromise } from 'xstate';
import type { LiveRoomRecord } from '../domain/room-info.js';
import type { LivePeerMessage } from '../ports/live-signaling.port.js';
import type { LoginParams } from '../ports/session.port.js';
import type { JoinedRoom, LiveRoomDeps, PkPeer } from './live-room-context.js';

export const loginLogic = fromPromise<void, { deps: LiveRoomDeps; params: LoginParams }>(({ input }) =>
  input.deps.adapter.session.login(input.params),
);

/** Logging out waits for the room's last signals (exit, destroy) so they are not cut off. */
export const logoutLogic = fromPromise<void, LiveRoomDeps>(async ({ input }) => {
  await input.effects.settle();
  await input.adapter.session.logout();
});

/** The IM room first, then the TRTC room as anchor; a media failure takes the IM room down again. */
export const createRoomLogic = fromPromise<LiveRoomRecord, { deps: LiveRoomDeps; record: LiveRoomRecord }>(
  async ({ input }) => {
    const { deps, record } = input;
    const { roomId, roomName, coverUrl, ownerId, state } = record;
    const { liveSignaling, liveMedia } = deps.adapter;
    await liveSignaling.createRoom({ roomId, roomName, coverUrl, state });
    try {
      await liveMedia.enterRoom({ roomId, userId: ownerId, role: 'anchor' });
    } catch (error) {
      await liveSignaling.destroyRoom({ roomId }).catch(() => undefined);
      throw error;
    }
    return record;
  },
);

/** Joins the IM room (which says who owns it and who publishes), then the TRTC room as audience. */
export const enterRoomLogic = fromPromise<
  LiveRoomRecord,
  { deps: LiveRoomDeps; userId: string; roomId: number }
>(async ({ input }) => {
  const { deps, userId, roomId } = input;
  const { liveSignaling, liveMedia } = deps.adapter;
  const record = await liveSignaling.enterRoom({ roomId });
  try {
    await liveMedia.enterRoom({ roomId, userId, role: 'audience' });
  } catch (error) {
    await liveSignaling.exitRoom({ roomId }).catch(() => undefined);
    throw error;
  }
  return record;
});

/** Leaves the room: the owner ends PK first (the other anchor is told) and dismisses the room. */
export async function leaveRoom(
  deps: LiveRoomDeps,
  room: JoinedRoom,
  pkPartner: PkPeer | null,
): Promise<void> {
  const { liveSignaling, liveMedia } = deps.adapter;
  if (pkPartner) await quitPk(deps, pkPartner.userId);
  await liveMedia.exitRoom();
  if (room.isOwner) await liveSignaling.destroyRoom({ roomId: room.roomId });
  else await liveSignaling.exitRoom({ roomId: room.roomId });
}

export const leaveRoomLogic = fromPromise<
  void,
  { deps: LiveRoomDeps; room: JoinedRoom; pkPartner: PkPeer | null }
>(({ input }) => leaveRoom(input.deps, input.room, input.pkPartner));

export async function quitPk(deps: LiveRoomDeps, partner: string): Promise<void> {
  await deps.adapter.liveSignaling.sendPeerMessage({ userId: partner, message: { type: 'quitRoomPK' } });
  await deps.adapter.liveMedia.disconnectOtherRoom();
}

export const sendPeerLogic = fromPromise<
  void,
  { deps: LiveRoomDeps; userId: string; message: LivePeerMessage }
>(({ input }) =>
  input.deps.adapter.liveSignaling.sendPeerMessage({ userId: input.userId, message: input.message }),
);
