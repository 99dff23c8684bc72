import type { SnapshotFrom } from 'xstate';
import type { ConnectionStates } from '../domain/connection.js';
import { anchorUserInfo, type RoomInfo, toRoomInfo, type UserInfo } from '../domain/room-info.js';
import type { IncomingRequest, LiveDevices, PkPeer } from './live-room-context.js';
import type { LiveRoomMachine } from './live-room-machine.js';

/** Where a live-room user is: `state$`'s `status` (see the README's States). */
export type LiveRoomStatus =
  | 'loggedOut'
  | 'loggingIn'
  | 'outside'
  | 'creating'
  | 'entering'
  | 'leaving'
  /** Owner anchor: room created, not publishing yet. */
  | 'previewing'
  | 'live'
  | 'linkMic'
  /** Owner anchor, PK: waiting for the other anchor's answer. */
  | 'requestingPK'
  /** Owner anchor, PK: another anchor asked; this one answers (responseRoomPK) or lets it expire. */
  | 'respondingPK'
  | 'inPK'
  /** Audience. */
  | 'watching'
  | 'requesting'
  /** Audience whose link-mic request was accepted (publishing or about to). */
  | 'linked'
  | 'loggingOut'
  | 'destroyed';

/** An anchor of the room as announced by its owner: who, and the stream id they publish. */
export type AnchorView = UserInfo & { readonly streamId: string };

/** The room as an app renders it. */
export interface LiveRoomView {
  readonly roomId: number;
  readonly isOwner: boolean;
  readonly roomInfo: RoomInfo;
  /** Who publishes here as the owner announced it, each with its CDN stream id ('' where unknown). */
  readonly anchors: readonly AnchorView[];
  /** This user's stream id while it publishes. */
  readonly streamId: string | null;
}

/** The statuses inside a room (and leaving it): `room` is set in these and only these. */
export type LiveRoomInRoomStatus =
  | 'previewing'
  | 'live'
  | 'linkMic'
  | 'requestingPK'
  | 'respondingPK'
  | 'inPK'
  | 'watching'
  | 'requesting'
  | 'linked'
  | 'leaving';

/** One member of the LiveRoomState union: which `userId` and `room` go with which `status`. */
export interface LiveRoomStateOf<
  S extends LiveRoomStatus,
  U extends string | null,
  R extends LiveRoomView | null,
> {
  /** Where the machine is: checking it narrows `userId` and `room`. */
  readonly status: S;
  /** The logged-in user; null only while logged out. */
  readonly userId: U;
  /** The room this user is in, in the LiveRoomInRoomStatus statuses only. */
  readonly room: R;
  /** Camera preview, microphone and mirror as the app last set them. */
  readonly devices: LiveDevices;
  /** Owner: the request it is answering. */
  readonly incoming: IncomingRequest | null;
  /** Owner: the anchor it is in PK with. */
  readonly pkPartner: PkPeer | null;
  /** The TRTC (media) and IM (signaling) links: `reconnecting` while a blip lasts. */
  readonly connection: ConnectionStates;
}

/**
 * What an app renders: the machine's state, flattened. A union keyed on `status`, so checking the
 * status narrows the rest: after `s.status === 'watching'`, `s.room` is a LiveRoomView.
 */
export type LiveRoomState =
  | LiveRoomStateOf<'loggedOut', null, null>
  | LiveRoomStateOf<'loggingIn' | 'outside' | 'creating' | 'entering' | 'loggingOut', string, null>
  | LiveRoomStateOf<LiveRoomInRoomStatus, string, LiveRoomView>
  | LiveRoomStateOf<'destroyed', string | null, null>;

type Snapshot = SnapshotFrom<LiveRoomMachine>;

type Tree = { readonly [state: string]: Tree | string | undefined };
/** A compound state's active child (a leaf state's value is its name). */
const active = (value: Tree | string): string =>
  typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
const PK_STATUS: Readonly<Record<string, LiveRoomStatus>> = {
  requesting: 'requestingPK',
  responding: 'respondingPK',
  inPK: 'inPK',
};

/** Reads the status straight off the state value, as callStatusOf does: this runs on every event. */
export function liveStatusOf(snapshot: Snapshot): LiveRoomStatus {
  const value = snapshot.value as Tree | string;
  if (typeof value === 'string') return value as LiveRoomStatus;
  const loggedIn = (value.loggedIn ?? {}) as Tree | string;
  if (typeof loggedIn === 'string') return loggedIn as LiveRoomStatus;
  const room = loggedIn.room as Tree | undefined;
  if (room?.audience) return active(room.audience) as LiveRoomStatus;
  const stage = (room?.anchor as Tree | undefined)?.stage;
  if (typeof stage === 'string') return stage as LiveRoomStatus;
  return (stage && PK_STATUS[active(stage.pk ?? '')]) ?? 'outside';
}

/** One view per room object, so state$ only emits when something an app shows changed. */
const views = new WeakMap<object, LiveRoomView>();

function roomView(snapshot: Snapshot): LiveRoomView | null {
  const room = snapshot.context.room;
  if (!room) return null;
  const known = views.get(room);
  if (known) return known;
  const view: LiveRoomView = {
    roomId: room.roomId,
    isOwner: room.isOwner,
    roomInfo: toRoomInfo(room.record),
    anchors: room.record.state.anchors.map((anchor) => ({
      ...anchorUserInfo(anchor),
      streamId: anchor.streamId,
    })),
    streamId: room.streamId,
  };
  views.set(room, view);
  return view;
}

export function liveRoomStateOf(snapshot: Snapshot): LiveRoomState {
  const { userId, devices, incoming, pkPartner, connection } = snapshot.context;
  // The machine keeps the union's pairing (a room exactly in the in-room statuses, a user once logging in).
  return {
    status: liveStatusOf(snapshot),
    userId,
    room: roomView(snapshot),
    devices,
    incoming,
    pkPartner,
    connection,
  } as LiveRoomState;
}
