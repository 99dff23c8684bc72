import { MAX_ROOM_ID, MIN_ROOM_ID, USER_ID_PATTERN, USER_ID_RULE } from '@trtc-smart/core';
import { invalidParameter } from '@trtc-smart/core/adapter-kit';

/** The port-level checks both halves make before anything reaches an SDK. */
export function checkRoomId(roomId: number, field = 'roomId'): void {
  if (!Number.isInteger(roomId) || roomId < MIN_ROOM_ID || roomId > MAX_ROOM_ID) {
    throw invalidParameter(field, `must be an integer ${MIN_ROOM_ID}..${MAX_ROOM_ID}`);
  }
}

export function checkUserId(userId: string, field = 'userId'): void {
  if (!USER_ID_PATTERN.test(userId)) throw invalidParameter(field, USER_ID_RULE);
}
