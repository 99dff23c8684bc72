import type { Observable } from 'rxjs';
import type { Actor } from 'xstate';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import type { RoomInfo, UserInfo } from '../domain/room-info.js';
import type { UserSigProvider } from '../machine/sig-renewal.js';
import type { MediaControls } from '../media/media-host.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LoginParams } from '../ports/session.port.js';
import type { LiveRoomMachine } from './live-room-machine.js';
import type {
  CameraPreviewParams,
  CreateRoomParams,
  CustomMessageParams,
  EnterRoomParams,
  GetRoomInfosParams,
  PlayParams,
  ResponseParams,
  RoomPKParams,
  SelfProfileParams,
} from './live-room-params.js';
import type { LiveRoomState } from './live-room-state.js';

/** Options of {@link createLiveRoom}: the platform adapter and the timeouts. */
export interface LiveRoomOptions<View> {
  readonly adapter: LiveRoomAdapter<View>;
  /** Seconds a link-mic or PK request waits for its answer. Default 10. */
  readonly requestTimeoutSec?: number;
  /**
   * Ms a lost media link gets to come back before the room is left (this user's own TRTC link), or
   * declared dead (the owner's stream, for a viewer). Default 30000 (DEFAULT_RECONNECT_GRACE_MS).
   */
  readonly reconnectGraceMs?: number;
  /**
   * Seconds between a member's reads of the room's IM profile, which catch a lost room-destroyed
   * notice or anchor-list change (the owner's too: its room may be dismissed from its other device);
   * 0 = only after reconnecting and after member-change tips. Each read is one IM group-profile
   * request per member. Default 60 (DEFAULT_RECONCILE_INTERVAL_SEC).
   */
  readonly reconcileIntervalSec?: number;
  /**
   * Seconds login, logout and every other request to the platform may take; past it the request
   * fails with NETWORK_TIMEOUT naming what timed out. Default 15 (DEFAULT_LOGIN_TIMEOUT_SEC).
   */
  readonly loginTimeoutSec?: number;
  /**
   * Fetches a fresh userSig when IM reports the current one expired: IM logs in again with it, the
   * room's IM group is entered again and the room goes on (signaling shows reconnecting meanwhile).
   * Without it, or if it fails (the error, with its own text, comes as onError), the user is
   * logged out and leaves the room.
   */
  readonly userSigProvider?: UserSigProvider;
  /**
   * Opt-in media controls: pass `mediaControls` from `@trtc-smart/core/media` to get music, beauty,
   * virtual background, devices, screen share and statistics (see LiveRoomWithMedia).
   */
  readonly media?: MediaControls;
}

/** The typed live-room API: a promise per seed method, the seed's events, and the state. */
export interface LiveRoom<View = unknown> {
  /** Logs in to IM and TRTC; resolves once both accept the UserSig. */
  login(params: LoginParams): Promise<void>;
  /** Leaves the room (the owner dismisses it), then logs out. */
  logout(): Promise<void>;
  /** Sets the name and avatar other members see. */
  setSelfProfile(params: SelfProfileParams): Promise<void>;
  /** Anchor: creates the room and enters it as its owner. */
  createRoom(params: CreateRoomParams): Promise<void>;
  /**
   * Owner anchor: dismisses the room (the audience gets onRoomDestroy), ends PK and leaves. If the
   * dismissal fails it rejects with nothing changed: the anchor is still in the room and may retry.
   */
  destroyRoom(): Promise<void>;
  /** Audience: enters a room. */
  enterRoom(params: EnterRoomParams): Promise<void>;
  /** Audience (co-hosts too): leaves the room; if the IM room cannot be left it rejects, still inside, to retry. */
  exitRoom(): Promise<void>;
  /** Looks rooms up by id; unknown ids are left out. */
  getRoomInfos(params: GetRoomInfosParams): Promise<{ roomList: RoomInfo[] }>;
  /** The room's anchors (inside a room). */
  getAnchorList(): Promise<{ userList: UserInfo[] }>;
  /** The room's audience (inside a room). */
  getAudienceList(): Promise<{ userList: UserInfo[] }>;
  /** Opens the local camera into a view. */
  startCameraPreview(params: CameraPreviewParams<View>): Promise<void>;
  /** Closes the local camera. */
  stopCameraPreview(): Promise<void>;
  /** The owner anchor goes live, or an accepted co-host starts publishing. */
  startPublish(params: { readonly streamId: string }): Promise<void>;
  /** Stops publishing this user's stream. */
  stopPublish(): Promise<void>;
  /** Plays an anchor's stream into a view. */
  startPlay(params: PlayParams<View>): Promise<void>;
  /** Stops playing an anchor's stream. */
  stopPlay(params: { readonly userId: string }): Promise<void>;
  /** Audience: asks the owner to co-host; the answer arrives on linkMicEvents$. */
  requestJoinAnchor(params: { readonly reason: string }): Promise<void>;
  /** The owner answers a link-mic request. */
  responseJoinAnchor(params: ResponseParams): Promise<void>;
  /** The owner ends a co-host's link mic. */
  kickoutJoinAnchor(params: { readonly userId: string }): Promise<void>;
  /** Owner anchor: asks another room's anchor for PK; the answer arrives on roomPKEvents$. */
  requestRoomPK(params: RoomPKParams): Promise<void>;
  /** The owner answers a PK request. */
  responseRoomPK(params: ResponseParams): Promise<void>;
  /** Leaves the PK; the other anchor gets `onQuitRoomPK`. */
  quitRoomPK(): Promise<void>;
  /** Toggles front and back. */
  switchCamera(): Promise<void>;
  /** Mirrors the local preview or not. */
  setMirror(params: { readonly isMirror: boolean }): Promise<void>;
  /** Mutes or unmutes this user's microphone. */
  muteLocalAudio(params: { readonly isMute: boolean }): Promise<void>;
  /** Mutes or unmutes one anchor's audio here. */
  muteRemoteAudio(params: { readonly userId: string; readonly isMute: boolean }): Promise<void>;
  /** Mutes or unmutes every anchor's audio here. */
  muteAllRemoteAudio(params: { readonly isMute: boolean }): Promise<void>;
  /** Sends a text message to the room's other members. */
  sendRoomTextMsg(params: { readonly msg: string }): Promise<void>;
  /** Sends a custom message (command and text) to the room's other members. */
  sendRoomCustomMsg(params: CustomMessageParams): Promise<void>;
  /** Leaves any room, logs out and releases everything; the instance is unusable afterwards. */
  destroy(): Promise<void>;
  /** The live-room listener's events, named and shaped as the seed delivers them. */
  readonly events$: Observable<LiveRoomEvent>;
  /** The link-mic listener: the answer to this user's requestJoinAnchor. */
  readonly linkMicEvents$: Observable<RequestOutcomeEvent>;
  /** The PK listener: the answer to this user's requestRoomPK. */
  readonly roomPKEvents$: Observable<RequestOutcomeEvent>;
  readonly state$: Observable<LiveRoomState>;
  /** The current state (as `state$` last emitted it). */
  getSnapshot(): LiveRoomState;
  /** The XState actor, for inspection and visualisation. */
  readonly actor: Actor<LiveRoomMachine>;
}

/** The methods built from METHODS: all but the streams, the snapshot and the actor. */
export type TableMethod = Exclude<
  keyof LiveRoom,
  'events$' | 'linkMicEvents$' | 'roomPKEvents$' | 'state$' | 'getSnapshot' | 'actor'
>;
