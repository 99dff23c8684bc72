import type { Observable } from 'rxjs';
import type { LiveRoomRecord, RoomState, UserInfo } from '../domain/room-info.js';

/** A message every member of a room sees. */
export type LiveRoomMessage =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'custom'; readonly cmd: string; readonly message: string };

/** A 1:1 message between two users about co-hosting (link mic) or PK. */
export type LivePeerMessage =
  /** An audience member asks the owner of `roomId` to co-host. */
  | { readonly type: 'joinAnchorRequest'; readonly roomId: number; readonly reason: string }
  | {
      readonly type: 'joinAnchorResponse';
      readonly roomId: number;
      readonly accept: boolean;
      readonly reason: string;
    }
  /** The owner of `roomId` removes a co-host. */
  | { readonly type: 'kickoutJoinAnchor'; readonly roomId: number }
  /**
   * An anchor asks another room's anchor for PK. `roomId` is the asked anchor's room: core always
   * sets it (a flow-level native API such as the APICloud plugin's requestRoomPK takes it); a wire
   * may leave it out, as the receiver is in that room.
   */
  | {
      readonly type: 'roomPKRequest';
      readonly roomId?: number;
      readonly fromRoomId: number;
      readonly fromStreamId: string;
    }
  | {
      readonly type: 'roomPKResponse';
      readonly accept: boolean;
      readonly reason: string;
      readonly streamId: string;
    }
  | { readonly type: 'quitRoomPK' }
  /**
   * The requester gave up on its pending link-mic or PK request (its deadline passed, or IM
   * withdrew or timed out the request): the addressee drops it, so a late answer changes nothing.
   */
  | { readonly type: 'requestWithdrawn' };

/**
 * Live-room signaling, at the level of IM's group API: "what one IM call does". A room is an IM
 * AVChatRoom whose group id is the room id; the owner's announced RoomState rides with the group
 * (the web adapter keeps it in the group introduction and announces it with a custom message).
 *
 * Delivery rules every adapter keeps:
 * - `roomDestroyed` reaches every member but the owner who destroyed it;
 * - `roomStateChanged` and `roomMessage` reach every member but the sender, each sender's in order,
 *   exactly once, whatever the room's size;
 * - `memberEntered` / `memberLeft` reach the room's anchors only (the owner and the anchors of its
 *   announced state), as a large AVChatRoom's join tips are throttled for everyone else;
 * - `memberCountChanged` (the count IM's join and quit tips carry) reaches every member, coalesced:
 *   a burst of arrivals is a few updates with the latest count, never one per arrival to everyone.
 *   It is optional: an adapter that cannot learn the count leaves the one enterRoom returned;
 * - `peerMessage` reaches the one addressed user, if logged in; nothing is kept for later.
 * A user is a member of at most one live room: entering another leaves the first.
 */
export interface LiveSignalingPort {
  /**
   * Creates the room and joins it as owner. Creating a room one already owns succeeds (IM 10025):
   * then the group is left as it was (its old state included) and `resumed` says so, so core
   * announces its own state over the old one. An adapter that cannot tell answers `false`.
   */
  createRoom(params: {
    readonly roomId: number;
    readonly roomName: string;
    readonly coverUrl: string;
    readonly state: RoomState;
  }): Promise<CreatedRoom>;
  /** Owner only: dismisses the room; the members are told. */
  destroyRoom(params: { readonly roomId: number }): Promise<void>;
  /** Joins the room (joining twice succeeds, IM 10013) and returns it as it is now. NOT_FOUND if none. */
  enterRoom(params: { readonly roomId: number }): Promise<LiveRoomRecord>;
  /** Leaves the room's IM group. */
  exitRoom(params: { readonly roomId: number }): Promise<void>;
  /** The rooms that exist, in the order asked; unknown ids are left out. */
  getRoomInfos(params: { readonly roomIds: readonly number[] }): Promise<LiveRoomRecord[]>;
  /** Every member, in join order. */
  getMembers(params: { readonly roomId: number }): Promise<UserInfo[]>;
  /**
   * Owner only: announces the room's status and anchors to the members. `seq` grows with each
   * announcement (across instances too: it follows the clock); an adapter never lets an older one
   * replace a newer, however the network orders them.
   */
  setRoomState(params: {
    readonly roomId: number;
    readonly state: RoomState;
    readonly seq: number;
  }): Promise<void>;
  /** Sends a text or custom message to the room's group. */
  sendRoomMessage(params: { readonly roomId: number; readonly message: LiveRoomMessage }): Promise<void>;
  /** Sends a one-to-one live message (link mic, PK, notices). */
  sendPeerMessage(params: { readonly userId: string; readonly message: LivePeerMessage }): Promise<void>;
  /** Sets this user's IM profile (name, avatar). */
  setSelfProfile(params: { readonly userName?: string; readonly avatarUrl?: string }): Promise<void>;
  readonly events$: Observable<LiveSignalingEvent>;
}

/** What creating a room found: `resumed` if IM still had the group, owned by this user (IM 10025). */
export interface CreatedRoom {
  readonly resumed: boolean;
}

/** What IM reports to core about live rooms: room state, members, messages, link-mic and PK requests. */
export type LiveSignalingEvent =
  | { readonly type: 'roomDestroyed'; readonly roomId: number }
  | { readonly type: 'roomStateChanged'; readonly roomId: number; readonly state: RoomState }
  | { readonly type: 'memberEntered'; readonly roomId: number; readonly user: UserInfo }
  | { readonly type: 'memberLeft'; readonly roomId: number; readonly user: UserInfo }
  | { readonly type: 'memberCountChanged'; readonly roomId: number; readonly memberCount: number }
  | {
      readonly type: 'roomMessage';
      readonly roomId: number;
      readonly from: UserInfo;
      readonly message: LiveRoomMessage;
    }
  | { readonly type: 'peerMessage'; readonly from: UserInfo; readonly message: LivePeerMessage };
