import type { LivePeerMessage } from '@trtc-smart/core';
import { integerOf } from '../wire/json.js';
import { LiveAction, type LiveMessage } from '../wire/live-actions.js';
import type { LiveInvitation } from '../wire/live-invitation.js';

/** A 1:1 request or answer in TUILiveRoom's actions 100-202. */
export function toLiveAction(message: LivePeerMessage): LiveMessage {
  switch (message.type) {
    case 'joinAnchorRequest':
      return { action: LiveAction.REQUEST_JOIN_ANCHOR, reason: message.reason };
    case 'joinAnchorResponse':
      return { action: LiveAction.RESPOND_JOIN_ANCHOR, accept: message.accept, reason: message.reason };
    case 'kickoutJoinAnchor':
      return { action: LiveAction.KICKOUT_JOIN_ANCHOR };
    case 'roomPKRequest':
      return {
        action: LiveAction.REQUEST_ROOM_PK,
        fromRoomId: String(message.fromRoomId),
        fromStreamId: message.fromStreamId,
      };
    case 'roomPKResponse':
      return {
        action: LiveAction.RESPOND_ROOM_PK,
        accept: message.accept,
        reason: message.reason,
        streamId: message.streamId,
      };
    case 'quitRoomPK':
      return { action: LiveAction.QUIT_ROOM_PK };
  }
}

/**
 * The peer message a received action means. Link-mic actions carry no room id: they concern the
 * room both users are in, which is this user's room (0, no room, when it is in none: core refuses).
 * Undefined for room actions and for the co-host stream notice (the receiver notes it in JoinedRoom).
 */
export function fromLiveAction(wire: LiveMessage, roomId: number | undefined): LivePeerMessage | undefined {
  const room = roomId ?? 0;
  switch (wire.action) {
    case LiveAction.REQUEST_JOIN_ANCHOR:
      return { type: 'joinAnchorRequest', roomId: room, reason: wire.reason };
    case LiveAction.RESPOND_JOIN_ANCHOR:
      return { type: 'joinAnchorResponse', roomId: room, accept: wire.accept, reason: wire.reason };
    case LiveAction.KICKOUT_JOIN_ANCHOR:
      return { type: 'kickoutJoinAnchor', roomId: room };
    case LiveAction.REQUEST_ROOM_PK: {
      const fromRoomId = integerOf(wire.fromRoomId);
      return fromRoomId === undefined
        ? undefined
        : { type: 'roomPKRequest', fromRoomId, fromStreamId: wire.fromStreamId };
    }
    case LiveAction.RESPOND_ROOM_PK:
      return { type: 'roomPKResponse', accept: wire.accept, reason: wire.reason, streamId: wire.streamId };
    case LiveAction.QUIT_ROOM_PK:
      return { type: 'quitRoomPK' };
    default:
      return undefined;
  }
}

/**
 * A newer kit's invitation as the same peer message. Its PK request names the requester's room but
 * not its stream; cancelling a link-mic request has no counterpart in core, so it is dropped.
 */
export function fromLiveInvitation(invitation: LiveInvitation): LivePeerMessage | undefined {
  const { roomId } = invitation;
  switch (invitation.command) {
    case 'requestJoinAnchor':
      return { type: 'joinAnchorRequest', roomId, reason: '' };
    case 'kickoutJoinAnchor':
      return { type: 'kickoutJoinAnchor', roomId };
    case 'requestRoomPK':
      return { type: 'roomPKRequest', fromRoomId: roomId, fromStreamId: '' };
    case 'quitRoomPK':
      return { type: 'quitRoomPK' };
    case 'cancelJoinAnchor':
      return undefined;
  }
}
