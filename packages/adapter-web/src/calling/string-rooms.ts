import { MAX_ROOM_ID } from '@trtc-smart/core';

/**
 * Calls in TRTC string rooms (newer engines' `data.str_room_id`), by the number core knows each
 * by: a stable one (FNV-1a of the string). The media port enters the string room behind it and
 * answers echo the string. Only the last calls' rooms are kept, like the invitation book's.
 */
export type StringRooms = Map<number, string>;

export function addStringRoom(rooms: StringRooms, strRoomId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < strRoomId.length; i++) hash = Math.imul(hash ^ strRoomId.charCodeAt(i), 0x01000193);
  const roomId = 1 + ((hash >>> 0) % MAX_ROOM_ID);
  rooms.set(roomId, strRoomId);
  for (const old of rooms.keys()) if (rooms.size > 64) rooms.delete(old);
  return roomId;
}
