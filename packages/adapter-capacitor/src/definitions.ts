import type { PluginListenerHandle } from '@capacitor/core';
import type {
  AnchorEnteredEvent,
  AvailableEvent,
  CallCancelledEvent,
  CallHungUpEvent,
  CallInvitedEvent,
  CallRejectedEvent,
  CallTimedOutEvent,
  CallUserEvent,
  CodeMessageEvent,
  ConnectionChangedEvent,
  LogEvent,
  MediaConnectionEvent,
  MemberEvent,
  NetworkQualityEvent,
  PeerMessageEvent,
  RoomIdEvent,
  RoomMessageEvent,
  RoomStateEvent,
  UserIdEvent,
  UserLeftEvent,
  VolumesEvent,
} from './plugin-types/events.js';
import type {
  BeautyStyleOptions,
  CurrentDeviceOptions,
  DeviceChangeEvent,
  DeviceKindOptions,
  DeviceListResult,
  MusicIdEvent,
  MusicIdOptions,
  MusicProgressEvent,
  MusicVolumeOptions,
  ScreenShareOptions,
  SeekMusicOptions,
  StartPlayMusicOptions,
  StartPlayMusicResult,
  StatisticsEvent,
  VirtualBackgroundOptions,
} from './plugin-types/media.js';
import type {
  CameraOptions,
  CameraViewOptions,
  CancelOptions,
  CreateRoomOptions,
  CreateRoomResult,
  EnterCallRoomOptions,
  EnterLiveRoomOptions,
  HandsFreeOptions,
  HangupOptions,
  InviteOptions,
  JoinRoomResult,
  LoginOptions,
  MembersResult,
  MirrorOptions,
  MuteOptions,
  MuteUserOptions,
  OtherRoomOptions,
  PeerMessageOptions,
  PluginErrorData,
  PublishOptions,
  RejectOptions,
  RoleOptions,
  RoomIdOptions,
  RoomIdsOptions,
  RoomInfosResult,
  RoomMessageOptions,
  RoomStateOptions,
  SelfProfileOptions,
  UserIdOptions,
  UserIdsOptions,
  UserViewOptions,
} from './plugin-types/shapes.js';

export * from './plugin-types/events.js';
export * from './plugin-types/media.js';
export * from './plugin-types/shapes.js';

/**
 * The contract of the `TrtcSmart` Capacitor plugin: one method per call of core's ports (session,
 * call signaling, call media, live signaling, live media, media controls) and one event per port event, in plain
 * JSON. `web.ts` (shipped) implements it over adapter-web, in a browser and in Android's WebView
 * and iOS's WKWebView alike; an app may bundle a native implementation of its own
 * (docs/native-guide.md). `createCapacitorAdapter` turns it back into core's ports.
 *
 * This file is written out by hand, not derived from core's types, so that docgen and native
 * authors read every field here; test/contract-types.test.ts proves it equal to core's ports.
 * It is parsed by docgen's TypeScript 4.2: keep to syntax that version knows.
 *
 * Errors: every method rejects with `code` = the name of a core error (`"INVALID_PARAMETER"`,
 * `"USER_SIG_EXPIRED"`, `"NOT_FOUND"`, … see `ErrorCode` in @trtc-smart/core), a `message`, and
 * `data` = {@link PluginErrorData} with the TRTC / IM SDK's own code. Any other `code` is read as
 * ADAPTER_FAILURE with that code kept as the cause.
 */
export interface TrtcSmartPlugin {
  // ── session ────────────────────────────────────────────────────────────────
  /** Logs in to IM and keeps the credentials for TRTC's enterRoom. Resolves once logged in. */
  login(options: LoginOptions): Promise<void>;
  /** Logs out of IM; resolves when already logged out (after a kick), so cleanup never fails. */
  logout(): Promise<void>;

  // ── call signaling (IM invitations) ────────────────────────────────────────
  /** Invites users to the call identified by `roomId` (IM invite / inviteInGroup). */
  invite(options: InviteOptions): Promise<void>;
  /** Accepts the invitation to the call in `roomId`. */
  accept(options: RoomIdOptions): Promise<void>;
  /** Rejects the invitation to the call in `roomId`, as a decline or as busy. */
  reject(options: RejectOptions): Promise<void>;
  /** The inviter withdraws its pending invitations to these users; after every answer it is a lost race and resolves. */
  cancel(options: CancelOptions): Promise<void>;
  /** Tells the others that this user left the call. */
  hangup(options: HangupOptions): Promise<void>;
  /** Asks the others to continue the call as audio only. */
  switchToAudio(options: UserIdsOptions): Promise<void>;

