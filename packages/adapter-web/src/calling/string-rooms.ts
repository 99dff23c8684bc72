import { MAX_ROOM_ID } from '@trtc-smart/core';

/**
 * Calls in TRTC string rooms (newer engines' `data.str_room_id`). Core names every call by a
 * number, so a string room gets a stable one (FNV-1a of the string); the media port enters the
 * string room behind it and answers echo the string.
 */
const KEPT = 64;

export class StringRooms {
  private readonly byNumber = new Map<number, string>();

  /** The number core knows this string room by. */
  add(strRoomId: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < strRoomId.length; i++) hash = Math.imul(hash ^ strRoomId.charCodeAt(i), 0x01000193);
    const roomId = 1 + ((hash >>> 0) % MAX_ROOM_ID);
    this.byNumber.set(roomId, strRoomId);
    // Like the invitation book, only the last calls' rooms are worth keeping.
    for (const old of this.byNumber.keys()) {
      if (this.byNumber.size <= KEPT) break;
      this.byNumber.delete(old);
    }
    return roomId;
  }

  /** The string room behind a call's number, if it is one. */
  get(roomId: number): string | undefined {
    return this.byNumber.get(roomId);
  }
}
