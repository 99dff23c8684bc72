import {
  ErrorCode,
  type LivePeerMessage,
  type LiveRoomMessage,
  type LiveRoomRecord,
  type LiveSignalingEvent,
  type RoomState,
  TrtcSmartError,
  type UserInfo,
} from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { Outbox } from './outbox.js';

/**
 * How often at most a room's member count goes out to its members. IM's join and quit tips carry
 * the count, and IM throttles them in a large AVChatRoom; here every member hears the count at most
 * once per window (the first change at once, the rest coalesced into one update with the latest
 * count at the window's end), so 10,000 arrivals cost a few fan-outs, not 10,000 of them.
 */
export const MEMBER_COUNT_INTERVAL_MS = 1_000;

/**
 * How long a room stays after its owner dropped off the network (its TRTC heartbeats timed out)
 * before the cloud dismisses it, if the owner did not come back into the room meanwhile.
 *
 * An AVChatRoom's owner cannot quit it, only dismiss it, so without this rule a room whose anchor
 * vanished (app killed, network gone) would stay listed forever with its owner as a member. Tencent's
 * live rooms dismiss such a room once "the owner dropped beyond the heartbeat keep-alive and did not
 * come back within a while (10 minutes by default)"; the audience left at the media timeout already
 * (onRoomDestroy), and the grace lets an owner whose network returns resume its room (createRoom on
 * a room one owns succeeds, IM 10025). Dismissal is what destroyRoom does: everyone still in the IM
 * room hears roomDestroyed, the room leaves the directory and its id is free.
 */
export const DEAD_ROOM_DISMISS_MS = 10 * 60_000;

interface Group {
  readonly roomId: number;
  readonly ownerId: string;
  readonly roomName: string;
  readonly coverUrl: string;
  state: RoomState;
  /** The number of the state's announcement: an older one arriving late is ignored. */
  stateSeq: number;
  /** userIds in join order. */
  readonly members: Set<string>;
  /** Running while a count window is open (see MEMBER_COUNT_INTERVAL_MS). */
  countTimer: unknown;
  /** The count changed within the open window: its end sends the latest count. */
  countStale: boolean;
  /** Running while the owner is away after dropping off (see DEAD_ROOM_DISMISS_MS). */
  dismissTimer: unknown;
}

export interface LiveGroupsDeps {
  readonly clock: VirtualClock;
  readonly outbox: Outbox;
  readonly deviceOfUser: (userId: string) => string | undefined;
  /** Whether a user is in the room's TRTC room (an owner who came back after dropping off). */
  readonly inMediaRoom: (roomId: number, userId: string) => boolean;
}

/**
 * IM AVChatRoom groups for live rooms: a directory, members, the owner's announced state, profiles,
 * and the fan-out of room messages (batched by the network, so a room of 10,000 is cheap).
 * A user is in at most one live room; entering another leaves the first.
 */
export class LiveGroups {
  readonly #deps: LiveGroupsDeps;
  readonly #groups = new Map<number, Group>();
  readonly #roomOfUser = new Map<string, number>();
  readonly #profiles = new Map<string, { userName: string; avatarUrl: string }>();

  constructor(deps: LiveGroupsDeps) {
    this.#deps = deps;
  }

  userInfo(userId: string): UserInfo {
    const profile = this.#profiles.get(userId);
    return { userId, userName: profile?.userName ?? '', avatarUrl: profile?.avatarUrl ?? '' };
  }

