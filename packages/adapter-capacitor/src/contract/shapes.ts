import type {
  LivePeerMessage,
  LiveRoomMessage,
  LiveRoomRecord,
  PluginView,
  RoomState,
  UserInfo,
} from '../definitions.js';
import {
  array,
  boolean,
  either,
  integer,
  literal,
  number,
  object,
  type Schema,
  string,
  tagged,
} from './schema.js';

/** The JSON shapes definitions.ts names, shared by the method and event tables. */

const finite = number;

export const viewRect = object({ x: finite, y: finite, w: finite, h: finite });

export const pluginView: Schema<PluginView> = either(viewRect, string);

export const callType = literal(1, 2);
export const rejectReason = literal('decline', 'busy');
export const liveRole = literal('anchor', 'audience');
export const leaveReason = literal('left', 'networkTimeout');

export const userInfo: Schema<UserInfo> = object({ userId: string, userName: string, avatarUrl: string });

export const roomState: Schema<RoomState> = object({
  status: literal(0, 1, 2, 3),
  anchors: array(object({ userId: string, userName: string, streamId: string })),
});

export const liveRoomRecord: Schema<LiveRoomRecord> = object(
  {
    roomId: integer,
    roomName: string,
    coverUrl: string,
    ownerId: string,
    ownerName: string,
    memberCount: integer,
    state: roomState,
  },
  { createdAt: integer },
);

export const liveRoomMessage: Schema<LiveRoomMessage> = tagged('kind', {
  text: object({ text: string }),
  custom: object({ cmd: string, message: string }),
});

export const livePeerMessage: Schema<LivePeerMessage> = tagged('type', {
  joinAnchorRequest: object({ roomId: integer, reason: string }),
  joinAnchorResponse: object({ roomId: integer, accept: boolean, reason: string }),
  kickoutJoinAnchor: object({ roomId: integer }),
  roomPKRequest: object({ fromRoomId: integer, fromStreamId: string }, { roomId: integer }),
  roomPKResponse: object({ accept: boolean, reason: string, streamId: string }),
  quitRoomPK: object({}),
  requestWithdrawn: object({}),
});
