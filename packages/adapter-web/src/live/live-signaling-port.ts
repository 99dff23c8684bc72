import {
  ErrorCode,
  type LiveRoomMessage,
  type LiveRoomRecord,
  type LiveSignalingEvent,
  type LiveSignalingPort,
  TrtcSmartError,
  USER_ID_PATTERN,
  USER_ID_RULE,
  type UserInfo,
} from '@trtc-smart/core';
import { invalidParameter, mergeEvents, shareEvents } from '@trtc-smart/core/adapter-kit';
import { Observable } from 'rxjs';
import { checkRoomId } from '../checks.js';
import { fromSdkError, sdkCall } from '../errors.js';
import type { ChatMessage } from '../sdk.js';
import { currentUser, type WebContext } from '../web-context.js';
import { integerOf, isObject, stringOf } from '../wire/json.js';
import {
  decodeRoomStatus,
  encodeLiveMessage,
  NOTIFY_JOIN_ANCHOR_STREAM,
  ROOM_CUSTOM_MSG,
  UPDATE_GROUP_INFO,
} from '../wire/live-actions.js';
import type { JoinedRoom } from './joined-room.js';
import { liveEventsOf } from './live-receiver.js';
import { createLiveRequests } from './live-requests.js';
import { decodeRoomIntro, encodeRoomIntro, toRoomStatus } from './room-intro.js';

/** IM: creating a group one already owns / joining a group one is in. Both leave the caller where it wanted to be. */
const ALREADY_OWNER = 10025;
const ALREADY_MEMBER = 10013;
/** getGroupMemberList pages at most this many. */
const MEMBER_PAGE = 100;
const JAVA_INT_MAX = 2_147_483_647;

/**
 * Live signaling over IM AVChatRoom groups, in TUILiveRoom's protocol: the group id is the room id;
 * the anchor list lives in the group introduction and is announced with a group custom message
 * (action 400); room custom messages are action 301; link mic and PK are IM invitations (live-requests.ts).
 */
