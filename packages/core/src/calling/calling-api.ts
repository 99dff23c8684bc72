import type { Observable } from 'rxjs';
import type { Actor } from 'xstate';
import type { CallingEvent } from '../domain/calling-events.js';
import type { UserSigProvider } from '../machine/sig-renewal.js';
import type { MediaControls } from '../media/media-host.js';
import type { CallingAdapter } from '../ports/calling-adapter.js';
import type { LoginParams } from '../ports/session.port.js';
import type { CallMachine } from './call-machine.js';
import type { CallParams, GroupCallParams, OpenCameraParams, RemoteViewParams } from './calling-params.js';
import type { CallingState } from './calling-state.js';

/** Options of `createCalling`: the platform adapter and the timeouts. */
export interface CallingOptions<View> {
  readonly adapter: CallingAdapter<View>;
  /** Seconds an invitation rings before it times out; 0 = never. Default 30. */
  readonly inviteTimeoutSec?: number;
  /** Ms to wait for media after accepting before the call fails. Default 15000. */
  readonly connectTimeoutMs?: number;
  /**
   * Ms a lost link gets to come back before the call ends with networkLost: this user's own TRTC
   * link (reconnecting), or a remote party the room dropped. Default 30000 (DEFAULT_RECONNECT_GRACE_MS).
   */
  readonly reconnectGraceMs?: number;
  /**
   * Seconds login, logout and every other request to the platform may take; past it the request
   * fails with NETWORK_TIMEOUT naming what timed out. Default 15 (DEFAULT_LOGIN_TIMEOUT_SEC).
   */
  readonly loginTimeoutSec?: number;
  /**
   * Fetches a fresh userSig when IM reports the current one expired: IM logs in again with it and
   * the call goes on (signaling shows reconnecting meanwhile). Without it, or if it fails (the
   * error, with its own text, comes as onError), the call ends with onUserSigExpired.
   */
  readonly userSigProvider?: UserSigProvider;
  /**
   * Opt-in media controls: pass `mediaControls` from `@trtc-smart/core/media` to get music, beauty,
   * virtual background, devices, screen share and statistics (see CallingWithMedia).
   */
  readonly media?: MediaControls;
}

/** The typed calling API: a promise per seed method, events$ with the seed's events, and the state. */
export interface Calling<View = unknown> {
  /** Logs in to IM and TRTC; resolves once both accept the UserSig. */
  login(params: LoginParams): Promise<void>;
  /** Ends any call (the others are told), then logs out. */
  logout(): Promise<void>;
  /** Starts a 1:1 call; resolves once the invitation is out (the answer arrives as events). */
  call(params: CallParams): Promise<void>;
  /** Starts a group call, or invites more users into the current call. */
  groupCall(params: GroupCallParams): Promise<void>;
  /** Answers the ringing call; resolves once this user is in the room. */
  accept(): Promise<void>;
  /** Declines the ringing call; the inviter gets `onReject`. */
  reject(): Promise<void>;
  /** Leaves the current call (or cancels it while dialing, or rejects it while ringing). */
  hangup(): Promise<void>;
  /** Renders a remote user of the call into a view. */
  startRemoteView(params: RemoteViewParams<View>): Promise<void>;
  /** Stops rendering a remote user. */
  stopRemoteView(params: { readonly userId: string }): Promise<void>;
  /** Opens the local camera into a view (video calls). */
  openCamera(params: OpenCameraParams<View>): Promise<void>;
  /** Switches to the front or the back camera. */
  switchCamera(params: { readonly isFront: boolean }): Promise<void>;
  /** Closes the local camera. */
  closeCamera(): Promise<void>;
  /** Mutes or unmutes the microphone. */
  setMicMute(params: { readonly isMute: boolean }): Promise<void>;
  /** Plays through the speaker (hands-free) or the earpiece. */
  setHandsFree(params: { readonly isHandsFree: boolean }): Promise<void>;
  /** Turns the current video call into an audio call for everyone in it. */
  switchToAudio(): Promise<void>;
  /** Ends any call, logs out and releases everything; the instance is unusable afterwards. */
  destroy(): Promise<void>;
  /** Every event, named and shaped as the seed's calling listener delivers it. */
  readonly events$: Observable<CallingEvent>;
  readonly state$: Observable<CallingState>;
  /** The current state (as `state$` last emitted it). */
  getSnapshot(): CallingState;
  /** The XState actor, for inspection and visualisation. */
  readonly actor: Actor<CallMachine>;
}
