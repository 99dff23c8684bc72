import { invalidParameter } from '../domain/errors.js';
import {
  MESSAGE_MAX_BYTES,
  ROOM_NAME_MAX_BYTES,
  STREAM_ID_MAX_BYTES,
  URL_MAX_BYTES,
  USER_NAME_MAX_BYTES,
} from '../domain/rules.js';
import { booleanField, paramsObject, roomIdField, textField, userIdField } from '../domain/validate.js';

/** The typed parameters of each live-room method, as the seed names them. */
export interface CreateRoomParams {
  /** A number or a numeric string. */
  readonly roomId: number | string;
  readonly roomName: string;
  readonly coverUrl: string;
}
/** `enterRoom`'s parameters: the room id, a number or a numeric string. */
export interface EnterRoomParams {
  readonly roomId: number | string;
}
/** `getRoomInfos`' parameters: the rooms to look up. */
export interface GetRoomInfosParams {
  readonly roomIdList: readonly (number | string)[];
}
/** `setSelfProfile`'s parameters: the name and avatar other members see. */
export interface SelfProfileParams {
  readonly userName?: string;
  readonly avatarUrl?: string;
}
/** `startCameraPreview`'s parameters: which camera, and where to show it. */
export interface CameraPreviewParams<View> {
  readonly isFront: boolean;
  readonly view: View;
}
/** `startPlay`'s parameters: whose stream, and where to show it. */
export interface PlayParams<View> {
  readonly userId: string;
  readonly view: View;
}
/** `responseJoinAnchor` / `responseRoomPK` parameters: whom to answer, yes or no, and why. */
export interface ResponseParams {
  readonly userId: string;
  readonly isAgree: boolean;
  readonly reason: string;
}
/** `userId` is the invited anchor; `roomName` is accepted in its place (the seed's parameter list). */
export interface RoomPKParams {
  readonly roomId: number | string;
  readonly userId?: string;
  readonly roomName?: string;
}
/** `sendRoomCustomMsg`'s parameters: a command and its text. */
export interface CustomMessageParams {
  readonly cmd: string;
  readonly msg: string;
}

export const parseCreateRoom = (input: unknown) => {
  const p = paramsObject(input, 'createRoom');
  return {
    roomId: roomIdField(p.roomId, 'roomId'),
    roomName: textField(p.roomName, 'roomName', ROOM_NAME_MAX_BYTES, true),
    coverUrl: textField(p.coverUrl, 'coverUrl', URL_MAX_BYTES),
  };
};

export const parseRoomId = (input: unknown, method: string): number =>
  roomIdField(paramsObject(input, method).roomId, 'roomId');

export function parseRoomIdList(input: unknown): number[] {
  const list = paramsObject(input, 'getRoomInfos').roomIdList;
  if (!Array.isArray(list) || list.length === 0) {
    throw invalidParameter('roomIdList', 'must be a non-empty array of room ids');
  }
  return [...new Set(list.map((id, i) => roomIdField(id, `roomIdList[${i}]`)))];
}

export function parseProfile(input: unknown): { userName?: string; avatarUrl?: string } {
  const p = paramsObject(input, 'setSelfProfile');
  const userName =
    p.userName === undefined ? undefined : textField(p.userName, 'userName', USER_NAME_MAX_BYTES);
  const avatarUrl =
    p.avatarUrl === undefined ? undefined : textField(p.avatarUrl, 'avatarUrl', URL_MAX_BYTES);
  return {
    ...(userName === undefined ? {} : { userName }),
    ...(avatarUrl === undefined ? {} : { avatarUrl }),
  };
}

export const parseStreamId = (input: unknown): string =>
  textField(paramsObject(input, 'startPublish').streamId, 'streamId', STREAM_ID_MAX_BYTES, true);

export const parseReason = (input: unknown, method: string): string =>
  textField(paramsObject(input, method).reason, 'reason', MESSAGE_MAX_BYTES);

export const parseResponse = (input: unknown, method: string): ResponseParams => {
  const p = paramsObject(input, method);
  return {
    userId: userIdField(p.userId, 'userId'),
    isAgree: booleanField(p.isAgree, 'isAgree'),
    reason: textField(p.reason, 'reason', MESSAGE_MAX_BYTES),
  };
};

export const parseRoomPK = (input: unknown, self: string | null): { roomId: number; userId: string } => {
  const p = paramsObject(input, 'requestRoomPK');
  const roomId = roomIdField(p.roomId, 'roomId');
  const field = p.userId === undefined && p.roomName !== undefined ? 'roomName' : 'userId';
  const userId = userIdField(p[field], field);
  if (userId === self) throw invalidParameter(field, 'must be another anchor, not the logged-in user');
  return { roomId, userId };
};

export const parseRemoteMute = (input: unknown): { userId: string; isMute: boolean } => {
  const p = paramsObject(input, 'muteRemoteAudio');
  return { userId: userIdField(p.userId, 'userId'), isMute: booleanField(p.isMute, 'isMute') };
};

export const parseTextMessage = (input: unknown): string =>
  textField(paramsObject(input, 'sendRoomTextMsg').msg, 'msg', MESSAGE_MAX_BYTES, true);

export const parseCustomMessage = (input: unknown): CustomMessageParams => {
  const p = paramsObject(input, 'sendRoomCustomMsg');
  return {
    cmd: textField(p.cmd, 'cmd', MESSAGE_MAX_BYTES, true),
    msg: textField(p.msg, 'msg', MESSAGE_MAX_BYTES),
  };
};
