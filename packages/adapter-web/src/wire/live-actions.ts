import { integerOf, isObject, type JsonObject, numberOf, parseObject, stringOf } from './json.js';

/**
 * TUILiveRoom's IM protocol: 1:1 custom messages for link mic and PK, group custom messages for
 * room custom messages and anchor-list announcements, and the anchor list kept in the group
 * introduction. Key order follows Tencent's IMProtocol.
 */
const VERSION = '1.0.0';

export const LiveAction = {
  REQUEST_JOIN_ANCHOR: 100,
  RESPOND_JOIN_ANCHOR: 101,
  KICKOUT_JOIN_ANCHOR: 102,
  NOTIFY_JOIN_ANCHOR_STREAM: 103,
  REQUEST_ROOM_PK: 200,
  RESPOND_ROOM_PK: 201,
  QUIT_ROOM_PK: 202,
  ROOM_CUSTOM_MSG: 301,
  UPDATE_GROUP_INFO: 400,
} as const;

export type LiveMessage =
  | { readonly action: 100; readonly reason: string }
  | { readonly action: 101; readonly accept: boolean; readonly reason: string }
  | { readonly action: 102 }
  | { readonly action: 103; readonly streamId: string }
  | { readonly action: 200; readonly fromRoomId: string; readonly fromStreamId: string }
  | { readonly action: 201; readonly accept: boolean; readonly reason: string; readonly streamId: string }
  | { readonly action: 202 }
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

export function encodeLiveMessage(message: LiveMessage): string {
  const head = { version: VERSION, action: message.action };
  switch (message.action) {
    case 100:
      return JSON.stringify({ ...head, reason: message.reason });
    case 101:
      return JSON.stringify({ ...head, accept: message.accept ? 1 : 0, reason: message.reason });
    case 102:
    case 202:
      return JSON.stringify(head);
    case 103:
      return JSON.stringify({ ...head, stream_id: message.streamId });
    case 200:
      return JSON.stringify({
        ...head,
        from_room_id: message.fromRoomId,
        from_stream_id: message.fromStreamId,
      });
    case 201:
      return JSON.stringify({
        ...head,
        accept: message.accept ? 1 : 0,
        reason: message.reason,
        stream_id: message.streamId,
      });
    case 301:
      return JSON.stringify({ ...head, command: message.command, message: message.message });
    case 400:
      return JSON.stringify({ ...head, ...statusJson(message) });
  }
}

/** Undefined for anything that is not one of these messages (other apps share the IM channel). */
export function decodeLiveMessage(text: string): LiveMessage | undefined {
  const json = parseObject(text);
  if (!json || json.version !== VERSION) return undefined;
  const str = (key: string) => stringOf(json[key]) ?? '';
  const accept = (key: string) => numberOf(json[key]) === 1 || json[key] === true;
  switch (numberOf(json.action)) {
    case 100:
      return { action: 100, reason: str('reason') };
    case 101:
      return { action: 101, accept: accept('accept'), reason: str('reason') };
    case 102:
      return { action: 102 };
    case 103:
      return { action: 103, streamId: str('stream_id') };
    case 200: {
      const fromRoomId = idString(json.from_room_id);
      return fromRoomId === undefined
        ? undefined
        : { action: 200, fromRoomId, fromStreamId: str('from_stream_id') };
    }
    case 201:
      return { action: 201, accept: accept('accept'), reason: str('reason'), streamId: str('stream_id') };
    case 202:
      return { action: 202 };
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
  const text = JSON.stringify(statusJson(status));
  return new TextEncoder().encode(text).length <= GROUP_INTRO_MAX_BYTES ? text : undefined;
}

export function decodeRoomStatus(text: string): RoomStatus | undefined {
  const json = parseObject(text);
  return json && statusOf(json);
}

const statusJson = (status: RoomStatus) => ({
  type: status.type,
  list: status.list.map((a) => ({ userId: a.userId, streamId: a.streamId, name: a.name })),
});

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

const idString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : integerOf(value)?.toString();
