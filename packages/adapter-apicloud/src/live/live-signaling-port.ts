import {
  ErrorCode,
  type LiveRoomRecord,
  type LiveSignalingPort,
  TrtcSmartError,
  type UserInfo,
} from '@trtc-smart/core';
import { roomListField, toRecord, userListField } from '../events/live-data.js';
import { type LiveContext, leaveNativeRoom } from './live-context.js';
import { sendPeerMessage } from './peer-messages.js';

/**
 * Live signaling over the native `liveRoom` object, which works flow by flow:
 * - createRoom -> native `createRoom({roomId, roomName, coverUrl})`, which also enters the room as
 *   anchor (the media enterRoom core makes next joins it); the initial state is the native's own,
 *   so a room the native flow resumed is never reported `resumed` (core has nothing to announce);
 * - enterRoom -> `getRoomInfos` (the record core needs; NOT_FOUND when there is no such room),
 *   native `enterRoom({roomId})`, which also enters as audience, and `getAnchorList`;
 * - destroyRoom / exitRoom -> native `destroyRoom` / `exitRoom` (they also leave the TRTC room);
 * - getMembers -> `getAnchorList` + `getAudienceList`; room messages -> `sendRoomTextMsg` /
 *   `sendRoomCustomMsg`; 1:1 messages -> the link-mic and PK methods (peer-messages.ts);
 * - setRoomState -> nothing: the native owner announces the state it derives from the same
 *   events core's owner machine derives it from.
 */
export function createLiveSignalingPort(context: LiveContext): LiveSignalingPort {
  const { invoke, book } = context;
  return {
    events$: context.signaling$.asObservable(),
    async createRoom({ roomId, roomName, coverUrl }) {
      const resumed = false;
      if (book.find(roomId)?.isOwner) return { resumed };
      const self = context.self() ?? '';
      const room = book.open(roomId, true, { userId: self, userName: '', avatarUrl: '' });
      await invoke('createRoom', { roomId, roomName, coverUrl }).catch(
        leaveOnFailure(context, room, 'destroyRoom'),
      );
      return { resumed };
    },
    destroyRoom: ({ roomId }) => leaveNativeRoom(context, { roomId }, 'destroyRoom'),
    async enterRoom({ roomId }) {
      // The room's info first: NOT_FOUND enters nothing, and no network trip is left after native
      // enterRoom for the room's first events to overtake. Its count then includes this user.
      const ret = await invoke('getRoomInfos', { roomIdList: [roomId] });
      const info = roomListField(ret, 'roomList', 'getRoomInfos').find((r) => r.roomId === roomId);
      if (!info) throw new TrtcSmartError(ErrorCode.NOT_FOUND, `enterRoom: room ${roomId} does not exist`);
      const room = book.open(roomId, false, {
        userId: info.ownerId,
        userName: info.ownerName,
        avatarUrl: '',
      });
      const entered = async (): Promise<LiveRoomRecord> => {
        await invoke('enterRoom', { roomId });
        const anchors = userListField(await invoke('getAnchorList'), 'userList', 'getAnchorList');
        return toRecord({ ...info, memberCount: info.memberCount + 1 }, anchors);
      };
      return entered().catch(leaveOnFailure(context, room, 'exitRoom'));
    },
    exitRoom: ({ roomId }) => leaveNativeRoom(context, { roomId }, 'exitRoom'),
    async getRoomInfos({ roomIds }) {
      const ret = await invoke('getRoomInfos', { roomIdList: [...roomIds] });
      return roomListField(ret, 'roomList', 'getRoomInfos').map((info) => toRecord(info));
    },
    async getMembers({ roomId }) {
      book.require(roomId, 'getMembers');
      const anchors = userListField(await invoke('getAnchorList'), 'userList', 'getAnchorList');
      const audience = userListField(await invoke('getAudienceList'), 'userList', 'getAudienceList');
      return [...anchors, ...audience] satisfies UserInfo[];
    },
    async setRoomState({ roomId }) {
      if (!book.require(roomId, 'setRoomState').isOwner) {
        throw new TrtcSmartError(ErrorCode.INVALID_STATE, `setRoomState: room ${roomId} is not this user's`);
      }
    },
    async sendRoomMessage({ roomId, message }) {
      book.require(roomId, 'sendRoomMessage');
      if (message.kind === 'text') await invoke('sendRoomTextMsg', { msg: message.text });
      else await invoke('sendRoomCustomMsg', { cmd: message.cmd, msg: message.message });
    },
    sendPeerMessage: (params) => sendPeerMessage(context, params),
    async setSelfProfile({ userName, avatarUrl }) {
      await invoke('setSelfProfile', {
        ...(userName === undefined ? {} : { userName }),
        ...(avatarUrl === undefined ? {} : { avatarUrl }),
      });
    },
  };
}

/**
 * A failed native createRoom / enterRoom flow: forget the room and tell the native module to leave
 * it, in case it got in before the answer went wrong (a malformed or missing callback), so nothing
 * stays half-entered behind a failed port call.
 */
const leaveOnFailure =
  (context: LiveContext, room: { readonly roomId: number }, method: 'exitRoom' | 'destroyRoom') =>
  async (error: unknown): Promise<never> => {
    await leaveNativeRoom(context, room, method).catch(() => undefined);
    throw error;
  };
