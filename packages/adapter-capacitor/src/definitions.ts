import type { PluginListenerHandle } from '@capacitor/core';

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

/** What a rejection carries in `data`. */
export interface PluginErrorData {
  /** The TRTC / IM SDK's own error code, when an SDK call failed. */
  nativeCode?: number | string;
  /** The SDK's own message. */
  nativeMessage?: string;
}

/**
 * Where video renders. On Android and iOS: a rect in the web view's CSS pixels, where the plugin
 * places a native video view over the web view. On the web: the id of an element.
 */
export type PluginView = ViewRect | string;

/** A rect in the web view's CSS pixels. */
export interface ViewRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** 1 video, 2 audio. */
export type PluginCallType = 1 | 2;

/** 'decline' or 'busy' (the callee is in another call). */
export type PluginRejectReason = 'decline' | 'busy';

/** A TRTC live-scene role. */
export type PluginLiveRole = 'anchor' | 'audience';

/** 0 none, 1 single anchor, 2 link mic, 3 PK. */
export type PluginRoomStatus = 0 | 1 | 2 | 3;

/** 'left' for any orderly exit; 'networkTimeout' when the cloud lost the user. */
export type LeaveReason = 'left' | 'networkTimeout';

/** The TRTC application, the user and its UserSig. */
export interface LoginOptions {
  sdkAppId: number;
  userId: string;
  userSig: string;
}

/** An invitation to send. */
export interface InviteOptions {
  /** The call's TRTC room id, which every party agrees on. */
  roomId: number;
  invitees: readonly string[];
  /** Users already in the call; they observe the invitation. */
  participants: readonly string[];
  callType: PluginCallType;
  /** Group calls: the IM group the call belongs to. */
  groupId?: string;
  /** True for group calls, even without a groupId. */
  isGroup: boolean;
  /** Seconds the invitation rings; 0 = never times out. */
  timeoutSec: number;
  /** The push an offline invitee's phone shows; the native side sets it on IM's invitation. */
  offlinePush?: OfflinePushOptions;
}

/** IM's offlinePushInfo for a call invitation, every field resolved (core fills the defaults). */
export interface OfflinePushOptions {
  title: string;
  description: string;
  /** APNs sound file. */
  iosSound: string;
  /** Android sound file; "" = the system's. */
  androidSound: string;
}

/** A room, by id. */
export interface RoomIdOptions {
  roomId: number;
}

/** Rooms, by id. */
export interface RoomIdsOptions {
  roomIds: readonly number[];
}

/** Which invitation to refuse, and why. */
export interface RejectOptions {
  roomId: number;
  reason: PluginRejectReason;
}

/** Which invitation to withdraw, from whom. */
export interface CancelOptions {
  roomId: number;
  invitees: readonly string[];
}

/** Which call to hang up, and whom to tell. */
export interface HangupOptions {
  roomId: number;
  userIds: readonly string[];
  durationSec: number;
}

/** Users, by id. */
export interface UserIdsOptions {
  roomId: number;
  userIds: readonly string[];
}

/** The call's TRTC room to enter. */
export interface EnterCallRoomOptions {
  roomId: number;
  userId: string;
  callType: PluginCallType;
}

/** Which camera. */
export interface CameraOptions {
  isFront: boolean;
}

/** Which camera, and where to show it. */
export interface CameraViewOptions {
  isFront: boolean;
  view: PluginView;
}

/** Mute or unmute. */
export interface MuteOptions {
  isMute: boolean;
}

/** Speaker (hands-free) or earpiece. */
export interface HandsFreeOptions {
  isHandsFree: boolean;
}

/** Whether the local preview is mirrored. */
export interface MirrorOptions {
  isMirror: boolean;
}

/** A user, by id. */
export interface UserIdOptions {
  userId: string;
}

/** A user, and where to show their video. */
export interface UserViewOptions {
  userId: string;
  view: PluginView;
}

/** Mute or unmute one remote user. */
export interface MuteUserOptions {
  userId: string;
  isMute: boolean;
}

/** The live room to create. */
export interface CreateRoomOptions {
  roomId: number;
  /** At most 30 bytes. */
  roomName: string;
  coverUrl: string;
  state: RoomState;
}

/** `createRoom`'s result. */
export interface CreateRoomResult {
  /** IM still had the group, owned by this user (IM 10025): its old state stays until announced. */
  resumed: boolean;
}

