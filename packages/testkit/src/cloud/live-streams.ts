import { ErrorCode, type LiveMediaEvent, TrtcSmartError } from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { Network } from '../network/network.js';
import { CrossRoomLinks } from './cross-room.js';
import { stopWatching, watchHeartbeats } from './heartbeat-watch.js';
import type { Outbox } from './outbox.js';

export type LiveRole = 'anchor' | 'audience';

interface Member {
  readonly userId: string;
  readonly deviceId: string;
  role: LiveRole;
  streamId: string | null;
  /** Running while the member's heartbeats are missing; it is dropped when it fires. */
  dropTimer: unknown;
}

interface StreamRoom {
  readonly roomId: number;
  /** By deviceId, in join order. */
  readonly members: Map<string, Member>;
  /** The device each user is in the room with, so a join need not scan a crowd. */
  readonly deviceOfUser: Map<string, string>;
  /** Members with a stream, in the order they started publishing. */
  readonly publishing: Set<Member>;
}

/** What the live cloud needs of a device's client half. */
export interface LiveEndpoint {
  readonly live: { heartbeats(roomId: number): boolean };
}

export interface LiveStreamsDeps {
  readonly clock: VirtualClock;
  readonly outbox: Outbox;
  readonly network: Network;
  readonly endpoint: (deviceId: string) => LiveEndpoint | undefined;
  /** The user entered from another device, which TRTC puts out of the room (and tells: KICKED_OUT). */
  readonly displaced: (deviceId: string) => void;
  readonly mediaTimeoutMs: number;
  /** A member was dropped from a room because its heartbeats stopped. */
  readonly droppedOff: (roomId: number, userId: string) => void;
}

/**
 * TRTC rooms in the live scene: anchors publish streams with CDN stream ids, the audience only
 * plays. A stream appearing or going reaches every member (one batched send, however many watch),
 * and reaches the room cross-connected for PK. Members whose heartbeats stop are dropped after
 * mediaTimeoutMs.
 */
export class LiveStreams {
  readonly #deps: LiveStreamsDeps;
  readonly #rooms = new Map<number, StreamRoom>();
  readonly #roomOfDevice = new Map<string, number>();
  readonly #links = new CrossRoomLinks();

  constructor(deps: LiveStreamsDeps) {
    this.#deps = deps;
  }

  roomOf(deviceId: string): number | undefined {
    return this.#roomOfDevice.get(deviceId);
  }

  /** Whether the user is in the room (as anchor or audience). */
  has(roomId: number, userId: string): boolean {
    return this.#rooms.get(roomId)?.deviceOfUser.has(userId) ?? false;
  }

