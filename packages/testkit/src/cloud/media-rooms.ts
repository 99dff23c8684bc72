import type { CallMediaEvent } from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { Network } from '../network/network.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { stopWatching, watchHeartbeats } from './heartbeat-watch.js';
import type { Outbox } from './outbox.js';
import type { DeviceEndpoint } from './wire.js';

/** What a member publishes. */
export interface Publishing {
  readonly audio: boolean;
  readonly video: boolean;
}

interface Member {
  readonly userId: string;
  readonly deviceId: string;
  readonly roomId: number;
  audio: boolean;
  video: boolean;
  /** Running while the member's heartbeats are missing; it is dropped when it fires. */
  dropTimer: unknown;
}

interface Room {
  readonly roomId: number;
  /** By userId, in join order. */
  readonly members: Map<string, Member>;
  volumeTimer: unknown;
  qualityTimer: unknown;
}

export interface MediaRoomsDeps {
  readonly clock: VirtualClock;
  readonly outbox: Outbox;
  readonly network: Network;
  /** Synthetic volumes. */
  readonly random: SeededRandom;
  readonly endpoint: (deviceId: string) => DeviceEndpoint | undefined;
  /** The user entered from another device, which TRTC puts out of the room (and tells: KICKED_OUT). */
  readonly displaced: (deviceId: string) => void;
  readonly mediaTimeoutMs: number;
  readonly volumeIntervalMs: number;
  readonly networkQualityIntervalMs: number;
  /** Whether a device mixes music into its published audio: its volumes stay high (70-100). */
  readonly musicOf?: (deviceId: string) => boolean;
}

/**
 * TRTC rooms keyed by roomId. Members who stop sending heartbeats (link down, or the client left
 * without the cloud hearing it) are dropped after mediaTimeoutMs. Volume and network-quality
 * statistics tick only while a room has two or more members, so an idle cloud holds no timers.
 */
export class MediaRooms {
  readonly #deps: MediaRoomsDeps;
  readonly #rooms = new Map<number, Room>();
  readonly #roomOfDevice = new Map<string, number>();

  constructor(deps: MediaRoomsDeps) {
    this.#deps = deps;
  }

