import type TencentCloudChat from '@tencentcloud/chat';
import type { ChatSDK, Message } from '@tencentcloud/chat';
import type TRTC from 'trtc-sdk-v5';
import type { TRTCEventTypes } from 'trtc-sdk-v5';
import type CDNStreaming from 'trtc-sdk-v5/plugins/cdn-streaming';
import type CrossRoom from 'trtc-sdk-v5/plugins/cross-room';
import type BasicBeauty from 'trtc-sdk-v5/plugins/video-effect/basic-beauty';
import type VirtualBackground from 'trtc-sdk-v5/plugins/video-effect/virtual-background';

/**
 * The parts of the two Tencent SDKs this adapter calls, picked from their own declarations: a
 * signature change in an SDK fails the type check here and in the test doubles typed against
 * these. The app passes the SDK objects in, so this package never bundles or loads them itself.
 */

/** `TRTC` from `trtc-sdk-v5`. */
export interface TrtcSdk {
  /** `TRTC.create()`: a TRTC client. */
  create(options?: Parameters<typeof TRTC.create>[0]): TrtcClient;
  /** `TRTC.setLogLevel()`. */
  setLogLevel(level: Parameters<typeof TRTC.setLogLevel>[0]): void;
  /** `TRTC.getCameraList()` (media controls). */
  getCameraList(): ReturnType<typeof TRTC.getCameraList>;
  /** `TRTC.getMicrophoneList()` (media controls). */
  getMicrophoneList(): ReturnType<typeof TRTC.getMicrophoneList>;
  /** `TRTC.getSpeakerList()` (media controls). */
  getSpeakerList(): ReturnType<typeof TRTC.getSpeakerList>;
  /** `TRTC.setCurrentSpeaker()` (media controls). */
  setCurrentSpeaker(speakerId: string): Promise<void>;
  readonly EVENT: Pick<
    typeof TRTC.EVENT,
    | 'ERROR'
    | 'KICKED_OUT'
    | 'REMOTE_USER_ENTER'
    | 'REMOTE_USER_EXIT'
    | 'REMOTE_AUDIO_AVAILABLE'
    | 'REMOTE_AUDIO_UNAVAILABLE'
    | 'REMOTE_VIDEO_AVAILABLE'
    | 'REMOTE_VIDEO_UNAVAILABLE'
    | 'AUDIO_VOLUME'
    | 'NETWORK_QUALITY'
    | 'CONNECTION_STATE_CHANGED'
    | 'DEVICE_CHANGED'
    | 'SCREEN_SHARE_STOPPED'
    | 'STATISTICS'
  >;
  readonly TYPE: Pick<
    typeof TRTC.TYPE,
    'SCENE_RTC' | 'SCENE_LIVE' | 'ROLE_ANCHOR' | 'ROLE_AUDIENCE' | 'STREAM_TYPE_MAIN' | 'STREAM_TYPE_SUB'
  >;
}

/**
 * One `TRTC.create()` instance. `on` / `off` return the instance (`this`), which a Pick would widen
 * to all of TRTC; their handler types stay TRTC's own.
 */
export type TrtcClient = TrtcEvents &
  Pick<
    TRTC,
    | 'enterRoom'
    | 'exitRoom'
    | 'switchRole'
    | 'startLocalAudio'
    | 'updateLocalAudio'
    | 'stopLocalAudio'
    | 'startLocalVideo'
    | 'updateLocalVideo'
    | 'stopLocalVideo'
    | 'startRemoteVideo'
    | 'stopRemoteVideo'
    | 'muteRemoteAudio'
    | 'enableAudioVolumeEvaluation'
    | 'startPlugin'
    | 'updatePlugin'
    | 'stopPlugin'
    | 'use'
    | 'startScreenShare'
    | 'stopScreenShare'
    | 'getVideoTrack'
    | 'getAudioTrack'
    | 'destroy'
  >;

/** The event half of a TRTC instance, typed by event name. */
export interface TrtcEvents {
  /** Subscribes to one TRTC event. */
  on<T extends keyof TRTCEventTypes>(event: T, handler: (...args: TRTCEventTypes[T]) => void): unknown;
  /** Unsubscribes a handler given to `on`. */
  off<T extends keyof TRTCEventTypes>(event: T, handler: (...args: TRTCEventTypes[T]) => void): unknown;
}

/** The default export of `trtc-sdk-v5/plugins/cross-room`, registered through TRTC.create({ plugins }). */
export type CrossRoomPlugin = typeof CrossRoom;