  /** userIds in the room's TRTC room (anchors and audience), in entry order. */
  members(roomId: number): string[] {
    return [...(this.#rooms.get(roomId)?.deviceOfUser.keys() ?? [])];
  }

  /** The devices in the room's TRTC room, one per member. */
  memberDevices(roomId: number): string[] {
    return [...(this.#rooms.get(roomId)?.deviceOfUser.values() ?? [])];
  }

  /** Whether the user publishes in the room, or is mixed into it by a PK connection. */
  publishes(roomId: number, userId: string): boolean {
    return this.#publishers(roomId).includes(userId) || this.#links.partnerOf(roomId)?.userId === userId;
  }

  enter(
    deviceId: string,
    userId: string,
    roomId: number,
    role: LiveRole,
    afterReply: (send: () => void) => void,
  ): string[] {
    const current = this.#roomOfDevice.get(deviceId);
    // Entering the room it is in (its first answer was lost): it stays, in the role asked for.
    if (current === roomId) this.switchRole(deviceId, role);
    else {
      if (current !== undefined) this.leave(deviceId, 'left');
      // The user's other device is put out first: the room it leaves empty is gone with it.
      const stale = this.#rooms.get(roomId)?.deviceOfUser.get(userId);
      if (stale !== undefined) {
        this.leave(stale, 'left');
        this.#deps.displaced(stale);
      }
      const room = this.#rooms.get(roomId) ?? this.#createRoom(roomId);
      room.members.set(deviceId, { userId, deviceId, role, streamId: null, dropTimer: undefined });
      room.deviceOfUser.set(userId, deviceId);
      this.#roomOfDevice.set(deviceId, roomId);
    }
    const room = this.#rooms.get(roomId) as StreamRoom;
    // Whoever enters (again) learns who already publishes, after its own "entered".
    const present = [...room.publishing].map(({ userId, streamId }) => anchorEntered(userId, streamId));
    const partner = this.#links.partnerOf(roomId);
    if (partner) present.push(anchorEntered(partner.userId, this.#streamOf(partner)));
    afterReply(() => {
      for (const event of present) this.#toDevice(deviceId, event);
    });
    this.heartbeatChanged(deviceId);
    return present.map((event) => event.userId);
  }

  leave(deviceId: string, reason: 'left' | 'networkTimeout'): void {
    const member = this.#memberOf(deviceId);
    const roomId = this.#roomOfDevice.get(deviceId);
    this.#roomOfDevice.delete(deviceId);
    if (!member || roomId === undefined) return;
    stopWatching(this.#deps.clock, member);
    // TRTC ends a PK connection when either of its anchors leaves.
    const link = this.#links.of(roomId);
    if (link && (link.a.userId === member.userId || link.b.userId === member.userId)) {
      this.#disconnect(roomId, deviceId, reason);
    }
    if (member.streamId !== null) this.#stopStream(roomId, member, reason, deviceId);
    const room = this.#rooms.get(roomId);
    if (!room) return;
    room.members.delete(deviceId);
    if (room.deviceOfUser.get(member.userId) === deviceId) room.deviceOfUser.delete(member.userId);
    if (room.members.size === 0) this.#rooms.delete(roomId);
  }

  switchRole(deviceId: string, role: LiveRole): void {
    const member = this.#require(deviceId);
    if (role === 'audience' && member.streamId !== null) this.unpublish(deviceId);
    member.role = role;
  }

  publish(deviceId: string, streamId: string): void {
    const member = this.#require(deviceId);
    if (member.role !== 'anchor') {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'only the anchor role publishes');
    }
    if (member.streamId !== null) {
      member.streamId = streamId;
      return;
    }
    member.streamId = streamId;
    const roomId = this.#roomOfDevice.get(deviceId) as number;
    this.#rooms.get(roomId)?.publishing.add(member);
    const entered = anchorEntered(member.userId, streamId);
    this.#toRoom(roomId, entered, deviceId);
    const link = this.#links.of(roomId);
    if (link) this.#toRoom(this.#links.otherRoom(link, roomId), entered, deviceId);
  }

  unpublish(deviceId: string): void {
    const member = this.#require(deviceId);
    if (member.streamId === null) return;
    this.#stopStream(this.#roomOfDevice.get(deviceId) as number, member, 'left', deviceId);
  }

  /** PK: mixes the other room's anchor into this room and this anchor into the other room. */
  connect(deviceId: string, target: { roomId: number; userId: string }): void {
    const member = this.#require(deviceId);
    const roomId = this.#roomOfDevice.get(deviceId) as number;
    if (member.streamId === null)
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'publish before connecting');
    if (!this.#publishers(target.roomId).includes(target.userId)) {
      throw new TrtcSmartError(
        ErrorCode.NOT_FOUND,
        `${target.userId} publishes nothing in room ${target.roomId}`,
      );
    }
    if (this.#links.of(roomId) || this.#links.of(target.roomId)) {
      throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'a room takes one cross-room connection at a time');
    }
    this.#links.add({ roomId, userId: member.userId }, target);
    this.#toRoom(roomId, anchorEntered(target.userId, this.#streamOf(target)), deviceId);
    this.#toRoom(target.roomId, anchorEntered(member.userId, member.streamId), deviceId);
  }

  /** Ends the room's cross-room connection, whichever side made it; idempotent. */
  disconnect(deviceId: string): void {
    const roomId = this.#roomOfDevice.get(deviceId);
    if (roomId !== undefined) this.#disconnect(roomId, deviceId, 'left');
  }

  /** Re-checks a member's heartbeats: starts or stops its drop timer. */
  heartbeatChanged(deviceId: string): void {
    const member = this.#memberOf(deviceId);
    const roomId = this.#roomOfDevice.get(deviceId);
    if (!member || roomId === undefined) return;
    const { clock, network, endpoint, mediaTimeoutMs } = this.#deps;
    const alive = () => network.isUp(deviceId) && (endpoint(deviceId)?.live.heartbeats(roomId) ?? false);
    watchHeartbeats(clock, member, mediaTimeoutMs, alive, () => {
      if (this.#memberOf(deviceId) !== member) return;
      this.leave(deviceId, 'networkTimeout');
      // The client's SDK goes on reconnecting and re-enters when its link is back (see ClientDevice).
      this.#deps.droppedOff(roomId, member.userId);
    });
  }

  #disconnect(roomId: number, deviceId: string, reason: 'left' | 'networkTimeout'): void {
    const link = this.#links.remove(roomId);
    if (!link) return;
    this.#toRoom(link.a.roomId, { type: 'anchorLeft', userId: link.b.userId, reason }, deviceId);
    this.#toRoom(link.b.roomId, { type: 'anchorLeft', userId: link.a.userId, reason }, deviceId);
  }

  #stopStream(roomId: number, member: Member, reason: 'left' | 'networkTimeout', origin: string): void {
    member.streamId = null;
    this.#rooms.get(roomId)?.publishing.delete(member);
    this.#toRoom(roomId, { type: 'anchorLeft', userId: member.userId, reason }, origin);
  }

  #publishers(roomId: number): string[] {
    const room = this.#rooms.get(roomId);
    if (!room) return [];
    return [...room.publishing].map((m) => m.userId);
  }

  /** The stream a user publishes in a room, if any. */
  #streamOf({ roomId, userId }: { roomId: number; userId: string }): string | null {
    const room = this.#rooms.get(roomId);
    const deviceId = room?.deviceOfUser.get(userId);
    return deviceId === undefined ? null : (room?.members.get(deviceId)?.streamId ?? null);
  }

  #createRoom(roomId: number): StreamRoom {
    const room: StreamRoom = { roomId, members: new Map(), deviceOfUser: new Map(), publishing: new Set() };
    this.#rooms.set(roomId, room);
    return room;
  }

  #memberOf(deviceId: string): Member | undefined {
    const roomId = this.#roomOfDevice.get(deviceId);
    return roomId === undefined ? undefined : this.#rooms.get(roomId)?.members.get(deviceId);
  }

  #require(deviceId: string): Member {
    const member = this.#memberOf(deviceId);
    if (!member) throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'not in a live room');
    return member;
  }

  /** Everyone in the room but the anchor the event is about, in one batched send. */
  #toRoom(roomId: number, event: LiveMediaEvent & { userId: string }, origin: string): void {
    const room = this.#rooms.get(roomId);
    if (!room) return;
    const devices: string[] = [];
    for (const member of room.members.values())
      if (member.userId !== event.userId) devices.push(member.deviceId);
    this.#deps.outbox.toDevices(devices, { channel: 'liveMedia', event }, { to: `trtc:${roomId}`, origin });
  }

  #toDevice(deviceId: string, event: LiveMediaEvent): void {
    this.#deps.outbox.toDevice(deviceId, { channel: 'liveMedia', event });
  }
}

const anchorEntered = (userId: string, streamId: string | null): LiveMediaEvent & { userId: string } =>
  streamId === null ? { type: 'anchorEntered', userId } : { type: 'anchorEntered', userId, streamId };