/** The room state to announce (status and anchors). */
export interface RoomStateOptions {
  roomId: number;
  state: RoomState;
  /** Grows with each announcement: never let an older one replace a newer. */
  seq: number;
}

/** A room message to send. */
export interface RoomMessageOptions {
  roomId: number;
  message: LiveRoomMessage;
}

/** A one-to-one live message to send. */
export interface PeerMessageOptions {
  userId: string;
  message: LivePeerMessage;
}

/** The name and avatar others see. */
export interface SelfProfileOptions {
  userName?: string;
  avatarUrl?: string;
}

/** The live room's TRTC room to enter, and in which role. */
export interface EnterLiveRoomOptions {
  roomId: number;
  userId: string;
  role: PluginLiveRole;
}

/** The role to switch to. */
export interface RoleOptions {
  role: PluginLiveRole;
}

/** The stream id to publish under. */
export interface PublishOptions {
  /** The CDN stream id, at most 64 bytes. */
  streamId: string;
}

/** The other anchor's room to connect to (PK). */
export interface OtherRoomOptions {
  /** The other anchor's room. */
  roomId: number;
  /** The other room's anchor. */
  userId: string;
}

/** `joinRoom`'s result: the room entered. */
export interface JoinRoomResult {
  room: LiveRoomRecord;
}

/** `getRoomInfos`' result. */
export interface RoomInfosResult {
  rooms: LiveRoomRecord[];
}

/** `getMembers`' result: the room's members. */
export interface MembersResult {
  members: UserInfo[];
}

/** A user as others see them: id, name, avatar. */
export interface UserInfo {
  userId: string;
  userName: string;
  avatarUrl: string;
}

/** One publishing anchor in a room's state; `streamId` is '' where the owner does not know it. */
export interface AnchorInfo {
  userId: string;
  userName: string;
  streamId: string;
}

/** What the owner announces about its room, kept with the IM group. */
export interface RoomState {
  status: PluginRoomStatus;
  anchors: readonly AnchorInfo[];
}

/** A live room: the IM group plus the owner's announced state. */
export interface LiveRoomRecord {
  roomId: number;
  roomName: string;
  coverUrl: string;
  ownerId: string;
  ownerName: string;
  memberCount: number;
  state: RoomState;
  /** The IM group's createTime (seconds), where the platform reads it. */
  createdAt?: number;
}

/** A message every member of a room sees. */
export type LiveRoomMessage = TextRoomMessage | CustomRoomMessage;

/** A text room message. */
export interface TextRoomMessage {
  kind: 'text';
  text: string;
}

/** A custom room message: a command and its text. */
export interface CustomRoomMessage {
  kind: 'custom';
  cmd: string;
  message: string;
}

/** A 1:1 message about co-hosting (link mic) or PK. */
export type LivePeerMessage =
  | JoinAnchorRequestMessage
  | JoinAnchorResponseMessage
  | KickoutJoinAnchorMessage
  | RoomPKRequestMessage
  | RoomPKResponseMessage
  | QuitRoomPKMessage
  | RequestWithdrawnMessage;

/** An audience member asks the owner of `roomId` to co-host. */
export interface JoinAnchorRequestMessage {
  type: 'joinAnchorRequest';
  roomId: number;
  reason: string;
}

/** The owner's answer to a link-mic request. */
export interface JoinAnchorResponseMessage {
  type: 'joinAnchorResponse';
  roomId: number;
  accept: boolean;
  reason: string;
}

/** The owner of `roomId` removes a co-host. */
export interface KickoutJoinAnchorMessage {
  type: 'kickoutJoinAnchor';
  roomId: number;
}

/** An anchor asks another room's anchor for PK. */
export interface RoomPKRequestMessage {
  type: 'roomPKRequest';
  /** The asked anchor's room (core always sets it; a wire may leave it out). */
  roomId?: number;
  fromRoomId: number;
  fromStreamId: string;
}

/** The other anchor's answer to a PK request. */
export interface RoomPKResponseMessage {
  type: 'roomPKResponse';
  accept: boolean;
  reason: string;
  streamId: string;
}

/** An anchor leaves the PK. */
export interface QuitRoomPKMessage {
  type: 'quitRoomPK';
}

/** The requester gave up on its pending link-mic or PK request: the addressee drops it. */
export interface RequestWithdrawnMessage {
  type: 'requestWithdrawn';
}

/** A connection's new state. */
export interface ConnectionChangedEvent {
  state: 'connected' | 'connecting' | 'disconnected';
}