/** The default export of `trtc-sdk-v5/plugins/cdn-streaming`: binds a publisher's CDN stream id. */
export type CdnStreamingPlugin = typeof CDNStreaming;

/** The default export of `trtc-sdk-v5/plugins/video-effect/basic-beauty` (the media controls load it on demand). */
export type BasicBeautyPlugin = typeof BasicBeauty;

/** The default export of `trtc-sdk-v5/plugins/video-effect/virtual-background` (loaded on demand too). */
export type VirtualBackgroundPlugin = typeof VirtualBackground;

/** The default export of `@tencentcloud/chat` (its full build, which includes signaling). */
export interface ChatSdk {
  /** `TencentCloudChat.create()`: a chat instance. */
  create(options: Parameters<typeof TencentCloudChat.create>[0]): ChatClient;
  readonly EVENT: Pick<
    typeof TencentCloudChat.EVENT,
    'SDK_READY' | 'SDK_NOT_READY' | 'KICKED_OUT' | 'NET_STATE_CHANGE' | 'MESSAGE_RECEIVED'
  >;
  readonly TYPES: Pick<
    typeof TencentCloudChat.TYPES,
    | 'KICKED_OUT_USERSIG_EXPIRED'
    | 'NET_STATE_CONNECTED'
    | 'NET_STATE_CONNECTING'
    | 'NET_STATE_DISCONNECTED'
    | 'GRP_AVCHATROOM'
    | 'CONV_GROUP'
    | 'CONV_C2C'
    | 'MSG_TEXT'
    | 'MSG_CUSTOM'
    | 'MSG_GRP_TIP'
    | 'MSG_GRP_SYS_NOTICE'
    | 'GRP_TIP_MBR_JOIN'
    | 'GRP_TIP_MBR_QUIT'
    | 'GRP_TIP_GRP_PROFILE_UPDATED'
  >;
  readonly TSignaling: Pick<
    typeof TencentCloudChat.TSignaling,
    | 'NEW_INVITATION_RECEIVED'
    | 'INVITEE_ACCEPTED'
    | 'INVITEE_REJECTED'
    | 'INVITATION_CANCELLED'
    | 'INVITATION_TIMEOUT'
  >;
}

/** The chat methods calling uses: session and signaling. */
export type CallingChatMethods =
  | 'setLogLevel'
  | 'login'
  | 'logout'
  | 'isReady'
  | 'on'
  | 'off'
  | 'addSignalingListener'
  | 'removeSignalingListener'
  | 'invite'
  | 'inviteInGroup'
  | 'accept'
  | 'reject'
  | 'cancel';

/** The chat methods a live room adds: its AVChatRoom group and messages. */
export type LiveChatMethods =
  | 'createGroup'
  | 'dismissGroup'
  | 'joinGroup'
  | 'quitGroup'
  | 'getGroupProfile'
  | 'updateGroupProfile'
  | 'getGroupMemberList'
  | 'createTextMessage'
  | 'createCustomMessage'
  | 'sendMessage'
  | 'updateMyProfile';

/** One `TencentCloudChat.create()` instance. */
export type ChatClient = Pick<ChatSDK, CallingChatMethods | LiveChatMethods>;

/** The session and signaling part of a chat instance: all a page that never enters a live room reaches. */
export type CallingChatClient = Pick<ChatSDK, CallingChatMethods>;

/** The fields of chat's `Message` the live port reads (its payload is typed `any` by the SDK). */
export type ChatMessage = Pick<
  Message,
  'type' | 'payload' | 'conversationType' | 'to' | 'from' | 'nick' | 'avatar'
>;

/** `event.data` of the signaling events (the SDK types their handlers as `Function`). */
export interface InvitationReceived {
  readonly inviteID: string;
  readonly inviter: string;
  readonly groupID?: string;
  readonly inviteeList: readonly string[];
  readonly data?: string;
  readonly timeout?: number;
}
export interface InvitationAnswered {
  readonly inviteID: string;
  readonly inviter?: string;
  readonly invitee: string;
  readonly data?: string;
}
export interface InvitationCancelled {
  readonly inviteID: string;
  readonly inviter: string;
  readonly data?: string;
}
export interface InvitationTimedOut {
  readonly inviteID: string;
  readonly inviteeList: readonly string[];
}
export interface SignalingEvent<T> {
  readonly data: T;
}
