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
  /** IM's createTime: seconds since 1970 on the cloud's clock, as getGroupProfile gives it. */
  readonly createdAt: number;
  state: RoomState;
  /** The number of the state's announcement: an older one arriving late is ignored. */
  stateSeq: number;
  /**
   * Member devices in join order, each with its user. IM's membership is the user's; with
   * multi-terminal login each of its devices is in the room (or not) on its own.
   */
  readonly members: Map<string, string>;
  /** Each member user's member devices: a room of 10,000 must not scan its members per join. */
  readonly devicesOf: Map<string, Set<string>>;
  /** The owner's device that created the room (or took it over once that one left it). */
  holder: string;
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
  /** Whether a user is in the room's TRTC room (an owner who came back after dropping off). */
  readonly inMediaRoom: (roomId: number, userId: string) => boolean;
}

/**
 * IM AVChatRoom groups for live rooms: a directory, members, the owner's announced state, profiles,
 * and the fan-out of room messages (batched by the network, so a room of 10,000 is cheap).
 * A device is in at most one live room; entering another leaves the first.
 */
export class LiveGroups {
  readonly #deps: LiveGroupsDeps;
  readonly #groups = new Map<number, Group>();
  readonly #roomOfDevice = new Map<string, number>();
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

  /**
   * Creating a room one already owns succeeds (IM 10025: an owner back after dropping off resumes
   * it); another owner's id is taken. So is a room the owner holds on another device still in it
   * (multi-terminal login): TRTC would put that device out of the room and its owner's SDK would
   * dismiss the room under the new one, so the second creation is refused and changes nothing.
   * `resumed`: the room was there already, as it was (its name, cover and state are not replaced).
   */
  create(
    userId: string,
    params: { roomId: number; roomName: string; coverUrl: string; state: RoomState },
    deviceId: string,
  ): { resumed: boolean } {
    const existing = this.#groups.get(params.roomId);
    if (existing && existing.ownerId !== userId) {
      throw new TrtcSmartError(ErrorCode.ALREADY_EXISTS, `room ${params.roomId} belongs to another anchor`);
    }
    if (existing && existing.holder !== deviceId && existing.members.has(existing.holder)) {
      throw new TrtcSmartError(
        ErrorCode.ALREADY_EXISTS,
        `room ${params.roomId} is held by ${userId} on another device`,
      );
    }
    if (existing) existing.holder = deviceId;
    else {
      const { roomId, roomName, coverUrl, state } = params;
      this.#groups.set(roomId, {
        roomId,
        ownerId: userId,
        roomName,
        coverUrl,
        createdAt: Math.floor(this.#deps.clock.now() / 1000),
        state,
        stateSeq: 0,
        members: new Map(),
        devicesOf: new Map(),
        holder: deviceId,
        countTimer: undefined,
        countStale: false,
        dismissTimer: undefined,
      });
      // Its owner enters the TRTC room next; one who never does (kicked, or gave up on a lost
      // answer) leaves an ownerless room, dismissed like one whose owner dropped off.
      this.#dismissUnlessOwnerBack(this.#groups.get(roomId) as Group);
    }
    this.#join(userId, params.roomId, deviceId);
    return { resumed: existing !== undefined };
  }

  /** `deviceId` destroyed it: every other member device hears it. */
  destroy(userId: string, roomId: number, deviceId: string): void {
    this.#dismiss(this.#owned(userId, roomId, 'destroy it'), deviceId, deviceId);
  }

  /** Entering twice succeeds (IM 10013). */
  enter(userId: string, roomId: number, deviceId: string): LiveRoomRecord {
    const group = this.#group(roomId);
    if (!group.members.has(deviceId)) {
      const arrived = !this.#hasUser(group, userId);
      this.#join(userId, roomId, deviceId);
      if (arrived)
        this.#toAnchors(
          group,
          { type: 'memberEntered', roomId, user: this.userInfo(userId) },
          userId,
          deviceId,
        );
    }
    return this.#record(group);
  }

  /** The device leaves; its user leaves the room with its last device there. */
  exit(userId: string, roomId: number, deviceId: string): void {
    const group = this.#groups.get(roomId);
    if (!group?.members.delete(deviceId)) return;
    const devices = group.devicesOf.get(userId);
    devices?.delete(deviceId);
    if (devices?.size === 0) group.devicesOf.delete(userId);
    this.#roomOfDevice.delete(deviceId);
    if (this.#hasUser(group, userId)) return;
    this.#toAnchors(group, { type: 'memberLeft', roomId, user: this.userInfo(userId) }, userId, deviceId);
    this.#countChanged(group);
  }

  /**
   * A user's TRTC heartbeats for this room timed out. If it is the owner, the room is dismissed
   * unless the owner is back in it when the grace runs out (DEAD_ROOM_DISMISS_MS); a later drop
   * starts the grace again.
   */
  droppedOff(roomId: number, userId: string): void {
    const group = this.#groups.get(roomId);
    if (group?.ownerId === userId) this.#dismissUnlessOwnerBack(group);
  }

  /** Dismisses the room after DEAD_ROOM_DISMISS_MS unless its owner is in its TRTC room by then. */
  #dismissUnlessOwnerBack(group: Group): void {
    const { clock, inMediaRoom } = this.#deps;
    if (group.dismissTimer !== undefined) clock.clearTimeout(group.dismissTimer);
    group.dismissTimer = clock.setTimeout(() => {
      group.dismissTimer = undefined;
      const { roomId, ownerId } = group;
      if (this.#groups.get(roomId) === group && !inMediaRoom(roomId, ownerId))
        this.#dismiss(group, undefined);
    }, DEAD_ROOM_DISMISS_MS);
  }

  /** The device's session ended: IM takes it out of its live room (its user's other devices stay). */
  leaveAll(deviceId: string, userId: string): void {
    const roomId = this.#roomOfDevice.get(deviceId);
    if (roomId !== undefined) this.exit(userId, roomId, deviceId);
  }

  infos(roomIds: readonly number[]): LiveRoomRecord[] {
    return roomIds.flatMap((id) => {
      const group = this.#groups.get(id);
      return group ? [this.#record(group)] : [];
    });
  }

  members(roomId: number): UserInfo[] {
    return this.#userIds(this.#group(roomId)).map((id) => this.userInfo(id));
  }

  memberIds(roomId: number): string[] {
    const group = this.#groups.get(roomId);
    return group ? this.#userIds(group) : [];
  }

  setState(userId: string, roomId: number, state: RoomState, seq: number, origin: string): void {
    const group = this.#owned(userId, roomId, 'announce its state');
    if (seq <= group.stateSeq) return; // overtaken on the way by a newer announcement
    group.stateSeq = seq;
    group.state = state;
    this.#fanOut(group, { type: 'roomStateChanged', roomId, state }, origin);
  }

  sendMessage(userId: string, roomId: number, message: LiveRoomMessage, origin: string): void {
    const group = this.#group(roomId);
    if (!this.#hasUser(group, userId)) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${userId} is not a member of room ${roomId}`);
    }
    this.#fanOut(group, { type: 'roomMessage', roomId, from: this.userInfo(userId), message }, origin);
  }

  /** Pushed in the order IM took them, as its long link does (a PK agreed, then quit). */
  sendPeer(userId: string, to: string, message: LivePeerMessage, origin: string): void {
    const event: LiveSignalingEvent = { type: 'peerMessage', from: this.userInfo(userId), message };
    this.#deps.outbox.toUsers([to], { channel: 'liveSignaling', event }, origin, true);
  }

  #join(userId: string, roomId: number, deviceId: string): void {
    const current = this.#roomOfDevice.get(deviceId);
    if (current !== undefined && current !== roomId) this.exit(userId, current, deviceId);
    const group = this.#groups.get(roomId);
    this.#roomOfDevice.set(deviceId, roomId);
    if (!group || group.members.has(deviceId)) return;
    const arrived = !this.#hasUser(group, userId);
    group.members.set(deviceId, userId);
    group.devicesOf.set(userId, (group.devicesOf.get(userId) ?? new Set()).add(deviceId));
    if (arrived) this.#countChanged(group);
  }

  #hasUser(group: Group, userId: string): boolean {
    return group.devicesOf.has(userId);
  }

  /** The room's users, in join order. */
  #userIds(group: Group): string[] {
    return [...new Set(group.members.values())];
  }

  /** Dismisses the room: every member device but `except` (the one that destroyed it) hears it. */
  #dismiss(group: Group, except: string | undefined, origin?: string): void {
    const { clock } = this.#deps;
    this.#groups.delete(group.roomId);
    for (const device of group.members.keys()) this.#roomOfDevice.delete(device);
    if (group.countTimer !== undefined) clock.clearTimeout(group.countTimer);
    if (group.dismissTimer !== undefined) clock.clearTimeout(group.dismissTimer);
    const recipients = [...group.members.keys()].filter((id) => id !== except);
    this.#send(recipients, { type: 'roomDestroyed', roomId: group.roomId }, group, origin);
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
    const memberCount = group.devicesOf.size;
    this.#send([...members.keys()], { type: 'memberCountChanged', roomId, memberCount }, group, undefined);
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
      memberCount: group.devicesOf.size,
      state: group.state,
      createdAt: group.createdAt,
    };
  }

  /** Every member device but the sender's, in one batched send. */
  #fanOut(group: Group, event: LiveSignalingEvent, sender: string): void {
    this.#send(
      [...group.members.keys()].filter((id) => id !== sender),
      event,
      group,
      sender,
    );
  }

  /** Join and leave tips reach the owner and the announced anchors only (large rooms throttle them). */
  #toAnchors(group: Group, event: LiveSignalingEvent, except: string, origin: string): void {
    const anchors = new Set([group.ownerId, ...group.state.anchors.map((a) => a.userId)]);
    anchors.delete(except);
    const devices = [...anchors].flatMap((userId) => [...(group.devicesOf.get(userId) ?? [])]);
    this.#send(devices, event, group, origin);
  }

  #send(
    devices: readonly string[],
    event: LiveSignalingEvent,
    group: Group,
    origin: string | undefined,
  ): void {
    this.#deps.outbox.toDevices(
      devices,
      { channel: 'liveSignaling', event },
      { to: `room:${group.roomId}`, ...(origin === undefined ? {} : { origin }) },
    );
  }
}
