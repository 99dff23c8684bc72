import type { LiveRoomRecord } from '../domain/room-info.js';
import { abandon } from './live-connection.js';
import type { RoomRead } from './live-machine-events.js';
import type { LiveRoomContext } from './live-room-context.js';

/**
 * Whether a read of the room finds it gone: dismissed, or dismissed and created again (by another
 * anchor, or by its owner: then only IM's creation time tells the new group from the one this
 * user joined, whose dismissal it may have missed). IM gives that time in seconds: an owner lets a
 * second pass between its creations of one room (creation-spacing.ts), so the times differ.
 */
export function isRoomGone(context: LiveRoomContext, record: LiveRoomRecord | null): boolean {
  const joined = context.room?.record;
  if (record === null || record.ownerId !== joined?.ownerId) return true;
  return (
    record.createdAt !== undefined && joined.createdAt !== undefined && record.createdAt !== joined.createdAt
  );
}

type Enqueue = Parameters<typeof abandon>[0];

/**
 * A member's read that entered the group (after a reconnect, or a leave whose answer was lost)
 * found another room of that id and joined it: that group is quit too, until IM answers.
 */
export function quitRoomMadeAgain(enqueue: Enqueue, context: LiveRoomContext, read: RoomRead) {
  const room = context.room;
  if (read.record !== null && read.entered && room && !room.isOwner)
    abandon(enqueue, context, { roomId: room.roomId, isOwner: false });
}
