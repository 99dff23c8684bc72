import { fromPromise } from 'xstate';
import { ErrorCode, TrtcSmartError } from '../domain/errors.js';
import type { LiveRoomRecord } from '../domain/room-info.js';
import type { EffectTarget } from '../machine/effects.js';
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

/**
 * Room entry that logout (or destroy) may stop half-way: the effects runner tracks it, so logout
 * waits for it to undo what it had done. Stopping it exits the TRTC room at once (which aborts an
 * entry under way); the IM part, which cannot be aborted, is undone once it answers.
 */
function undoable<T>(
  deps: LiveRoomDeps,
  self: EffectTarget,
  signal: AbortSignal,
  work: (stopped: () => boolean, exitMedia: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const exitMedia = () => deps.adapter.liveMedia.exitRoom().catch(() => undefined);
  const onAbort = () => void exitMedia();
  signal.addEventListener('abort', onAbort, { once: true });
  const done = work(() => signal.aborted, exitMedia).finally(() =>
    signal.removeEventListener('abort', onAbort),
  );
  deps.effects.run(self, () => done.catch(() => undefined));
  return done;
}

const cancelled = (method: string) =>
  new TrtcSmartError(ErrorCode.CANCELLED, `${method}: cancelled by logout`);

/** The IM room first, then the TRTC room as anchor; a media failure (or logout) takes the IM room down again. */
export const createRoomLogic = fromPromise<LiveRoomRecord, { deps: LiveRoomDeps; record: LiveRoomRecord }>(
  ({ input, signal, self }) => {
    const { deps, record } = input;
    const { roomId, roomName, coverUrl, ownerId, state } = record;
    const { liveSignaling, liveMedia } = deps.adapter;
    return undoable(deps, self, signal, async (stopped, exitMedia) => {
      await liveSignaling.createRoom({ roomId, roomName, coverUrl, state });
      const dismiss = () => liveSignaling.destroyRoom({ roomId }).catch(() => undefined);
      if (stopped()) {
        await dismiss();
        throw cancelled('createRoom');
      }
      try {
        await liveMedia.enterRoom({ roomId, userId: ownerId, role: 'anchor' });
      } catch (error) {
        await dismiss();
        throw error;
      }
      if (stopped()) {
        await exitMedia();
        await dismiss();
        throw cancelled('createRoom');
      }
      return record;
    });
  },
);

/** Joins the IM room (which says who owns it and who publishes), then the TRTC room as audience. */
export const enterRoomLogic = fromPromise<
  LiveRoomRecord,
  { deps: LiveRoomDeps; userId: string; roomId: number }
>(({ input, signal, self }) => {
  const { deps, userId, roomId } = input;
  const { liveSignaling, liveMedia } = deps.adapter;
  return undoable(deps, self, signal, async (stopped, exitMedia) => {
    const record = await liveSignaling.enterRoom({ roomId });
    const exitIm = () => liveSignaling.exitRoom({ roomId }).catch(() => undefined);
    if (stopped()) {
      await exitIm();
      throw cancelled('enterRoom');
    }
    try {
      await liveMedia.enterRoom({ roomId, userId, role: 'audience' });
    } catch (error) {
      await exitIm();
      throw error;
    }
    if (stopped()) {
      await exitMedia();
      await exitIm();
      throw cancelled('enterRoom');
    }
    return record;
  });
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