export function createLiveSignalingPort(
  context: WebContext,
  room: JoinedRoom,
): LiveSignalingPort & CoHostStreamNotice {
  const { chat, Chat } = context;
  const requests = createLiveRequests(context, room);
  /** This user as the owner of a room it creates: list[0] of its introduction. */
  const owner = { userId: '', name: '' };
  /** Room-state announcements, one at a time, and the number of the last one made. */
  let announcing: Promise<unknown> = Promise.resolve();
  let lastSeq = 0;

  const join = (groupID: string) =>
    unless(ALREADY_MEMBER, () => chat.joinGroup({ groupID, type: Chat.TYPES.GRP_AVCHATROOM }));

  const send = (to: string, conversation: 'group' | 'c2c', message: { text: string } | { data: string }) => {
    const conversationType = conversation === 'group' ? Chat.TYPES.CONV_GROUP : Chat.TYPES.CONV_C2C;
    const created =
      'text' in message
        ? chat.createTextMessage({ to, conversationType, payload: message })
        : chat.createCustomMessage({
            to,
            conversationType,
            payload: { ...message, description: '', extension: '' },
          });
    return sdkCall('chat', () => chat.sendMessage(created));
  };

  const records = async (roomIds: readonly number[]): Promise<LiveRoomRecord[]> => {
    const groups = await Promise.all(roomIds.map((roomId) => profileOf(roomId)));
    return groups
      .filter((g): g is GroupProfile => g !== undefined)
      .map((g) => ({
        roomId: g.roomId,
        roomName: g.name,
        coverUrl: g.avatar,
        ownerId: g.ownerID,
        // The owner's entry in the introduction names it, as both kits read it (getRoomInfos).
        ownerName: decodeRoomStatus(g.introduction)?.list.find((a) => a.userId === g.ownerID)?.name ?? '',
        memberCount: g.memberCount,
        state: decodeRoomIntro(g.introduction),
        ...(g.createTime === undefined ? {} : { createdAt: g.createTime }),
      }));
  };

  const profileOf = async (roomId: number): Promise<GroupProfile | undefined> => {
    try {
      const result = await sdkCall('chat', () => chat.getGroupProfile({ groupID: String(roomId) }));
      return groupProfileOf(roomId, result);
    } catch (error) {
      if ((error as TrtcSmartError).code === ErrorCode.NOT_FOUND) return undefined;
      throw error;
    }
  };

  const messages$ = new Observable<LiveSignalingEvent>((subscriber) => {
    const onMessages = (event: { data?: unknown }) => {
      const messages = Array.isArray(event.data) ? (event.data as ChatMessage[]) : [];
      const self = context.credentials?.userId;
      for (const message of messages) {
        if (message.from === self && message.type !== Chat.TYPES.MSG_GRP_TIP) continue;
        for (const e of liveEventsOf(Chat, message, room, self)) {
          if (e.type === 'roomDestroyed') room.leave(e.roomId);
          subscriber.next(e);
        }
      }
    };
    chat.on(Chat.EVENT.MESSAGE_RECEIVED, onMessages);
    return () => chat.off(Chat.EVENT.MESSAGE_RECEIVED, onMessages);
  });
  const events$ = mergeEvents(messages$, requests.events$).pipe(shareEvents());

  return {
    events$,
    async createRoom({ roomId, roomName, coverUrl, state }) {
      checkRoomId(roomId);
      // Android reads room ids as a Java int: a room above it could not be entered from there.
      if (roomId > JAVA_INT_MAX)
        throw invalidParameter('roomId', `must be at most ${JAVA_INT_MAX} (Android's int)`);
      owner.userId = currentUser(context).userId;
      const introduction = encodeRoomIntro(state, owner);
      const groupID = String(roomId);
      // Already this user's (10025): IM keeps the group as it was, its old introduction too.
      const resumed = await unless(ALREADY_OWNER, () =>
        chat.createGroup({
          type: Chat.TYPES.GRP_AVCHATROOM,
          groupID,
          name: roomName,
          avatar: coverUrl,
          introduction,
        }),
      );
      // An AVChatRoom's messages flow only to members, its creator included.
      await join(groupID);
      room.enter(roomId, owner.userId, state);
      return { resumed };
    },
    async destroyRoom({ roomId }) {
      checkRoomId(roomId);
      await sdkCall('chat', () => chat.dismissGroup(String(roomId)));
      room.leave(roomId);
    },
    async enterRoom({ roomId }) {
      checkRoomId(roomId);
      currentUser(context);
      await join(String(roomId));
      const [record] = await records([roomId]);
      if (!record) throw new TrtcSmartError(ErrorCode.NOT_FOUND, `room ${roomId} does not exist`);
      room.enter(roomId, record.ownerId, record.state);
      return record;
    },
    async exitRoom({ roomId }) {
      checkRoomId(roomId);
      room.leave(roomId);
      await sdkCall('chat', () => chat.quitGroup(String(roomId)));
    },
    async getRoomInfos({ roomIds }) {
      roomIds.forEach((roomId, i) => {
        checkRoomId(roomId, `roomIds[${i}]`);
      });
      return records(roomIds);
    },
    async getMembers({ roomId }) {
      checkRoomId(roomId);
      const members: UserInfo[] = [];
      for (let offset = 0; ; ) {
        const result = await sdkCall('chat', () =>
          chat.getGroupMemberList({ groupID: String(roomId), count: MEMBER_PAGE, offset }),
        );
        const data = (result as { data?: { memberList?: unknown; offset?: unknown } } | undefined)?.data;
        const page = Array.isArray(data?.memberList) ? data.memberList.filter(isObject) : [];
        for (const m of page) {
          if (typeof m.userID === 'string')
            members.push({
              userId: m.userID,
              userName: stringOf(m.nick) ?? '',
              avatarUrl: stringOf(m.avatar) ?? '',
            });
        }
        const next = integerOf(data?.offset) ?? 0;
        if (next <= offset || page.length === 0) return members;
        offset = next;
      }
    },
    async setRoomState({ roomId, state, seq }) {
      checkRoomId(roomId);
      owner.userId = currentUser(context).userId;
      const introduction = encodeRoomIntro(state, owner);
      // One announcement after another, and none older than the last: an older state never wins.
      // The same number again is core resending one whose answer was lost (announcements.ts): it
      // may never have reached IM, so it is made again.
      const announced = announcing.then(async () => {
        if (seq < lastSeq) return;
        lastSeq = seq;
        const groupID = String(roomId);
        // The introduction is what newcomers read; the announcement is what members already in hear.
        await sdkCall('chat', () => chat.updateGroupProfile({ groupID, introduction }));
        room.announce(roomId, state);
        await send(groupID, 'group', {
          data: encodeLiveMessage({ action: UPDATE_GROUP_INFO, ...toRoomStatus(state, owner) }),
        });
      });
      announcing = announced.catch(() => undefined);
      return announced;
    },
    async sendRoomMessage({ roomId, message }) {
      checkRoomId(roomId);
      await send(String(roomId), 'group', roomPayload(message));
    },
    async sendPeerMessage({ userId, message }) {
      if (!USER_ID_PATTERN.test(userId)) throw invalidParameter('userId', USER_ID_RULE);
      await requests.send(userId, message);
    },
    async noticeStream(streamId) {
      const self = context.credentials?.userId;
      const owner = room.ownerId;
      if (room.roomId === undefined || owner === '' || owner === self) return;
      const data = encodeLiveMessage({ action: NOTIFY_JOIN_ANCHOR_STREAM, stream_id: streamId });
      await send(owner, 'c2c', { data });
    },
    async setSelfProfile({ userName, avatarUrl }) {
      if (userName !== undefined) owner.name = userName;
      await sdkCall('chat', () =>
        chat.updateMyProfile({
          ...(userName === undefined ? {} : { nick: userName }),
          ...(avatarUrl === undefined ? {} : { avatar: avatarUrl }),
        }),
      );
    },
  };
}

