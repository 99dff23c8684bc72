import type { CallType } from '../domain/call-type.js';
import type { CallEndReason } from '../domain/calling-events.js';
import type { ConnectionStates } from '../domain/connection.js';
import type { TrtcSmartError } from '../domain/errors.js';
import type { OfflinePushInfo } from '../domain/offline-push.js';
import { NOT_CONNECTED } from '../machine/connection.js';
import type { EffectRunner } from '../machine/effects.js';
import type { CallingAdapter } from '../ports/calling-adapter.js';
import type { Participants } from './participants.js';

/** Whether this user placed the call or was invited to it. */
export type CallRole = 'caller' | 'callee';
/** The local camera: off, or on with the front or the back lens. */
export type CameraState = 'off' | 'front' | 'back';

/** The call this user is in (or being asked into). */
export interface ActiveCall {
  readonly roomId: number;
  readonly callType: CallType;
  readonly role: CallRole;
  /** Who started the call. */
  readonly sponsor: string;
  readonly groupId: string | undefined;
  readonly isGroup: boolean;
  readonly timeoutSec: number;
  /** Remote parties, by userId. */
  readonly participants: Participants;
  /** Virtual ms when media connected; null until then. */
  readonly connectedAt: number | null;
  /** True once this user asked to enter the TRTC room, so ending must leave it. */
  readonly mediaJoined: boolean;
  /** The caller's: what its invitations push to offline phones. */
  readonly offlinePush?: OfflinePushInfo;
}

/** The local camera, microphone and speaker as the calling state shows them. */
export interface Devices {
  readonly camera: CameraState;
  readonly micMuted: boolean;
  readonly handsFree: boolean;
}

/** How the last call ended (its reason and length), kept in the state after it. */
export interface LastCall {
  readonly roomId: number;
  readonly reason: CallEndReason;
  readonly totalTime: number;
}

/** What one call actor works with: its input, kept in its context. */
export interface CallDeps {
  readonly adapter: CallingAdapter;
  /** Runs the machine's fire-and-forget port work; the API waits on it when destroying. */
  readonly effects: EffectRunner;
  /** Ms to wait for media after accepting. */
  readonly connectTimeoutMs: number;
  /** Ms a lost link (this user's media, or a remote party's) gets to come back. */
  readonly reconnectGraceMs: number;
}

/** The call machine's context: the user, the call, its timers and links. */
export interface CallingContext {
  readonly deps: CallDeps;
  readonly userId: string | null;
  readonly call: ActiveCall | null;
  readonly devices: Devices;
  readonly lastCall: LastCall | null;
  /** The TRTC and IM links as the app sees them. */
  readonly connection: ConnectionStates;
  /** The reason the current call is ending, read by the `ended` state. */
  readonly endReason: CallEndReason | null;
  /** The API operation the current invoking state settles. */
  readonly pendingOp: number | null;
  /** Failure that ended the call, kept for the op that started it. */
  readonly failure: TrtcSmartError | null;
  /** Live invitation and grace timers, stopped when the call ends. */
  readonly timerIds: readonly string[];
  readonly timerSeq: number;
  /** The invitees whose invitations this user last withdrew, in that call's room: a late accept gets a hang-up. */
  readonly withdrawn: { readonly roomId: number; readonly userIds: readonly string[] } | null;
}

export const initialDevices: Devices = { camera: 'off', micMuted: false, handsFree: false };

export const initialCallingContext: Omit<CallingContext, 'deps'> = {
  userId: null,
  call: null,
  devices: initialDevices,
  lastCall: null,
  connection: NOT_CONNECTED,
  endReason: null,
  pendingOp: null,
  failure: null,
  timerIds: [],
  timerSeq: 0,
  withdrawn: null,
};
