import { ErrorCode, isAnswerLost, isTrtcSmartError } from '../domain/errors.js';
import type { RoomState } from '../domain/room-info.js';
import type { EffectTarget } from '../machine/effects.js';
import type { AnnouncementLost, RoomRead } from './live-machine-events.js';
import type { LiveRoomContext } from './live-room-context.js';

/**
 * The owner's announcements of its room's status and anchors (IM's group profile, which viewers
 * read to make up for lost notices). One whose answer is lost may never have reached IM, which would
 * keep the stale one for every later read: it is sent again, under its own number, for as long as it
 * is the latest and the owner is in the room (one IM request per lost answer's deadline at most).
 * IM's NOT_FOUND says the room is gone (dismissed from another of the owner's devices, its notice
 * lost): the owner leaves it as a dismissed room is left.
 */
export function announce(
  context: LiveRoomContext,
  self: EffectTarget,
  params: { readonly roomId: number; readonly state: RoomState; readonly seq: number },
): void {
  const { liveSignaling } = context.deps.adapter;
  context.deps.effects.run(self, async () => {
    try {
      await liveSignaling.setRoomState(params);
    } catch (error) {
      const gone = isTrtcSmartError(error) && error.code === ErrorCode.NOT_FOUND;
      if (!gone && !isAnswerLost(error)) throw error;
      const { roomId, seq } = params;
      if (self.getSnapshot().status === 'active')
        (self as unknown as { send(e: AnnouncementLost | RoomRead): void }).send(
          gone
            ? { type: 'ROOM_READ', roomId, record: null, entered: false }
            : { type: 'ANNOUNCEMENT_LOST', roomId, seq },
        );
    }
  });
}

/** A lost announcement, still the owner's latest for this room: sent again. */
export function announceAgain(context: LiveRoomContext, self: EffectTarget, lost: AnnouncementLost): void {
  const room = context.room;
  if (!room?.isOwner || room.roomId !== lost.roomId || room.stateSeq !== lost.seq) return;
  announce(context, self, { roomId: room.roomId, state: room.record.state, seq: room.stateSeq });
}
