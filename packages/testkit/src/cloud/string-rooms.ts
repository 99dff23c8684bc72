import { MAX_ROOM_ID } from '@trtc-smart/core';

/**
 * The fake cloud's media rooms are numbered; a TRTC string room (enterRoom `strRoomId`) is the
 * room this number names. SDK doubles and official peers entering a string room use it, so a
 * client that entered the numeric room instead would not meet them. (djb2, unlike adapter-web's
 * own FNV-1a numbering, so the two never agree by accident.)
 */
export function stringRoomNumber(strRoomId: string): number {
  let hash = 5381;
  for (let i = 0; i < strRoomId.length; i++) hash = (Math.imul(hash, 33) + strRoomId.charCodeAt(i)) >>> 0;
  return 1 + (hash % MAX_ROOM_ID);
}
