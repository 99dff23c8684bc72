import { abandon } from './live-connection.js';
import type { RoomRead } from './live-machine-events.js';
import type { LiveRoomContext } from './live-room-context.js';

/**
 * A read that entered a room's group (after a reconnect, or a leave whose answer was lost) lands
 * once this user is no longer in that room and not entering it: the room was left meanwhile (its
 * dismissal heard, its owner gone, the link lost for good, or another room entered). The join
 * went through all the same, into that room or into one made again under its id
 * (FUZZ_SEED=20261204: a viewer outside after the dismissal, a member of the room made again).
 */
export function isStrayJoin(context: LiveRoomContext, read: RoomRead): boolean {
  return (
    read.entered &&
    read.record !== null &&
    context.room?.roomId !== read.roomId &&
    context.entry?.roomId !== read.roomId
  );
}

type Enqueue = Parameters<typeof abandon>[0];

/** That group is quit as an abandoned room's is, until IM answers. */
export function quitStrayGroup(enqueue: Enqueue, context: LiveRoomContext, read: RoomRead): void {
  abandon(enqueue, context, { roomId: read.roomId, isOwner: false });
}