  members(roomId: number): string[] {
    return [...(this.#rooms.get(roomId)?.members.keys() ?? [])];
  }

  /** The devices in the room, one per member. */
  memberDevices(roomId: number): string[] {
    return [...(this.#rooms.get(roomId)?.members.values() ?? [])].map((m) => m.deviceId);
  }

  has(roomId: number, userId: string): boolean {
    return this.#rooms.get(roomId)?.members.has(userId) ?? false;
  }

  roomOf(deviceId: string): number | undefined {
    return this.#roomOfDevice.get(deviceId);
  }

  /**
   * Joins and publishes; the room's state reaches the joiner after `afterReply`, like onEnterRoom
   * first. Answers with the others in the room (a rejoining client syncs its remote users with it).
   * `rejoin`: the SDK's own re-entry after its link came back, into the session it never gave up.
   */
  enter(
    deviceId: string,
    userId: string,
    roomId: number,
    publishing: Publishing,
    afterReply: (send: () => void) => void,
    rejoin = false,
  ): { members: string[] } {
    const current = this.#roomOfDevice.get(deviceId);
    if (current === roomId && rejoin) {
      this.#reenter(deviceId, roomId, publishing, afterReply);
      return { members: this.members(roomId).filter((id) => id !== userId) };
    }
    // TRTC switches rooms. An app's entry into the room it still holds the device in (the SDK gave
    // that session up: its entry's answer or its exit was lost) ends that session as the exit
    // would have, and the room hears the user enter anew: a party that heard the user hang up
    // must see it join again.
    if (current !== undefined) this.leave(deviceId, 'left');
    const room = this.#rooms.get(roomId) ?? this.#createRoom(roomId);
    const stale = room.members.get(userId);
    if (stale) {
      this.leave(stale.deviceId, 'left');
      this.#deps.displaced(stale.deviceId);
    }
    const joiner: Member = { userId, deviceId, roomId, ...publishing, dropTimer: undefined };
    const others = [...room.members.values()];
    room.members.set(userId, joiner);
    this.#roomOfDevice.set(deviceId, roomId);
    afterReply(() => {
      for (const member of others) {
        for (const event of this.#presence(member)) this.#toMember(joiner, event, member.deviceId);
        for (const event of this.#presence(joiner)) this.#toMember(member, event, deviceId);
      }
    });
    this.#updateTicks(room);
    this.heartbeatChanged(deviceId);
    return { members: others.map((m) => m.userId) };
  }

  /** The SDK's rejoin of its room: it is told who is there, as on a first entry; the others saw no change. */
  #reenter(
    deviceId: string,
    roomId: number,
    publishing: Publishing,
    afterReply: (send: () => void) => void,
  ): void {
    const room = this.#rooms.get(roomId) as Room;
    const joiner = this.#memberOf(deviceId) as Member;
    const others = [...room.members.values()].filter((member) => member !== joiner);
    afterReply(() => {
      for (const member of others)
        for (const event of this.#presence(member)) this.#toMember(joiner, event, member.deviceId);
    });
    this.publish(deviceId, publishing);
    this.heartbeatChanged(deviceId);
  }

  leave(deviceId: string, reason: 'left' | 'networkTimeout'): void {
    const roomId = this.#roomOfDevice.get(deviceId);
    const room = roomId === undefined ? undefined : this.#rooms.get(roomId);
    const member = room && [...room.members.values()].find((m) => m.deviceId === deviceId);
    this.#roomOfDevice.delete(deviceId);
    if (!room || !member) return;
    stopWatching(this.#deps.clock, member);
    room.members.delete(member.userId);
    for (const other of room.members.values()) {
      this.#toMember(other, { type: 'userLeft', userId: member.userId, reason }, deviceId);
    }
    if (room.members.size === 0) this.#rooms.delete(room.roomId);
    this.#updateTicks(room);
  }

  publish(deviceId: string, publishing: Publishing): void {
    const member = this.#memberOf(deviceId);
    const room = this.#roomOfMember(deviceId);
    if (!member || !room) return;
    const changes: CallMediaEvent[] = [];
    if (member.audio !== publishing.audio) {
      changes.push({ type: 'audioAvailable', userId: member.userId, available: publishing.audio });
    }
    if (member.video !== publishing.video) {
      changes.push({ type: 'videoAvailable', userId: member.userId, available: publishing.video });
    }
    member.audio = publishing.audio;
    member.video = publishing.video;
    for (const other of room.members.values()) {
      if (other !== member) for (const event of changes) this.#toMember(other, event, deviceId);
    }
  }

  /** Re-checks a member's heartbeats: starts or stops its drop timer. */
  heartbeatChanged(deviceId: string): void {
    const member = this.#memberOf(deviceId);
    const roomId = this.#roomOfDevice.get(deviceId);
    if (!member || roomId === undefined) return;
    const { clock, network, endpoint, mediaTimeoutMs } = this.#deps;
    const alive = () => network.isUp(deviceId) && (endpoint(deviceId)?.heartbeats(roomId) ?? false);
    // The client's SDK goes on reconnecting and re-enters when its link is back (see ClientDevice).
    watchHeartbeats(clock, member, mediaTimeoutMs, alive, () => {
      if (this.#memberOf(deviceId) === member) this.leave(deviceId, 'networkTimeout');
    });
  }

  #createRoom(roomId: number): Room {
    const room: Room = { roomId, members: new Map(), volumeTimer: undefined, qualityTimer: undefined };
    this.#rooms.set(roomId, room);
    return room;
  }

  #memberOf(deviceId: string): Member | undefined {
    const room = this.#roomOfMember(deviceId);
    return room && [...room.members.values()].find((m) => m.deviceId === deviceId);
  }

  #roomOfMember(deviceId: string): Room | undefined {
    const roomId = this.#roomOfDevice.get(deviceId);
    return roomId === undefined ? undefined : this.#rooms.get(roomId);
  }

  /** What a newcomer learns about a member, and the room about a newcomer. */
  #presence(member: Member): CallMediaEvent[] {
    const events: CallMediaEvent[] = [{ type: 'userEntered', userId: member.userId }];
    if (member.audio) events.push({ type: 'audioAvailable', userId: member.userId, available: true });
    if (member.video) events.push({ type: 'videoAvailable', userId: member.userId, available: true });
    return events;
  }

  #toMember(member: Member, event: CallMediaEvent, origin?: string, background = false): void {
    this.#deps.outbox.toDevice(
      member.deviceId,
      { channel: 'media', event, roomId: member.roomId },
      // Statistics (background) may arrive out of turn or not at all; presence and availability
      // arrive in turn, and always while the member's link is up.
      { ...(origin === undefined ? {} : { origin }), background, ordered: !background, resent: !background },
    );
  }

  #updateTicks(room: Room): void {
    const { clock } = this.#deps;
    const active = this.#rooms.get(room.roomId) === room && room.members.size >= 2;
    if (!active) {
      if (room.volumeTimer !== undefined) clock.clearTimeout(room.volumeTimer);
      if (room.qualityTimer !== undefined) clock.clearTimeout(room.qualityTimer);
      room.volumeTimer = undefined;
      room.qualityTimer = undefined;
      return;
    }
    if (room.volumeTimer === undefined) this.#volumeTick(room);
    if (room.qualityTimer === undefined) this.#qualityTick(room);
  }

  /** Arms the next tick; the first one fires one interval after the room got its second member. */
  #volumeTick(room: Room, send = false): void {
    const { clock, random, volumeIntervalMs } = this.#deps;
    room.volumeTimer = clock.setTimeout(() => this.#volumeTick(room, true), volumeIntervalMs);
    if (!send) return;
    const volumes = [...room.members.values()].map((m) => ({
      userId: m.userId,
      volume: m.audio ? (this.#deps.musicOf?.(m.deviceId) ? 70 + random.int(30) : random.int(100)) : 0,
    }));
    for (const member of room.members.values())
      this.#toMember(member, { type: 'volumes', volumes }, undefined, true);
  }

  #qualityTick(room: Room, send = false): void {
    const { clock, network, networkQualityIntervalMs } = this.#deps;
    room.qualityTimer = clock.setTimeout(() => this.#qualityTick(room, true), networkQualityIntervalMs);
    if (!send) return;
    const qualities = [...room.members.values()].map((m) => ({
      userId: m.userId,
      quality: network.quality(m.deviceId),
    }));
    for (const member of room.members.values()) {
      this.#toMember(member, { type: 'networkQuality', qualities }, undefined, true);
    }
  }
}
