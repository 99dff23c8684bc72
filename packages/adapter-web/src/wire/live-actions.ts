import { isObject, type JsonObject, numberOf, parseObject, stringOf } from './json.js';

/**
 * TUILiveRoom's IM custom messages that are not requests (those are invitations, see
 * live-invitation.ts): the co-host's stream notice (1:1), room custom messages and anchor-list
 * announcements (group); the anchor list also lives in the group introduction. Key order follows
 * Tencent's IMProtocol. The co-host stream notice is 105 as iOS >= 2021-09 numbers it
 * (TRTCLiveRoomIMAction.h at 1697d86e; 103 there is "respond to kick-out").
 */
const VERSION = '1.0.0';

export const NOTIFY_JOIN_ANCHOR_STREAM = 105;
export const ROOM_CUSTOM_MSG = 301;
export const UPDATE_GROUP_INFO = 400;

/** Field names as on the wire. */
export type LiveMessage =
  | { readonly action: 105; readonly stream_id: string }
  | { readonly action: 301; readonly command: string; readonly message: string }
  | ({ readonly action: 400 } & RoomStatus);

/** 0 none, 1 one anchor, 2 link mic, 3 PK. */
export type RoomStatusType = 0 | 1 | 2 | 3;

export interface AnchorEntry {
  readonly userId: string;
  readonly streamId: string;
  readonly name: string;
}

export interface RoomStatus {
  readonly type: RoomStatusType;
  readonly list: readonly AnchorEntry[];
}

/** The group introduction holds at most this many bytes. */
export const GROUP_INTRO_MAX_BYTES = 240;

/** Version and action first, as Android's IMProtocol writes 105 and 301 (its 400 appends them). */
export const encodeLiveMessage = (message: LiveMessage): string =>
  JSON.stringify({ version: VERSION, ...message });

/** Undefined for anything that is not one of these messages (other apps share the IM channel). */
export function decodeLiveMessage(text: string): LiveMessage | undefined {
  const json = parseObject(text);
  if (!json || json.version !== VERSION) return undefined;
  const str = (key: string) => stringOf(json[key]) ?? '';
  switch (numberOf(json.action)) {
    case 105:
      return { action: 105, stream_id: str('stream_id') };
    case 301:
      return { action: 301, command: str('command'), message: str('message') };
    case 400: {
      const status = statusOf(json);
      return status && { action: 400, ...status };
    }
    default:
      return undefined;
  }
}

/** The group introduction's JSON; undefined when it would not fit in 240 bytes. */
export function encodeRoomStatus(status: RoomStatus): string | undefined {
  const text = JSON.stringify({ type: status.type, list: status.list });
  return new TextEncoder().encode(text).length <= GROUP_INTRO_MAX_BYTES ? text : undefined;
}

export function decodeRoomStatus(text: string): RoomStatus | undefined {
  const json = parseObject(text);
  return json && statusOf(json);
}

function statusOf(json: JsonObject): RoomStatus | undefined {
  const type = numberOf(json.type);
  if (type !== 0 && type !== 1 && type !== 2 && type !== 3) return undefined;
  if (!Array.isArray(json.list)) return undefined;
  const list: AnchorEntry[] = [];
  for (const item of json.list) {
    const userId = isObject(item) ? stringOf(item.userId) : undefined;
    if (!isObject(item) || userId === undefined) return undefined;
    list.push({ userId, streamId: stringOf(item.streamId) ?? '', name: stringOf(item.name) ?? '' });
  }
  return { type, list };
}
