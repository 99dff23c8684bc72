import type { ConnectionStates } from '../domain/connection.js';
import type { TrtcSmartError } from '../domain/errors.js';
import type { AnchorInfo, LiveRoomRecord, UserInfo } from '../domain/room-info.js';
import { NOT_CONNECTED } from '../machine/connection.js';
import type { EffectRunner } from '../machine/effects.js';
import type { Prefixed } from '../machine/prefixed.js';
import type { LiveMediaEvent } from '../ports/live-media.port.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LiveSignalingEvent } from '../ports/live-signaling.port.js';

/** The live-room local camera: off, or on with the front or the back lens. */
export type CameraState = 'off' | 'front' | 'back';

/** The local camera (preview, mirror) and microphone as the live-room state shows them. */
export interface LiveDevices {
  readonly camera: CameraState;
  readonly mirror: boolean;
  readonly micMuted: boolean;
}

/** The room this user is in. */
export interface JoinedRoom {
  readonly roomId: number;
  /** The owner anchor (createRoom) or an audience member (enterRoom). */
  readonly isOwner: boolean;
  /** The room as last announced; its state is the owner's announced status and anchors. */
  readonly record: LiveRoomRecord;
  /** Users seen publishing here, so onAnchorEnter / onAnchorExit come exactly once each. */
  readonly remoteAnchors: readonly string[];
  /** This user's CDN stream id while it publishes. */
  readonly streamId: string | null;
  /** Owner: the number of its last room-state announcement (0 before the first). */
  readonly stateSeq: number;
  /**
   * A leave's IM answer was lost: the group may not hold this user any more (its quit done), or
   * be gone (its dismiss done). Its reads re-enter the group, which says which (see live-connection.ts).
   */
  readonly rejoin: boolean;
}

/** A room this user left whose IM leave is not confirmed yet: retried until it is. */
export interface LeftRoom {
  readonly roomId: number;
  readonly isOwner: boolean;
}

/** The room being created or entered. */
export interface EntryRoom extends LeftRoom {
  /** IM's link came back during the entry: its group may have dropped this user (entry-relink.ts). */
  readonly relinked?: boolean;
}

/** An anchor's PK counterpart: the one asked (while requesting) or the one in PK with. */
export interface PkPeer extends AnchorInfo {
  readonly roomId: number;
}

/** The one request an anchor is answering. */
export type IncomingRequest =
  | { readonly kind: 'joinAnchor'; readonly from: UserInfo; readonly reason: string }
  | { readonly kind: 'roomPK'; readonly from: UserInfo; readonly roomId: number; readonly streamId: string };

/** An owner announcement's answer was lost (see announcements.ts). */
export type AnnouncementLost = {
  readonly type: 'ANNOUNCEMENT_LOST';
  readonly roomId: number;
  readonly seq: number;
};

/**
 * Room events that can reach a viewer before its enterRoom finished, or a member while a leave
 * that may fail is under way: kept, then handled in the room.
 */
export type EarlyRoomEvent =
  | Prefixed<'media', Extract<LiveMediaEvent, { type: 'anchorEntered' | 'anchorLeft' }>>
  | Prefixed<'sig', Extract<LiveSignalingEvent, { type: 'roomDestroyed' | 'roomStateChanged' }>>
  | AnnouncementLost;

/** What the machine needs from its instance; given once as input, never changed. */
export interface LiveRoomDeps {
  readonly adapter: LiveRoomAdapter;
  readonly effects: EffectRunner;
  readonly requestTimeoutSec: number;
  /** Ms a lost media link (its own, or the owner's stream) gets to come back. */
  readonly reconnectGraceMs: number;
  /** Seconds between a viewer's reads of the room's profile; 0 = only on reconnect and tips. */
  readonly reconcileIntervalSec: number;
}

/** The live-room machine's context: the user, the room, requests, PK and links. */
export interface LiveRoomContext {
  readonly deps: LiveRoomDeps;
  readonly userId: string | null;
  readonly profile: { readonly userName: string; readonly avatarUrl: string };
  readonly room: JoinedRoom | null;
  /** Owner: co-hosts publishing in its room. */
  readonly coHosts: readonly AnchorInfo[];
  /** Owner: audience members whose link-mic request it accepted (their names, for the anchor list). */
  readonly accepted: readonly UserInfo[];
  /** Owner: the anchor asked for PK, while waiting for the answer. */
  readonly pkTarget: PkPeer | null;
  /** Owner: the anchor in PK with. */
  readonly pkPartner: PkPeer | null;
  readonly incoming: IncomingRequest | null;
  /**
   * This user's own link-mic or PK request was asked for (not just re-entered: a failed leave
   * resumes the state it left, and a request pending then was given up with the leave).
   */
  readonly asking: boolean;
  /** Entering: room events that came before the entry finished, in order. */
  readonly early: readonly EarlyRoomEvent[];
  readonly devices: LiveDevices;
  /** The TRTC and IM links as the app sees them. */
  readonly connection: ConnectionStates;
  /** The room being created or entered, then the room it made, until that one is left. */
  readonly entry: EntryRoom | null;
  /**
   * Rooms given up on while IM may still hold this user in them (left while signaling was down,
   * entries whose answer was lost, a group re-entered after it was left): IM is told until it
   * answers, each room on its own (one given up on must not make another forgotten).
   */
  readonly abandoned: readonly LeftRoom[];
  /** A logout whose answer was lost: IM is told again until it answers (see owed-logout.ts). */
  readonly logoutOwed: boolean;
  /** Viewer: when the next read of the room's profile is due (clock ms). */
  readonly nextReadAt: number;
  /** Viewer: when a member-change tip last brought a read forward (clock ms). */
  readonly tipReadAt: number;
  /** The API operation the current invoking state settles. */
  readonly pendingOp: number | null;
  readonly failure: TrtcSmartError | null;
}

export const initialLiveDevices: LiveDevices = { camera: 'off', mirror: false, micMuted: false };

/**
 * Shared by every instance until it changes them: the context is only ever replaced, never
 * mutated (frozen, so a slip would throw rather than leak into other instances).
 */
export const NO_PROFILE: LiveRoomContext['profile'] = Object.freeze({ userName: '', avatarUrl: '' });
export const NO_ANCHORS: readonly never[] = Object.freeze([]);
export const NO_EVENTS: readonly never[] = Object.freeze([]);
export const NO_ROOMS: readonly never[] = Object.freeze([]);

/** Everything about a room, as it is outside one: entering none and leaving one both come to this. */
export const OUTSIDE_ROOM = Object.freeze({
  room: null,
  coHosts: NO_ANCHORS,
  accepted: NO_ANCHORS,
  pkTarget: null,
  pkPartner: null,
  incoming: null,
  asking: false,
  early: NO_EVENTS,
  devices: initialLiveDevices,
  entry: null,
} satisfies Partial<LiveRoomContext>);

export const initialLiveRoomContext = (deps: LiveRoomDeps): LiveRoomContext => ({
  deps,
  userId: null,
  profile: NO_PROFILE,
  ...OUTSIDE_ROOM,
  connection: NOT_CONNECTED,
  abandoned: NO_ROOMS,
  logoutOwed: false,
  nextReadAt: 0,
  tipReadAt: Number.NEGATIVE_INFINITY,
  pendingOp: null,
  failure: null,
});

/** The room a state inside `room` is in; those states are only entered with one. */
export function currentRoom(context: LiveRoomContext): JoinedRoom {
  if (!context.room) throw new Error('live-room machine: no room in a room state');
  return context.room;
}
