import { ErrorCode, type LivePeerMessage, TrtcSmartError } from '@trtc-smart/core';
import type { LiveContext } from './live-context.js';

/**
 * 1:1 link-mic and PK messages as the native module's request / answer methods. The native module
 * addresses them itself (a join request goes to its room's owner), so the addressee must be the
 * one it would pick:
 * - joinAnchorRequest -> `requestJoinAnchor({reason})` (to the owner of the current room);
 * - joinAnchorResponse -> `responseJoinAnchor({userId, isAgree, reason})`;
 * - kickoutJoinAnchor -> `kickoutJoinAnchor({userId})`;
 * - roomPKRequest -> `requestRoomPK({roomId, userId})` (roomId: the asked anchor's room);
 * - roomPKResponse -> `responseRoomPK({userId, isAgree, reason})`;
 * - quitRoomPK -> `quitRoomPK({})` (to the anchor in PK with); like every ending call it resolves
 *   when the native module is in no PK any more (the other side quit or left first);
 * - requestWithdrawn -> nothing: the native module withdraws its own requests at its deadline.
 */
export async function sendPeerMessage(
  context: LiveContext,
  { userId, message }: { readonly userId: string; readonly message: LivePeerMessage },
): Promise<void> {
  const { invoke, book } = context;
  if (message.type === 'requestWithdrawn') return;
  if (message.type === 'quitRoomPK') {
    const room = book.current;
    if (room?.pkPartner === undefined) return;
    room.pkPartner = undefined;
    await invoke('quitRoomPK');
    return;
  }
  const room = book.requireCurrent(message.type);
  switch (message.type) {
    case 'joinAnchorRequest':
      if (room.isOwner || room.roomId !== message.roomId || room.owner.userId !== userId) {
        throw unaddressable(message.type, 'only to the owner of the room this user watches');
      }
      await invoke('requestJoinAnchor', { reason: message.reason });
      return;
    case 'joinAnchorResponse':
      await invoke('responseJoinAnchor', { userId, isAgree: message.accept, reason: message.reason });
      return;
    case 'kickoutJoinAnchor':
      await invoke('kickoutJoinAnchor', { userId });
      return;
    case 'roomPKRequest': {
      if (message.roomId === undefined)
        throw unaddressable(message.type, "only with the asked anchor's roomId");
      room.pkTarget = { userId, roomId: message.roomId };
      await invoke('requestRoomPK', { roomId: message.roomId, userId }).catch((error: unknown) => {
        room.pkTarget = undefined;
        throw error;
      });
      return;
    }
    case 'roomPKResponse':
      await invoke('responseRoomPK', { userId, isAgree: message.accept, reason: message.reason });
      if (message.accept) room.pkPartner = userId;
      return;
  }
}

const unaddressable = (type: string, rule: string) =>
  new TrtcSmartError(ErrorCode.INVALID_STATE, `sendPeerMessage ${type}: the native module sends it ${rule}`);
