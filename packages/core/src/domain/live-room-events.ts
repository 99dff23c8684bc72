import type { ConnectionChangedEvent } from './connection.js';
import type { RoomInfo, UserInfo } from './room-info.js';

/** Events named and shaped exactly as the seed plugin's live-room listener delivers them. */
export type LiveRoomEvent =
  /** An unrecoverable error; the room (if any) was left and the SDK stays usable. */
  | { readonly eventType: 'onError'; readonly code: number; readonly msg: string }
  | { readonly eventType: 'onWarning'; readonly code: number; readonly msg: string }
  /** Beyond the seed: the TRTC or IM link is reconnecting, or back (see LinkState). */
  | ConnectionChangedEvent
  | { readonly eventType: 'onDebugLog'; readonly log: string }
  /** The room this user was in was destroyed by its anchor. `roomId` is an integer, as the seed has it. */
  | { readonly eventType: 'onRoomDestroy'; readonly roomId: number }
  /** The room's info changed (status 0 none, 1 single, 2 link mic, 3 PK; anchors). */
  | { readonly eventType: 'onRoomInfoChange'; readonly roomInfo: RoomInfo }
  /** A user started publishing in this room (an anchor, a co-host, a PK anchor): startPlay it. */
  | { readonly eventType: 'onAnchorEnter'; readonly userId: string }
  /** A publishing user stopped or left: stopPlay it. */
  | { readonly eventType: 'onAnchorExit'; readonly userId: string }
  /** Anchors only: an audience member entered. */
  | { readonly eventType: 'onAudienceEnter'; readonly userInfo: UserInfo }
  /** Anchors only: an audience member left. */
  | { readonly eventType: 'onAudienceExit'; readonly userInfo: UserInfo }
  /** The anchor: an audience member asks to co-host; answer within `timeout` seconds. */
  | {
      readonly eventType: 'onRequestJoinAnchor';
      readonly userInfo: UserInfo;
      readonly reason: string;
      readonly timeout: number;
    }
  /** A co-host: the anchor removed this user from co-hosting. */
  | { readonly eventType: 'onKickoutJoinAnchor' }
  /** An anchor: another room's anchor asks for PK; answer within `timeout` seconds. */
  | { readonly eventType: 'onRequestRoomPK'; readonly userInfo: UserInfo; readonly timeout: number }
  /** An anchor in PK: the other side left PK. */
  | { readonly eventType: 'onQuitRoomPK' }
  | { readonly eventType: 'onRecvRoomTextMsg'; readonly fromUser: UserInfo; readonly message: string }
  /** `cmd` is the seed's field list, `command` its example: both carry the command. */
  | {
      readonly eventType: 'onRecvRoomCustomMsg';
      readonly fromUser: UserInfo;
      readonly cmd: string;
      readonly command: string;
      readonly message: string;
    };

/** The name of a live-room event (`onAnchorEnter`, `onRoomDestroy`, …). */
export type LiveRoomEventType = LiveRoomEvent['eventType'];
/** The live-room event of one `eventType`, e.g. `LiveRoomEventOf<'onAnchorEnter'>`. */
export type LiveRoomEventOf<T extends LiveRoomEventType> = Extract<LiveRoomEvent, { eventType: T }>;

/** How a requester learns the answer (setLinkMicListener / setRoomPKListener). */
export type RequestOutcomeEvent = {
  readonly eventType: 'onSuccess' | 'onFailure';
  readonly reason: string;
};
