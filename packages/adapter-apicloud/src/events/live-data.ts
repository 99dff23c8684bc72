import {
  type LiveRoomRecord,
  MAX_ROOM_ID,
  MIN_ROOM_ID,
  type RoomInfo,
  type RoomStatus,
  RoomStatus as RoomStatuses,
  type UserInfo,
} from '@trtc-smart/core';
import { malformed } from '../errors.js';
import {
  integerField,
  objectField,
  objectListField,
  type Payload,
  stringField,
  userIdField,
} from './fields.js';

/** The seed's data structures (userInfo, roomInfo) as the native module reports them, checked. */

const STATUSES: ReadonlySet<number> = new Set(Object.values(RoomStatuses));

/** A room id: an integer, or a numeric string as roomInfo.roomId is documented. */
export function roomIdField(p: Payload, field: string, where: string): number {
  const value = p[field];
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (!Number.isInteger(id) || (id as number) < MIN_ROOM_ID || (id as number) > MAX_ROOM_ID) {
    throw malformed(`${where}.${field}: must be a room id (an integer ${MIN_ROOM_ID}..${MAX_ROOM_ID})`);
  }
  return id as number;
}

export const decodeUserInfo = (p: Payload, where: string): UserInfo => ({
  userId: userIdField(p, 'userId', where),
  userName: stringField(p, 'userName', where),
  avatarUrl: stringField(p, 'avatarUrl', where),
});

export const userInfoField = (p: Payload, field: string, where: string): UserInfo =>
  decodeUserInfo(objectField(p, field, where), `${where}.${field}`);

export const userListField = (p: Payload, field: string, where: string): UserInfo[] =>
  objectListField(p, field, where).map((u, i) => decodeUserInfo(u, `${where}.${field}[${i}]`));

/** A checked roomInfo: the seed's, its roomId read as a number. */
export type NativeRoomInfo = Omit<RoomInfo, 'roomId'> & { readonly roomId: number };

export function decodeRoomInfo(p: Payload, where: string): NativeRoomInfo {
  const memberCount = integerField(p, 'memberCount', where);
  if (memberCount < 0) throw malformed(`${where}.memberCount: must be >= 0`);
  const roomStatus = integerField(p, 'roomStatus', where);
  if (!STATUSES.has(roomStatus)) throw malformed(`${where}.roomStatus: must be 0, 1, 2 or 3`);
  return {
    roomId: roomIdField(p, 'roomId', where),
    roomName: stringField(p, 'roomName', where),
    coverUrl: stringField(p, 'coverUrl', where),
    ownerId: userIdField(p, 'ownerId', where),
    ownerName: stringField(p, 'ownerName', where),
    memberCount,
    roomStatus: roomStatus as RoomStatus,
    streamUrl: stringField(p, 'streamUrl', where),
  };
}

export const roomListField = (p: Payload, field: string, where: string): NativeRoomInfo[] =>
  objectListField(p, field, where).map((r, i) => decodeRoomInfo(r, `${where}.${field}[${i}]`));

/**
 * A roomInfo as core's record. roomInfo names no anchors but the owner's stream (streamUrl), so the
 * state lists the owner while it publishes, or every anchor of `anchors` when the caller knows them
 * (getAnchorList); only the owner's stream id is known.
 */
export function toRecord(info: NativeRoomInfo, anchors?: readonly UserInfo[]): LiveRoomRecord {
  const { roomId, roomName, coverUrl, ownerId, ownerName, memberCount, roomStatus, streamUrl } = info;
  const listed = anchors ?? (streamUrl === '' ? [] : [{ userId: ownerId, userName: ownerName }]);
  return {
    roomId,
    roomName,
    coverUrl,
    ownerId,
    ownerName,
    memberCount,
    state: {
      status: roomStatus,
      anchors: listed.map(({ userId, userName }) => ({
        userId,
        userName,
        streamId: userId === ownerId ? streamUrl : '',
      })),
    },
  };
}
