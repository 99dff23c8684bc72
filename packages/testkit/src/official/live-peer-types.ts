import type { ClockPort, LiveMediaPort, SessionPort } from '@trtc-smart/core';
import type { ImGroupsClient } from '../adapter/im-groups-client.js';
import type { ImSignalingClient } from '../adapter/im-signaling-client.js';
import type { OfficialLiveCmd, OfficialLivePlatform } from './live-wire.js';

/**
 * A phone running Tencent's TRTCLiveRoom (tencentyun/TUILiveRoom at 1697d86e, see live-wire.ts),
 * scripted on a fake-cloud device: it sends the official payloads byte for byte, reads what it
 * receives as that source reads it (a payload the kit cannot read is dropped, as the kit drops
 * it), and records both, with the delegate callbacks the kit would make. Behaviours cite their
 * source: A = Android .../room/impl/TXRoomService.java, I = iOS iOS/Source/model/Impl/TRTCLiveRoom.m.
 */
export interface OfficialLivePeer {
  readonly userId: string;
  readonly platform: OfficialLivePlatform;
  /** Every raw payload sent ('out') and received ('in'), in order. */
  readonly wire: OfficialWireEntry[];
  /** The TRTCLiveRoomDelegate callbacks the kit made, e.g. `onRequestJoinAnchor bob`. */
  readonly callbacks: string[];
  /** Logs the scripted app user in. */
  login(): Promise<void>;
  /** Creates and announces a room, as the app does. */
  createRoom(roomId: number, roomName: string): Promise<void>;
  /** Enters a room as audience. */
  enterRoom(roomId: number): Promise<void>;
  /** Publishes in TRTC; an owner announces its stream id in the introduction. */
  startPublish(streamId: string): Promise<void>;
  /** The owner's anchor list changes (a co-host came): A updateHostAnchorInfo, I updateGroupInfo. */
  announce(type: number, coHosts?: readonly { userId: string; streamId: string }[]): Promise<void>;
  /** Rooms as the kit's getRoomInfos lists them (ids of the rooms shown). */
  roomList(roomIds: readonly number[]): Promise<{ roomId: string; ownerId: string }[]>;
  /** Who the kit takes for the owner of the room it entered (list[0] of the introduction). */
  readonly ownerId: string;
  /** The room it created or entered ('' before). */
  readonly roomId: string;
  /** Requests it was asked and has not answered, by requester. */
  requests(): { readonly from: string; readonly cmd: OfficialLiveCmd }[];
  /** Asks the owner for link mic. */
  requestJoinAnchor(reason: string, timeoutSec: number): Promise<void>;
  /** Withdraws its link-mic request. */
  cancelRequestJoinAnchor(): Promise<void>;
  /** Answers a link-mic request. */
  responseJoinAnchor(userId: string, agree: boolean, reason: string): Promise<void>;
  /** Ends a co-host's link mic. */
  kickoutJoinAnchor(userId: string): Promise<void>;
  /** Asks another owner for PK. */
  requestRoomPK(roomId: number, userId: string, timeoutSec: number): Promise<void>;
  /** Withdraws its PK request. */
  cancelRequestRoomPK(userId: string): Promise<void>;
  /** Answers a PK request. */
  responseRoomPK(userId: string, agree: boolean): Promise<void>;
  /** Leaves the PK. */
  quitRoomPK(): Promise<void>;
  /** Sends a room custom message. */
  sendRoomCustomMsg(command: string, message: string): Promise<void>;
  /** Leaves the room it entered (A exitRoom: quitGroup, then TRTC's exitRoom; I likewise). */
  exitRoom(): Promise<void>;
  /** The owner ends its room (A destroyRoom / I destroyRoom: dismissGroup, then TRTC's exitRoom). */
  destroyRoom(): Promise<void>;
}

/** A payload an official live peer sent or received. */
export interface OfficialWireEntry {
  readonly dir: 'out' | 'in';
  /** invite, accept, reject, cancel, timeout, c2c, group, text, introduction. */
  readonly kind: string;
  /** The other user, or the group. */
  readonly with: string;
  readonly data: string;
}

/** The parts of a fake-cloud device (FakeAdapter) the peer uses. */
export interface OfficialPeerDevice {
  readonly session: SessionPort;
  readonly imSignaling: ImSignalingClient;
  readonly imGroups: ImGroupsClient;
  readonly liveMedia: LiveMediaPort<unknown>;
  readonly clock: ClockPort;
}
