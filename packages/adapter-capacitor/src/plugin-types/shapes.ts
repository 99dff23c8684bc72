// The plugin's option, result and room shapes; definitions.ts has the contract that uses them.

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