/** An invitation to a call arrived. */
export interface CallInvitedEvent {
  roomId: number;
  inviter: string;
  invitees: readonly string[];
  participants: readonly string[];
  callType: PluginCallType;
  groupId?: string;
  isGroup: boolean;
  timeoutSec: number;
}

/** A user of a call did something (accepted, entered). */
export interface CallUserEvent {
  roomId: number;
  userId: string;
}

/** An invitee declined, or was busy. */
export interface CallRejectedEvent {
  roomId: number;
  userId: string;
  reason: PluginRejectReason;
}

/** The inviter withdrew an invitation. */
export interface CallCancelledEvent {
  roomId: number;
  inviter: string;
}

/** Invitees did not answer in time. */
export interface CallTimedOutEvent {
  roomId: number;
  userIds: readonly string[];
}

/** A party hung up the call. */
export interface CallHungUpEvent {
  roomId: number;
  userId: string;
  durationSec: number;
}

/** Something happened to a user (entered, left). */
export interface UserIdEvent {
  userId: string;
}

/** An anchor's stream is available in the live room. */
export interface AnchorEnteredEvent {
  userId: string;
  /** The user's CDN stream id, where the platform learns it. */
  streamId?: string;
}

/** A user left the room, and why. */
export interface UserLeftEvent {
  userId: string;
  reason: LeaveReason;
}

/** A user's audio or video became available or not. */
export interface AvailableEvent {
  userId: string;
  available: boolean;
}

/** The users' voice volumes. */
export interface VolumesEvent {
  /** Volumes 0-100. */
  volumes: readonly { userId: string; volume: number }[];
}

/** The users' network quality. */
export interface NetworkQualityEvent {
  /** 0 unknown, 1 excellent … 6 down, as TRTC reports it. */
  qualities: readonly { userId: string; quality: 0 | 1 | 2 | 3 | 4 | 5 | 6 }[];
}

/** An error or warning with its code and message. */
export interface CodeMessageEvent {
  code: number;
  message: string;
}

/** TRTC's link to its room: `reconnecting` through a blip (onConnectionLost / onTryToReconnect), `connected` once back. */
export interface MediaConnectionEvent {
  state: 'reconnecting' | 'connected';
}

/** A log line of the SDK. */
export interface LogEvent {
  log: string;
}

/** Something happened to a room (destroyed). */
export interface RoomIdEvent {
  roomId: number;
}

/** The owner announced the room's state. */
export interface RoomStateEvent {
  roomId: number;
  state: RoomState;
}

/** A member entered or left the live room. */
export interface MemberEvent {
  roomId: number;
  user: UserInfo;
}

/** A room text or custom message. */
export interface RoomMessageEvent {
  roomId: number;
  from: UserInfo;
  message: LiveRoomMessage;
}

/** A one-to-one live message (link mic, PK, notices) from another user. */
export interface PeerMessageEvent {
  from: UserInfo;
  message: LivePeerMessage;
}

/** A track to play (every field resolved: core fills the defaults). */
export interface StartPlayMusicOptions {
  /** The app's id for the track, an integer >= 0. */
  id: number;
  /** Where the audio file is: http(s), or a path the platform reads. */
  url: string;
  /** Extra plays after the first. */
  loopCount: number;
  /** Mix the track into the published audio so the others hear it. */
  publish: boolean;
  /** Where to start, ms. */
  startTimeMs: number;
}

/** `startPlayMusic`'s result. */
export interface StartPlayMusicResult {
  /** The track's duration, ms; 0 if unknown. */
  durationMs: number;
}

/** A track, by id. */
export interface MusicIdOptions {
  id: number;
}

/** Where to move a track. */
export interface SeekMusicOptions {
  id: number;
  /** Ms from the start, at most the track's duration. */
  positionMs: number;
}

/** A track's volume. */
export interface MusicVolumeOptions {
  id: number;
  /** 0-100. */
  volume: number;
}

/** The beauty filter (TRTC's beauty manager); every level 0 turns it off. */
export interface BeautyStyleOptions {
  style: 'smooth' | 'natural';
  /** Skin smoothing, 0-9. */
  beauty: number;
  /** Whitening, 0-9. */
  whiteness: number;
  /** Ruddiness, 0-9. */
  ruddiness: number;
}

/** The local camera's background: none, blurred or replaced by an image. */
export type VirtualBackgroundOptions = NoBackground | BlurBackground | ImageBackground;

/** No virtual background. */
export interface NoBackground {
  type: 'none';
}

