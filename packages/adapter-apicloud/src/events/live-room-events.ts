import type { UserInfo } from '@trtc-smart/core';
import { malformed } from '../errors.js';
import { decodeConnectionChanged, type NativeConnectionEvent } from './connection-event.js';
import { integerField, numberField, objectField, type Payload, stringField, userIdField } from './fields.js';
import { decodeRoomInfo, type NativeRoomInfo, roomIdField, userInfoField } from './live-data.js';

/** The live-room listener's fifteen events (setLiveRoomListener), checked. */
export type NativeLiveRoomEvent =
  | NativeConnectionEvent
  | { readonly type: 'onError' | 'onWarning'; readonly code: number; readonly msg: string }
  | { readonly type: 'onDebugLog'; readonly log: string }
  | { readonly type: 'onRoomDestroy'; readonly roomId: number }
  | { readonly type: 'onRoomInfoChange'; readonly roomInfo: NativeRoomInfo }
  | { readonly type: 'onAnchorEnter' | 'onAnchorExit'; readonly userId: string }
  | { readonly type: 'onAudienceEnter' | 'onAudienceExit'; readonly userInfo: UserInfo }
  | {
      readonly type: 'onRequestJoinAnchor';
      readonly userInfo: UserInfo;
      readonly reason: string;
      readonly timeout: number;
    }
  | { readonly type: 'onKickoutJoinAnchor' | 'onQuitRoomPK' }
  | { readonly type: 'onRequestRoomPK'; readonly userInfo: UserInfo; readonly timeout: number }
  | { readonly type: 'onRecvRoomTextMsg'; readonly fromUser: UserInfo; readonly message: string }
  | {
      readonly type: 'onRecvRoomCustomMsg';
      readonly fromUser: UserInfo;
      readonly cmd: string;
      readonly message: string;
    };

/** The link-mic and PK listeners' answer to this user's request. */
export interface NativeRequestOutcome {
  readonly accept: boolean;
  readonly reason: string;
}

type Decoder = (p: Payload, where: string) => NativeLiveRoomEvent;

const problem =
  (type: 'onError' | 'onWarning'): Decoder =>
  (p, where) => ({ type, code: integerField(p, 'code', where), msg: stringField(p, 'msg', where) });

const anchor =
  (type: 'onAnchorEnter' | 'onAnchorExit'): Decoder =>
  (p, where) => ({ type, userId: userIdField(p, 'userId', where) });

const audience =
  (type: 'onAudienceEnter' | 'onAudienceExit'): Decoder =>
  (p, where) => ({ type, userInfo: userInfoField(p, 'userInfo', where) });

function timeoutField(p: Payload, where: string): number {
  const timeout = numberField(p, 'timeout', where);
  if (timeout <= 0) throw malformed(`${where}.timeout: must be a number of seconds > 0`);
  return timeout;
}

/** The seed lists `cmd` and shows `command` in its example: either carries the command. */
function commandField(p: Payload, where: string): string {
  if (typeof p.cmd === 'string') return p.cmd;
  if (typeof p.command === 'string') return p.command;
  throw malformed(`${where}.cmd: must be a string (or given as command)`);
}

const decoders: Record<NativeLiveRoomEvent['type'], Decoder> = {
  onError: problem('onError'),
  onWarning: problem('onWarning'),
  onDebugLog: (p, where) => ({ type: 'onDebugLog', log: stringField(p, 'log', where) }),
  onConnectionChanged: decodeConnectionChanged,
  onRoomDestroy: (p, where) => ({ type: 'onRoomDestroy', roomId: roomIdField(p, 'roomId', where) }),
  onRoomInfoChange: (p, where) => ({
    type: 'onRoomInfoChange',
    roomInfo: decodeRoomInfo(objectField(p, 'roomInfo', where), `${where}.roomInfo`),
  }),
  onAnchorEnter: anchor('onAnchorEnter'),
  onAnchorExit: anchor('onAnchorExit'),
  onAudienceEnter: audience('onAudienceEnter'),
  onAudienceExit: audience('onAudienceExit'),
  onRequestJoinAnchor: (p, where) => ({
    type: 'onRequestJoinAnchor',
    userInfo: userInfoField(p, 'userInfo', where),
    reason: stringField(p, 'reason', where),
    timeout: timeoutField(p, where),
  }),
  onKickoutJoinAnchor: () => ({ type: 'onKickoutJoinAnchor' }),
  onRequestRoomPK: (p, where) => ({
    type: 'onRequestRoomPK',
    userInfo: userInfoField(p, 'userInfo', where),
    timeout: timeoutField(p, where),
  }),
  onQuitRoomPK: () => ({ type: 'onQuitRoomPK' }),
  onRecvRoomTextMsg: (p, where) => ({
    type: 'onRecvRoomTextMsg',
    fromUser: userInfoField(p, 'fromUser', where),
    message: stringField(p, 'message', where),
  }),
  onRecvRoomCustomMsg: (p, where) => ({
    type: 'onRecvRoomCustomMsg',
    fromUser: userInfoField(p, 'fromUser', where),
    cmd: commandField(p, where),
    message: stringField(p, 'message', where),
  }),
};

/** Decodes one live-room listener event; throws MALFORMED_ADAPTER_DATA naming the event, field and rule. */
export function decodeLiveRoomEvent(eventType: string, payload: Payload): NativeLiveRoomEvent {
  const decode = Object.hasOwn(decoders, eventType)
    ? decoders[eventType as NativeLiveRoomEvent['type']]
    : undefined;
  if (!decode) throw malformed(`live-room listener: unknown eventType "${eventType}"`);
  return decode(payload, eventType);
}

/** Decodes a link-mic or PK listener event: `onSuccess` / `onFailure {reason}`. */
export function decodeRequestOutcome(
  listener: string,
  eventType: string,
  payload: Payload,
): NativeRequestOutcome {
  if (eventType !== 'onSuccess' && eventType !== 'onFailure') {
    throw malformed(`${listener}: unknown eventType "${eventType}" (must be onSuccess or onFailure)`);
  }
  return { accept: eventType === 'onSuccess', reason: stringField(payload, 'reason', eventType) };
}