/** TUILiveRoom's action 105: a co-host that starts publishing tells the room's owner its stream id. */
export interface CoHostStreamNotice {
  noticeStream(streamId: string): Promise<void>;
}

interface GroupProfile {
  readonly roomId: number;
  readonly name: string;
  readonly avatar: string;
  readonly introduction: string;
  readonly ownerID: string;
  readonly memberCount: number;
  /** Group.createTime (seconds): tells a room made again under the same id from the one before. */
  readonly createTime: number | undefined;
}

function groupProfileOf(roomId: number, result: unknown): GroupProfile {
  const group: unknown = (result as { data?: { group?: unknown } } | undefined)?.data?.group;
  const ownerID = isObject(group) ? stringOf(group.ownerID) : undefined;
  if (!isObject(group) || !ownerID) {
    throw new TrtcSmartError(
      ErrorCode.MALFORMED_ADAPTER_DATA,
      `chat: group ${roomId} came back without an owner`,
    );
  }
  return {
    roomId,
    name: stringOf(group.name) ?? '',
    avatar: stringOf(group.avatar) ?? '',
    introduction: stringOf(group.introduction) ?? '',
    ownerID,
    memberCount: integerOf(group.memberCount) ?? 0,
    createTime: integerOf(group.createTime),
  };
}

function roomPayload(message: LiveRoomMessage): { text: string } | { data: string } {
  return message.kind === 'text'
    ? { text: message.text }
    : {
        data: encodeLiveMessage({
          action: ROOM_CUSTOM_MSG,
          command: message.cmd,
          message: message.message,
        }),
      };
}

/**
 * Runs a chat call whose failure with `code` means the caller is already where it wanted to be:
 * true if it was there already.
 */
async function unless(code: number, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return false;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === code) return true;
    throw fromSdkError('chat', error);
  }
}