  // ── call media (TRTC room of a call) ───────────────────────────────────────
  /** Enters the call's TRTC room and publishes the microphone. */
  enterCallRoom(options: EnterCallRoomOptions): Promise<void>;
  /** Leaves the call's TRTC room and releases camera and microphone; resolves when not in a room. */
  exitCallRoom(): Promise<void>;
  /** Opens the camera into a view and publishes it. */
  openCamera(options: CameraViewOptions): Promise<void>;
  /** Stops the camera and its publishing. */
  closeCamera(): Promise<void>;
  /** Uses the front or the back camera in a call. */
  switchCallCamera(options: CameraOptions): Promise<void>;
  /** Mutes or unmutes the microphone. */
  setMicMute(options: MuteOptions): Promise<void>;
  /** Routes audio to the speaker (hands-free) or the earpiece. */
  setHandsFree(options: HandsFreeOptions): Promise<void>;
  /** Plays a remote user's video into a view. */
  startRemoteView(options: UserViewOptions): Promise<void>;
  /** Stops playing a remote user's video. */
  stopRemoteView(options: UserIdOptions): Promise<void>;

  // ── live signaling (IM group of a live room) ───────────────────────────────
  /**
   * Creates the room's IM group and joins it as owner; creating a room one already owns succeeds
   * (IM 10025) with `resumed: true`, the group left as it was.
   */
  createRoom(options: CreateRoomOptions): Promise<CreateRoomResult>;
  /** Owner only: dismisses the room; the members are told. */
  destroyRoom(options: RoomIdOptions): Promise<void>;
  /** Joins the room's IM group (joining twice succeeds) and returns the room as it is now. NOT_FOUND if none. */
  joinRoom(options: RoomIdOptions): Promise<JoinRoomResult>;
  /** Quits the room's IM group. */
  quitRoom(options: RoomIdOptions): Promise<void>;
  /** The rooms that exist, in the order asked; unknown ids are left out. */
  getRoomInfos(options: RoomIdsOptions): Promise<RoomInfosResult>;
  /** Every member of the room, in join order. */
  getMembers(options: RoomIdOptions): Promise<MembersResult>;
  /** Owner only: announces the room's status and anchors to the members. */
  setRoomState(options: RoomStateOptions): Promise<void>;
  /** Sends a text or custom message every member of the room sees. */
  sendRoomMessage(options: RoomMessageOptions): Promise<void>;
  /** Sends a link-mic or PK message to one user. */
  sendPeerMessage(options: PeerMessageOptions): Promise<void>;
  /** Sets the logged-in user's nickname and avatar. */
  setSelfProfile(options: SelfProfileOptions): Promise<void>;

  // ── live media (TRTC room of a live room) ──────────────────────────────────
  /** Opens the camera into a view, before or while publishing. */
  startCameraPreview(options: CameraViewOptions): Promise<void>;
  /** Stops the camera preview. */
  stopCameraPreview(): Promise<void>;
  /** Enters the live room's TRTC room as anchor or audience; an audience member publishes nothing. */
  enterLiveRoom(options: EnterLiveRoomOptions): Promise<void>;
  /** Leaves the live room's TRTC room. */
  exitLiveRoom(): Promise<void>;
  /** Switches between anchor and audience in the TRTC room. */
  switchRole(options: RoleOptions): Promise<void>;
  /** Publishes camera and microphone under a CDN stream id. Needs the anchor role. */
  startPublish(options: PublishOptions): Promise<void>;
  /** Stops publishing. */
  stopPublish(): Promise<void>;
  /** Plays a publishing user into a view. NOT_FOUND when that user publishes nothing in the room. */
  startPlay(options: UserViewOptions): Promise<void>;
  /** Stops playing a user. */
  stopPlay(options: UserIdOptions): Promise<void>;
  /** PK: mixes another room's anchor into this room and this anchor into that room. */
  connectOtherRoom(options: OtherRoomOptions): Promise<void>;
  /** Ends this room's cross-room connection, whichever side made it. */
  disconnectOtherRoom(): Promise<void>;
  /** Uses the front or the back camera in a live room. */
  switchLiveCamera(options: CameraOptions): Promise<void>;
  /** Mirrors the local video for the viewers, or not. */
  setMirror(options: MirrorOptions): Promise<void>;
  /** Mutes or unmutes the local microphone. */
  muteLocalAudio(options: MuteOptions): Promise<void>;
  /** Mutes or unmutes one remote user. */
  muteRemoteAudio(options: MuteUserOptions): Promise<void>;
  /** Mutes or unmutes every remote user. */
  muteAllRemoteAudio(options: MuteOptions): Promise<void>;

