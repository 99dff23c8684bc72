// The plugin's event payloads, by event name; definitions.ts has the contract that emits them.
import type { DeviceChangeEvent, MusicIdEvent, MusicProgressEvent, StatisticsEvent } from './media.js';
import type {
  LeaveReason,
  LivePeerMessage,
  LiveRoomMessage,
  PluginCallType,
  PluginRejectReason,
  RoomState,
  UserInfo,
} from './shapes.js';

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