/** A blurred background. */
export interface BlurBackground {
  type: 'blur';
  /** 1-10; the platform's default (3) when absent. */
  blurLevel?: number;
}

/** An image behind the user. */
export interface ImageBackground {
  type: 'image';
  /** An http(s), data: or blob: URL, or a path the platform reads. */
  imageUrl: string;
}

/** A kind of media device. */
export type PluginDeviceKind = 'camera' | 'microphone' | 'speaker';

/** Devices of one kind. */
export interface DeviceKindOptions {
  kind: PluginDeviceKind;
}

/** `getDeviceList`'s result. */
export interface DeviceListResult {
  devices: PluginDeviceInfo[];
}

/** One device. */
export interface PluginDeviceInfo {
  deviceId: string;
  label: string;
}

/** The device to use. */
export interface CurrentDeviceOptions {
  kind: PluginDeviceKind;
  /** One of `getDeviceList`'s deviceIds for that kind. */
  deviceId: string;
}

/** How to share the screen. */
export interface ScreenShareOptions {
  /** Publish the share as the substream (else capture only). */
  publish: boolean;
}

/** A track's position. */
export interface MusicProgressEvent {
  id: number;
  positionMs: number;
  /** 0 while unknown. */
  durationMs: number;
}

/** A track, by id. */
export interface MusicIdEvent {
  id: number;
}

/** A device was plugged, unplugged or became the one in use. */
export interface DeviceChangeEvent {
  kind: PluginDeviceKind;
  deviceId: string;
  state: 'add' | 'remove' | 'active';
}

/** The link's statistics. */
export interface StatisticsEvent {
  statistics: PluginStatistics;
}

/** TRTC's statistics, reduced to what every platform reports. */
export interface PluginStatistics {
  /** Round trip to the server, ms. */
  rtt: number;
  /** Upstream packet loss, percent 0-100. */
  upLoss: number;
  /** Downstream packet loss, percent 0-100. */
  downLoss: number;
  local: LocalStatistics;
  remote: RemoteStatistics[];
}

/** What this user sends. */
export interface LocalStatistics {
  audioBitrateKbps: number;
  videoBitrateKbps: number;
  width: number;
  height: number;
  frameRate: number;
}

/** What this user receives from one remote user's stream. */
export interface RemoteStatistics extends LocalStatistics {
  userId: string;
  /** The camera ('main') or the screen share ('sub'). */
  streamType: 'main' | 'sub';
}

/** Every event's payload by name; payload-less events carry an empty object. */
export interface TrtcSmartEvents {
  sessionKickedOffline: Record<string, never>;
  sessionUserSigExpired: Record<string, never>;
  sessionConnectionChanged: ConnectionChangedEvent;
  callInvited: CallInvitedEvent;
  callAccepted: CallUserEvent;
  callRejected: CallRejectedEvent;
  callCancelled: CallCancelledEvent;
  callTimedOut: CallTimedOutEvent;
  callHungUp: CallHungUpEvent;
  callSwitchedToAudio: CallUserEvent;
  callMediaUserEntered: UserIdEvent;
  callMediaUserLeft: UserLeftEvent;
  callMediaAudioAvailable: AvailableEvent;
  callMediaVideoAvailable: AvailableEvent;
  callMediaVolumes: VolumesEvent;
  callMediaNetworkQuality: NetworkQualityEvent;
  callMediaConnectionChanged: MediaConnectionEvent;
  callMediaConnectionLost: Record<string, never>;
  callMediaError: CodeMessageEvent;
  liveRoomDestroyed: RoomIdEvent;
  liveRoomStateChanged: RoomStateEvent;
  liveMemberEntered: MemberEvent;
  liveMemberLeft: MemberEvent;
  liveRoomMessage: RoomMessageEvent;
  livePeerMessage: PeerMessageEvent;
  liveMediaAnchorEntered: AnchorEnteredEvent;
  liveMediaAnchorLeft: UserLeftEvent;
  liveMediaConnectionChanged: MediaConnectionEvent;
  liveMediaConnectionLost: Record<string, never>;
  liveMediaError: CodeMessageEvent;
  liveMediaWarning: CodeMessageEvent;
  liveMediaLog: LogEvent;
  mediaMusicProgress: MusicProgressEvent;
  mediaMusicComplete: MusicIdEvent;
  mediaDeviceChange: DeviceChangeEvent;
  mediaScreenShareStopped: Record<string, never>;
  mediaSubStreamAvailable: AvailableEvent;
  mediaStatistics: StatisticsEvent;
}