  // ── media controls (TRTC's audio-effect, beauty, device and screen-share managers) ──
  // A platform without a feature rejects its methods with code "NOT_SUPPORTED" and a message naming
  // the feature and the platform; a build that leaves a method out (Capacitor's "UNIMPLEMENTED")
  // reads as NOT_SUPPORTED too.
  /**
   * Starts a music track or sound effect (TXAudioEffectManager.startPlayMusic, the web's AudioMixer);
   * resolves once it plays, with its duration (0 if unknown). Starting an id that plays restarts it.
   */
  startPlayMusic(options: StartPlayMusicOptions): Promise<StartPlayMusicResult>;
  /** Stops a track; no mediaMusicComplete follows. */
  stopPlayMusic(options: MusicIdOptions): Promise<void>;
  /** Pauses a track where it is. */
  pausePlayMusic(options: MusicIdOptions): Promise<void>;
  /** Resumes a paused track. */
  resumePlayMusic(options: MusicIdOptions): Promise<void>;
  /** Moves a track to a position. */
  seekMusic(options: SeekMusicOptions): Promise<void>;
  /** Sets a track's volume, for the local playout and the published mix alike. */
  setMusicVolume(options: MusicVolumeOptions): Promise<void>;
  /** Applies the beauty filter to the local camera, now and whenever it opens; every level 0 turns it off. */
  setBeautyStyle(options: BeautyStyleOptions): Promise<void>;
  /** Blurs or replaces the local camera's background; `{type: 'none'}` removes it. */
  setVirtualBackground(options: VirtualBackgroundOptions): Promise<void>;
  /** The cameras, microphones or speakers there are. */
  getDeviceList(options: DeviceKindOptions): Promise<DeviceListResult>;
  /** Switches the camera, microphone or speaker in use, now and for later opens. */
  setCurrentDevice(options: CurrentDeviceOptions): Promise<void>;
  /** Shares the screen as the substream; resolves once captured (and published when `publish`). */
  startScreenShare(options: ScreenShareOptions): Promise<void>;
  /** Stops sharing; resolves once the substream is gone. No mediaScreenShareStopped follows. */
  stopScreenShare(): Promise<void>;
  /** Plays a remote user's screen share (substream) into a view. */
  startRemoteSubView(options: UserViewOptions): Promise<void>;
  /** Stops playing a remote user's screen share. */
  stopRemoteSubView(options: UserIdOptions): Promise<void>;

  // ── session events ─────────────────────────────────────────────────────────
  /** The same user logged in on another device; this session is over. */
  addListener(eventName: 'sessionKickedOffline', listenerFunc: () => void): Promise<PluginListenerHandle>;
  /** The userSig expired while logged in; log in again with a fresh one. */
  addListener(eventName: 'sessionUserSigExpired', listenerFunc: () => void): Promise<PluginListenerHandle>;
  /** The IM connection changed. */
  addListener(
    eventName: 'sessionConnectionChanged',
    listenerFunc: (event: ConnectionChangedEvent) => void,
  ): Promise<PluginListenerHandle>;

