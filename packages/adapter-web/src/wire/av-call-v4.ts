import { CallType, MAX_ROOM_ID, MIN_ROOM_ID } from '@trtc-smart/core';
import {
  integerOf,
  isObject,
  type JsonObject,
  numberOf,
  parseObject,
  stringListOf,
  stringOf,
} from './json.js';

/**
 * The `data` string of Tencent's call kits' IM invitations (`av_call`, version 4; legacy v1 read).
 * Key order follows TUICallKit's encoder, so a payload we send reads the same as theirs.
 */
const VERSION = 4;
const BUSINESS_ID = 'av_call';
const PLATFORM = 'Web';
const BUSY = 'line_busy';
const BUSY_MESSAGE = 'lineBusy';
const SWITCH_TO_AUDIO_KEY = 'switch_to_audio_call';

/** On the wire 1 = audio and 2 = video: the reverse of the seed's (and core's) call types. */
export const wireCallType = (type: CallType): 1 | 2 => (type === CallType.AUDIO ? 1 : 2);
const coreCallType = (wire: number | undefined, cmd: string | undefined): CallType | undefined => {
  if (wire === 1 || cmd === 'audioCall') return CallType.AUDIO;
  if (wire === 2 || cmd === 'videoCall') return CallType.VIDEO;
  return undefined;
};

/** What the invitation asks for; `none` is the payload of an accept, reject or cancel. */
export type AvCallCommand = 'call' | 'hangup' | 'switchToAudio' | 'switchToVideo' | 'none';

/**
 * What a payload says. Room and call type may be missing: the JS engine's busy answer and hang-up
 * carry neither room nor (busy) call type, so answers are read by their invitation, not by fields.
 */
export interface AvCallPayload {
  readonly command: AvCallCommand;
  /** The numeric TRTC room (`room_id`), when valid and not 0. */
  readonly roomId: number | undefined;
  /**
   * Newer engines' `data.str_room_id`: when non-empty the call's TRTC room is this string room.
   * No fetched Tencent source builds or reads this av_call field (the engine that does is closed):
   * TUICallKit has the name only as a metrics key (Android KeyMetrics.kt at d78ba7d136dc5e0f751c53bada1c05b41f72559c) and the JS
   * engine 3.3.4 as a native-bridge param (`room_id:{int_room_id,str_room_id}`), so its place in
   * `data` rests on the phone payload of tencent-wire-protocols.md, which carries it empty.
   */
  readonly strRoomId: string | undefined;
  readonly callType: CallType | undefined;
  /** v4 `data.userIDs`: everyone called (empty in v1 and in answers). */
  readonly userIds: readonly string[];
  /** A reject that means "busy". */
  readonly busy: boolean;
  /** Hang-ups: the call's length in seconds (0 in group calls). */
  readonly durationSec: number;
}

export interface Envelope {
  readonly callType: CallType;
  readonly roomId: number;
  /** A string-room call: `room_id` 0 and `data.str_room_id`, as the newer engine sends it. */
  readonly strRoomId?: string | undefined;
}

function encode(
  { callType, roomId, strRoomId }: Envelope,
  cmd: string,
  extra: { top?: JsonObject; data?: JsonObject; message?: string } = {},
): string {
  const room = strRoomId === undefined ? roomId : 0;
  return JSON.stringify({
    version: VERSION,
    businessID: BUSINESS_ID,
    platform: PLATFORM,
    call_type: wireCallType(callType),
    room_id: room,
    ...extra.top,
    data: {
      cmd,
      room_id: room,
      ...(strRoomId === undefined ? {} : { str_room_id: strRoomId }),
      ...extra.data,
      cmdInfo: '',
      message: extra.message ?? '',
    },
  });
}

/** An invitation to a call; `userIds` lists everyone called (those already in it first). */
export const encodeCallInvite = (call: Envelope & { readonly userIds: readonly string[] }): string =>
  encode(call, call.callType === CallType.AUDIO ? 'audioCall' : 'videoCall', {
    data: { userIDs: call.userIds },
  });

/** Accept, reject (decline) and cancel carry the minimal payload. */
export const encodeAnswer = (call: Envelope): string => encode(call, '');

export const encodeBusy = (call: Envelope): string =>
  encode(call, '', { top: { line_busy: BUSY }, message: BUSY_MESSAGE });

/** 1:1 hang-ups carry the call's length; group hang-ups 0. */
export const encodeHangup = (call: Envelope & { readonly durationSec: number }): string =>
  encode(call, 'hangup', { top: { call_end: call.durationSec } });

/**
 * The request, and the accept that agrees to it: peers see agreement only in an accept whose
 * `data.cmd` is "switchToAudio" (Android isSwitchAudioData, iOS onInviteeAccepted, JS judgeSwitchCallMode).
 * Older engines read the legacy key.
 */
export const encodeSwitchToAudio = (call: Envelope): string =>
  encode(call, 'switchToAudio', { top: { [SWITCH_TO_AUDIO_KEY]: SWITCH_TO_AUDIO_KEY } });

/** The reject of a `switchToVideo` request (as Android rejects a switch: the cmd kept, the reason in message). */
export const encodeDeclineSwitchToVideo = (call: Envelope, reason: string): string =>
  encode(call, 'switchToVideo', { message: reason });

/**
 * Reads any call kit's payload, whatever its version: the fields decide. Undefined only for what is
 * not a call payload at all: not a JSON object, another businessID, a legacy one without call type.
 */
export function decodeAvCall(text: string): AvCallPayload | undefined {
  const top = parseObject(text);
  if (!top) return undefined;
  const businessId = top.businessID;
  const legacy = businessId === undefined;
  if (!legacy && businessId !== BUSINESS_ID) return undefined;
  if (legacy && numberOf(top.call_type) === undefined) return undefined;
  const data: JsonObject = isObject(top.data) ? top.data : {};
  const cmd = stringOf(data.cmd);
  const command = commandOf(top, cmd, legacy);
  const strRoomId = stringOf(data.str_room_id);
  return {
    command,
    roomId: roomIdOf(top, data),
    strRoomId: strRoomId ? strRoomId : undefined,
    callType: coreCallType(numberOf(top.call_type), cmd),
    userIds: stringListOf(data.userIDs) ?? [],
    busy: BUSY in top || data.message === BUSY_MESSAGE || cmd === BUSY_MESSAGE,
    durationSec: command === 'hangup' ? Math.max(0, Math.round(numberOf(top.call_end) ?? 0)) : 0,
  };
}

function commandOf(top: JsonObject, cmd: string | undefined, legacy: boolean): AvCallCommand {
  if (cmd === 'hangup' || (legacy && 'call_end' in top)) return 'hangup';
  if (cmd === 'switchToAudio' || SWITCH_TO_AUDIO_KEY in top) return 'switchToAudio';
  if (cmd === 'switchToVideo') return 'switchToVideo';
  if (cmd === 'audioCall' || cmd === 'videoCall') return 'call';
  // A v1 invite is just the call type and room; its answers look the same and are read by context.
  return legacy && !(BUSY in top) ? 'call' : 'none';
}

function roomIdOf(top: JsonObject, data: JsonObject): number | undefined {
  for (const candidate of [top.room_id, data.room_id]) {
    const id = integerOf(candidate);
    if (id !== undefined && id >= MIN_ROOM_ID && id <= MAX_ROOM_ID) return id;
  }
  return undefined;
}