  setProfile(userId: string, profile: { userName?: string; avatarUrl?: string }): void {
    const current = this.userInfo(userId);
    this.#profiles.set(userId, {
      userName: profile.userName ?? current.userName,
      avatarUrl: profile.avatarUrl ?? current.avatarUrl,
    });
  }

  /** Creating a room one already owns succeeds (IM 10025); another owner's id is taken. */
  create(
    userId: string,
    params: { roomId: number; roomName: string; coverUrl: string; state: RoomState },
  ): void {
    const existing = this.#groups.get(params.roomId);
    if (existing && existing.ownerId !== userId) {
      throw new TrtcSmartError(ErrorCode.ALREADY_EXISTS, `room ${params.roomId} belongs to another anchor`);
    }
    if (!existing) {
      const { roomId, roomName, coverUrl, state } = params;
      this.#groups.set(roomId, {
        roomId,
        ownerId: userId,
        roomName,
        coverUrl,
        state,
        stateSeq: 0,
        members: new Set(),
        countTimer: undefined,
        countStale: false,
        dismissTimer: undefined,
      });
    }
    this.#join(userId, params.roomId);
  }

  destroy(userId: string, roomId: number, origin: string): void {
    this.#dismiss(this.#owned(userId, roomId, 'destroy it'), userId, origin);
  }

  /** Entering twice succeeds (IM 10013). */
  enter(userId: string, roomId: number, origin: string): LiveRoomRecord {
    const group = this.#group(roomId);
    if (!group.members.has(userId)) {
      this.#join(userId, roomId);
      this.#toAnchors(group, { type: 'memberEntered', roomId, user: this.userInfo(userId) }, userId, origin);
    }
    return this.#record(group);
  }

  exit(userId: string, roomId: number, origin?: string): void {
    const group = this.#groups.get(roomId);
    if (!group?.members.delete(userId)) return;
    this.#roomOfUser.delete(userId);
    this.#toAnchors(group, { type: 'memberLeft', roomId, user: this.userInfo(userId) }, userId, origin);
    this.#countChanged(group);
  }

  /**
   * A user's TRTC heartbeats for this room timed out. If it is the owner, the room is dismissed
   * unless the owner is back in it when the grace runs out (DEAD_ROOM_DISMISS_MS); a later drop
   * starts the grace again.
   */
  droppedOff(roomId: number, userId: string): void {
    const group = this.#groups.get(roomId);
    if (group?.ownerId !== userId) return;
    const { clock, inMediaRoom } = this.#deps;
    if (group.dismissTimer !== undefined) clock.clearTimeout(group.dismissTimer);
    group.dismissTimer = clock.setTimeout(() => {
      group.dismissTimer = undefined;
      if (this.#groups.get(roomId) === group && !inMediaRoom(roomId, userId)) this.#dismiss(group, undefined);
    }, DEAD_ROOM_DISMISS_MS);
  }

  /** The session ended: IM takes the user out of its live room. */
  leaveAll(userId: string): void {
    const roomId = this.#roomOfUser.get(userId);
    if (roomId !== undefined) this.exit(userId, roomId);
  }

  infos(roomIds: readonly number[]): LiveRoomRecord[] {
    return roomIds.flatMap((id) => {
      const group = this.#groups.get(id);
      return group ? [this.#record(group)] : [];
    });
  }

  members(roomId: number): UserInfo[] {
    return [...this.#group(roomId).members].map((id) => this.userInfo(id));
  }

  memberIds(roomId: number): string[] {
    return [...(this.#groups.get(roomId)?.members ?? [])];
  }

  setState(userId: string, roomId: number, state: RoomState, seq: number, origin: string): void {
    const group = this.#owned(userId, roomId, 'announce its state');
    if (seq <= group.stateSeq) return; // overtaken on the way by a newer announcement
    group.stateSeq = seq;
    group.state = state;
    this.#fanOut(group, { type: 'roomStateChanged', roomId, state }, userId, origin);
  }

  sendMessage(userId: string, roomId: number, message: LiveRoomMessage, origin: string): void {
    const group = this.#group(roomId);
    if (!group.members.has(userId)) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${userId} is not a member of room ${roomId}`);
    }
    this.#fanOut(
      group,
      { type: 'roomMessage', roomId, from: this.userInfo(userId), message },
      userId,
      origin,
    );
  }

  sendPeer(userId: string, to: string, message: LivePeerMessage, origin: string): void {
    const event: LiveSignalingEvent = { type: 'peerMessage', from: this.userInfo(userId), message };
    this.#deps.outbox.toUsers([to], { channel: 'liveSignaling', event }, origin);
  }

  #join(userId: string, roomId: number): void {
    const current = this.#roomOfUser.get(userId);
    if (current !== undefined && current !== roomId) this.exit(userId, current);
    const group = this.#groups.get(roomId);
    this.#roomOfUser.set(userId, roomId);
    if (!group || group.members.has(userId)) return;
    group.members.add(userId);
    this.#countChanged(group);
  }

  /** Dismisses the room: every member but `except` (the owner who destroyed it) hears it. */
  #dismiss(group: Group, except: string | undefined, origin?: string): void {
    const { clock } = this.#deps;
    this.#groups.delete(group.roomId);
    for (const member of group.members) this.#roomOfUser.delete(member);
    if (group.countTimer !== undefined) clock.clearTimeout(group.countTimer);
    if (group.dismissTimer !== undefined) clock.clearTimeout(group.dismissTimer);
    const recipients =
      except === undefined ? [...group.members] : [...group.members].filter((id) => id !== except);
    this.#send(group, recipients, { type: 'roomDestroyed', roomId: group.roomId }, origin);
  }

  /** The first change in a window goes out at once; later ones wait for the window's end. */
  #countChanged(group: Group): void {
    if (group.countTimer !== undefined) {
      group.countStale = true;
      return;
    }
    this.#sendCount(group);
  }

  #sendCount(group: Group): void {
    const { roomId, members } = group;
    this.#send(
      group,
      [...members],
      { type: 'memberCountChanged', roomId, memberCount: members.size },
      undefined,
    );
    group.countStale = false;
    group.countTimer = this.#deps.clock.setTimeout(() => {
      group.countTimer = undefined;
      if (group.countStale && this.#groups.get(roomId) === group) this.#sendCount(group);
    }, MEMBER_COUNT_INTERVAL_MS);
  }

  #group(roomId: number): Group {
    const group = this.#groups.get(roomId);
    if (!group) throw new TrtcSmartError(ErrorCode.NOT_FOUND, `room ${roomId} does not exist`);
    return group;
  }

  #owned(userId: string, roomId: number, what: string): Group {
    const group = this.#group(roomId);
    if (group.ownerId !== userId) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, `only the owner of room ${roomId} may ${what}`);
    }
    return group;
  }

  #record(group: Group): LiveRoomRecord {
    return {
      roomId: group.roomId,
      roomName: group.roomName,
      coverUrl: group.coverUrl,
      ownerId: group.ownerId,
      ownerName: this.userInfo(group.ownerId).userName,
      memberCount: group.members.size,
      state: group.state,
    };
  }

  /** Every member but the sender, in one batched send. */
  #fanOut(group: Group, event: LiveSignalingEvent, except: string, origin: string | undefined): void {
    this.#send(
      group,
      [...group.members].filter((id) => id !== except),
      event,
      origin,
    );
  }

  /** Join and leave tips reach the owner and the announced anchors only (large rooms throttle them). */
  #toAnchors(group: Group, event: LiveSignalingEvent, except: string, origin: string | undefined): void {
    const anchors = new Set([group.ownerId, ...group.state.anchors.map((a) => a.userId)]);
    anchors.delete(except);
    this.#send(
      group,
      [...anchors].filter((id) => group.members.has(id)),
      event,
      origin,
    );
  }

  #send(
    group: Group,
    userIds: readonly string[],
    event: LiveSignalingEvent,
    origin: string | undefined,
  ): void {
    const devices: string[] = [];
    for (const userId of userIds) {
      const deviceId = this.#deps.deviceOfUser(userId);
      if (deviceId !== undefined) devices.push(deviceId);
    }
    this.#deps.outbox.toDevices(
      devices,
      { channel: 'liveSignaling', event },
      { to: `room:${group.roomId}`, ...(origin === undefined ? {} : { origin }) },
    );
  }
}
