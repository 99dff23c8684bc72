import type { SnapshotFrom } from 'xstate';
import type { ConnectionStates } from '../domain/connection.js';
import { anchorUserInfo, type RoomInfo, toRoomInfo, type UserInfo } from '../domain/room-info.js';
import type { IncomingRequest, LiveDevices, PkPeer } from './live-room-context.js';
import type { LiveRoomMachine } from './live-room-machine.js';

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

/** What an app renders: the machine's state, flattened. */
export interface LiveRoomState {
  readonly status: LiveRoomStatus;
  readonly userId: string | null;
  readonly room: LiveRoomView | null;
  readonly devices: LiveDevices;
  /** Owner: the request it is answering. */
  readonly incoming: IncomingRequest | null;
  /** Owner: the anchor it is in PK with. */
  readonly pkPartner: PkPeer | null;
  /** The TRTC (media) and IM (signaling) links: `reconnecting` while a blip lasts. */
  readonly connection: ConnectionStates;
}

type Snapshot = SnapshotFrom<LiveRoomMachine>;

const TOP = ['loggedOut', 'loggingIn', 'loggingOut', 'destroyed'] as const;
const LOGGED_IN = ['outside', 'creating', 'entering', 'leaving'] as const;
const STAGES = ['previewing', 'live', 'linkMic'] as const;
const PK = { requesting: 'requestingPK', responding: 'respondingPK', inPK: 'inPK' } as const;
const AUDIENCE = ['watching', 'requesting', 'linked'] as const;

export function liveStatusOf(snapshot: Snapshot): LiveRoomStatus {
  for (const status of TOP) if (snapshot.matches(status)) return status;
  for (const status of LOGGED_IN) if (snapshot.matches({ loggedIn: status })) return status;
  for (const stage of STAGES) {
    if (snapshot.matches({ loggedIn: { room: { anchor: { stage } } } })) return stage;
  }
  for (const [pk, status] of Object.entries(PK) as [keyof typeof PK, LiveRoomStatus][]) {
    if (snapshot.matches({ loggedIn: { room: { anchor: { stage: { pk } } } } })) return status;
  }
  for (const status of AUDIENCE)
    if (snapshot.matches({ loggedIn: { room: { audience: status } } })) return status;
  return 'outside';
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
  return {
    status: liveStatusOf(snapshot),
    userId,
    room: roomView(snapshot),
    devices,
    incoming,
    pkPartner,
    connection,
  };
}
