import type { LiveSignalingEvent, RoomState, UserInfo } from '@trtc-smart/core';
import type { ChatMessage, ChatSdk } from '../sdk.js';
import { integerOf, isObject, stringOf } from '../wire/json.js';
import {
  decodeLiveMessage,
  NOTIFY_JOIN_ANCHOR_STREAM,
  ROOM_CUSTOM_MSG,
  UPDATE_GROUP_INFO,
} from '../wire/live-actions.js';
import type { JoinedRoom } from './joined-room.js';
import { decodeRoomIntro, fromRoomStatus } from './room-intro.js';

/** TIMGroupSystemNoticeElem's operationType for a dismissed group (the SDK declares no constant for it). */
const GROUP_DISMISSED = 5;

/**
 * One received chat message as the live port's event, if it is one: group text and action-301/400
 * customs, member and introduction tips and the dismissal notice of a live room (a group whose id
 * is a room id), and the 1:1 action 105 (a co-host's stream id, noted in `room`). Anything else
 * (other apps share the IM channel) is dropped.
 */
export function liveEventsOf(
  Chat: ChatSdk,
  message: ChatMessage,
  room: JoinedRoom,
  self: string | undefined,
): LiveSignalingEvent[] {
  if (message.type === Chat.TYPES.MSG_GRP_TIP) return groupTips(Chat, message, room, self);
  const event = liveEventOf(Chat, message, room, self);
  return event ? [event] : [];
}

function liveEventOf(
  Chat: ChatSdk,
  message: ChatMessage,
  room: JoinedRoom,
  self: string | undefined,
): LiveSignalingEvent | undefined {
  const { TYPES } = Chat;
  const payload: unknown = message.payload;
  if (!isObject(payload)) return undefined;
  const from: UserInfo = {
    userId: message.from,
    userName: message.nick ?? '',
    avatarUrl: message.avatar ?? '',
  };

  if (message.type === TYPES.MSG_GRP_SYS_NOTICE) {
    const groupId = isObject(payload.groupProfile) ? payload.groupProfile.groupID : undefined;
    const roomId = integerOf(groupId);
    // The owner who dismissed the room knows.
    const byMe = payload.operatorID === self;
    return payload.operationType === GROUP_DISMISSED && roomId !== undefined && !byMe
      ? { type: 'roomDestroyed', roomId }
      : undefined;
  }
  if (message.conversationType === TYPES.CONV_GROUP) {
    const roomId = integerOf(message.to);
    if (roomId === undefined) return undefined;
    if (message.type === TYPES.MSG_TEXT) {
      const text = stringOf(payload.text);
      // iOS follows each introduction update with an empty text: no chat line.
      return !text ? undefined : { type: 'roomMessage', roomId, from, message: { kind: 'text', text } };
    }
    if (message.type !== TYPES.MSG_CUSTOM) return undefined;
    const wire = decodeLiveMessage(stringOf(payload.data) ?? '');
    if (wire?.action === ROOM_CUSTOM_MSG) {
      return {
        type: 'roomMessage',
        roomId,
        from,
        message: { kind: 'custom', cmd: wire.command, message: wire.message },
      };
    }
    if (wire?.action === UPDATE_GROUP_INFO) return announced(room, roomId, fromRoomStatus(wire))[0];
    return undefined;
  }

  if (message.conversationType === TYPES.CONV_C2C && message.type === TYPES.MSG_CUSTOM) {
    const wire = decodeLiveMessage(stringOf(payload.data) ?? '');
    if (wire?.action === NOTIFY_JOIN_ANCHOR_STREAM) {
      // A co-host's stream id, for the owner of the room it co-hosts in: a media fact (see JoinedRoom).
      if (room.roomId !== undefined && room.ownerId === self) room.noteStream(from.userId, wire.stream_id);
      return undefined;
    }
  }
  return undefined;
}

/** The same state comes twice (the introduction tip and action 400): members hear it once. */
const announced = (room: JoinedRoom, roomId: number, state: RoomState): LiveSignalingEvent[] =>
  room.announce(roomId, state) ? [{ type: 'roomStateChanged', roomId, state }] : [];

/**
 * An introduction tip carries the new introduction: iOS announces anchor changes only so (and
 * then an empty text). A join or quit tip names its users in userIDList, where IM has them their
 * profiles in memberList, and the group's new member count in memberNum.
 */
function groupTips(
  Chat: ChatSdk,
  message: ChatMessage,
  room: JoinedRoom,
  self: string | undefined,
): LiveSignalingEvent[] {
  const payload: unknown = message.payload;
  if (!isObject(payload)) return [];
  const { GRP_TIP_MBR_JOIN, GRP_TIP_MBR_QUIT, GRP_TIP_GRP_PROFILE_UPDATED } = Chat.TYPES;
  const roomId = integerOf(isObject(payload.groupProfile) ? payload.groupProfile.groupID : message.to);
  if (roomId === undefined || roomId !== room.roomId) return [];
  const intro = isObject(payload.newGroupProfile)
    ? stringOf(payload.newGroupProfile.introduction)
    : undefined;
  if (payload.operationType === GRP_TIP_GRP_PROFILE_UPDATED && intro !== undefined) {
    return announced(room, roomId, decodeRoomIntro(intro));
  }
  const joined = payload.operationType === GRP_TIP_MBR_JOIN;
  if (!joined && payload.operationType !== GRP_TIP_MBR_QUIT) return [];
  // The count the tip carries is for every member; who came and went, for the anchors only.
  const memberCount = integerOf(payload.memberNum);
  const count: LiveSignalingEvent[] =
    memberCount === undefined ? [] : [{ type: 'memberCountChanged', roomId, memberCount }];
  if (!room.hearsMembers(roomId, self)) return count;
  const profiles = Array.isArray(payload.memberList) ? payload.memberList.filter(isObject) : [];
  const userIds = Array.isArray(payload.userIDList)
    ? payload.userIDList.filter((id) => typeof id === 'string')
    : [];
  const members = userIds.map((userId: string): LiveSignalingEvent => {
    const profile = profiles.find((m) => m.userID === userId);
    const user: UserInfo = {
      userId,
      userName: stringOf(profile?.nick) ?? '',
      avatarUrl: stringOf(profile?.avatar) ?? '',
    };
    return { type: joined ? 'memberEntered' : 'memberLeft', roomId, user };
  });
  return [...members, ...count];
}
