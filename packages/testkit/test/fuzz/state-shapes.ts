import type { CallingState, LiveRoomState, LiveRoomStatus } from '@trtc-smart/core';

/** A room owner's statuses, and an audience member's (linked co-hosts included). */
export const OWNER: ReadonlySet<LiveRoomStatus> = new Set([
  'previewing',
  'live',
  'linkMic',
  'requestingPK',
  'respondingPK',
  'inPK',
]);
export const AUDIENCE: ReadonlySet<LiveRoomStatus> = new Set(['watching', 'requesting', 'linked']);
/** In a room, not leaving it. */
export const IN_ROOM: ReadonlySet<LiveRoomStatus> = new Set([...OWNER, ...AUDIENCE]);

/**
 * The pairings the state types promise (they are unions keyed on status): a call exactly in the
 * active statuses, a room exactly inside one or leaving it, a user from logging in on. The types
 * narrow on them, so every state a world emits must keep them.
 */
const ACTIVE = new Set(['dialing', 'ringing', 'connecting', 'inCall']);
const WITH_ROOM = new Set<string>([...IN_ROOM, 'leaving']);

function userViolation(status: string, userId: string | null): string | undefined {
  if (status === 'destroyed' || (status === 'loggedOut') === (userId === null)) return undefined;
  return `state ${status} with userId ${userId}`;
}

export function callingShapeViolation({ status, userId, call }: CallingState): string | undefined {
  if (ACTIVE.has(status) !== (call !== null)) return `state ${status} with call ${call?.roomId ?? null}`;
  return userViolation(status, userId);
}

export function liveShapeViolation({ status, userId, room }: LiveRoomState): string | undefined {
  if (WITH_ROOM.has(status) !== (room !== null)) return `state ${status} with room ${room?.roomId ?? null}`;
  return userViolation(status, userId);
}