  // ── call signaling events ──────────────────────────────────────────────────
  /**
   * This user is invited to a call, or (in `participants`) observes an invitation to it. Native
   * implementations notify it with retainUntilConsumed, so an invitation that arrives before the
   * app subscribes reaches the first listener.
   */
  addListener(
    eventName: 'callInvited',
    listenerFunc: (event: CallInvitedEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** An invitee accepted. */
  addListener(
    eventName: 'callAccepted',
    listenerFunc: (event: CallUserEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** An invitee declined or was busy. */
  addListener(
    eventName: 'callRejected',
    listenerFunc: (event: CallRejectedEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** The inviter withdrew this user's invitation. */
  addListener(
    eventName: 'callCancelled',
    listenerFunc: (event: CallCancelledEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** Invitees did not answer in time (this user among them when it was the one invited). */
  addListener(
    eventName: 'callTimedOut',
    listenerFunc: (event: CallTimedOutEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user left the call. */
  addListener(
    eventName: 'callHungUp',
    listenerFunc: (event: CallHungUpEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user asked to continue the call as audio only. */
  addListener(
    eventName: 'callSwitchedToAudio',
    listenerFunc: (event: CallUserEvent) => void,
  ): Promise<PluginListenerHandle>;

  // ── call media events ──────────────────────────────────────────────────────
  /** A user entered the call's TRTC room. */
  addListener(
    eventName: 'callMediaUserEntered',
    listenerFunc: (event: UserIdEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user left the call's TRTC room, or the cloud lost them. */
  addListener(
    eventName: 'callMediaUserLeft',
    listenerFunc: (event: UserLeftEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user's microphone became available or not. */
  addListener(
    eventName: 'callMediaAudioAvailable',
    listenerFunc: (event: AvailableEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user's camera became available or not. */
  addListener(
    eventName: 'callMediaVideoAvailable',
    listenerFunc: (event: AvailableEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** Every user's volume, the local user under its own userId (not TRTC's ''). */
  addListener(
    eventName: 'callMediaVolumes',
    listenerFunc: (event: VolumesEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** Every user's network quality. */
  addListener(
    eventName: 'callMediaNetworkQuality',
    listenerFunc: (event: NetworkQualityEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** TRTC is reconnecting to the call's room after a blip, or is back in it. */
  addListener(
    eventName: 'callMediaConnectionChanged',
    listenerFunc: (event: MediaConnectionEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** The local client lost the call's room for good (it gave up reconnecting, or was removed). */
  addListener(eventName: 'callMediaConnectionLost', listenerFunc: () => void): Promise<PluginListenerHandle>;
  /** TRTC reported an error in the call's room. */
  addListener(
    eventName: 'callMediaError',
    listenerFunc: (event: CodeMessageEvent) => void,
  ): Promise<PluginListenerHandle>;

  // ── live signaling events ──────────────────────────────────────────────────
  /** The owner dismissed the room (reaches every member but the owner). */
  addListener(
    eventName: 'liveRoomDestroyed',
    listenerFunc: (event: RoomIdEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** The owner announced a new room state. */
  addListener(
    eventName: 'liveRoomStateChanged',
    listenerFunc: (event: RoomStateEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user joined the room (reaches the room's anchors only). */
  addListener(
    eventName: 'liveMemberEntered',
    listenerFunc: (event: MemberEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user left the room (reaches the room's anchors only). */
  addListener(
    eventName: 'liveMemberLeft',
    listenerFunc: (event: MemberEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A member sent a text or custom message to the room. */
  addListener(
    eventName: 'liveRoomMessage',
    listenerFunc: (event: RoomMessageEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A user sent this user a link-mic or PK message. */
  addListener(
    eventName: 'livePeerMessage',
    listenerFunc: (event: PeerMessageEvent) => void,
  ): Promise<PluginListenerHandle>;

  // ── live media events ──────────────────────────────────────────────────────
  /** A user started publishing in this room (one per publishing anchor for a newcomer). */
  addListener(
    eventName: 'liveMediaAnchorEntered',
    listenerFunc: (event: AnchorEnteredEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A publishing user stopped, left or dropped off the network. */
  addListener(
    eventName: 'liveMediaAnchorLeft',
    listenerFunc: (event: UserLeftEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** The local client lost the live room's TRTC room: it is out of it. */
  addListener(eventName: 'liveMediaConnectionLost', listenerFunc: () => void): Promise<PluginListenerHandle>;
  /** TRTC is reconnecting to the live room after a blip, or is back in it. */
  addListener(
    eventName: 'liveMediaConnectionChanged',
    listenerFunc: (event: MediaConnectionEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** TRTC reported an error in the live room. */
  addListener(
    eventName: 'liveMediaError',
    listenerFunc: (event: CodeMessageEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** TRTC reported a warning in the live room. */
  addListener(
    eventName: 'liveMediaWarning',
    listenerFunc: (event: CodeMessageEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A TRTC log line. */
  addListener(
    eventName: 'liveMediaLog',
    listenerFunc: (event: LogEvent) => void,
  ): Promise<PluginListenerHandle>;

  // ── media control events ───────────────────────────────────────────────────
  /** A track's position, as often as the platform reports it (core throttles to once a second). */
  addListener(
    eventName: 'mediaMusicProgress',
    listenerFunc: (event: MusicProgressEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** A track played to its end, every loop included. */
  addListener(
    eventName: 'mediaMusicComplete',
    listenerFunc: (event: MusicIdEvent) => void,
  ): Promise<PluginListenerHandle>;
  /**
   * A device was plugged ('add') or unplugged ('remove'), or became the one in use ('active'): when
   * the device in use is unplugged, the plugin falls back to the default and reports it 'active'.
   */
  addListener(
    eventName: 'mediaDeviceChange',
    listenerFunc: (event: DeviceChangeEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** Sharing ended without stopScreenShare (the system's own "stop sharing", the window closed). */
  addListener(eventName: 'mediaScreenShareStopped', listenerFunc: () => void): Promise<PluginListenerHandle>;
  /** A remote user's substream (screen share) started or stopped. */
  addListener(
    eventName: 'mediaSubStreamAvailable',
    listenerFunc: (event: AvailableEvent) => void,
  ): Promise<PluginListenerHandle>;
  /** The link's statistics, every 2 s while in a call's or a live room's TRTC room. */
  addListener(
    eventName: 'mediaStatistics',
    listenerFunc: (event: StatisticsEvent) => void,
  ): Promise<PluginListenerHandle>;

  /** Removes every listener of this plugin. */
  removeAllListeners(): Promise<void>;
}
