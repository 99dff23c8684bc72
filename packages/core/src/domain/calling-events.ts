import type { CallType } from './call-type.js';
import type { ConnectionChangedEvent } from './connection.js';

/** Why a call ended; every terminal transition carries one. */
export type CallEndReason =
  /** The local user hung up (or cancelled while dialing). */
  | 'localHangup'
  /** Every remote party left or hung up. */
  | 'remoteHangup'
  /** The caller cancelled before this user answered. */
  | 'cancelled'
  /** This user rejected the invitation. */
  | 'localReject'
  /** Every invitee rejected. */
  | 'rejected'
  /** Every invitee was busy (or rejected / did not answer, with at least one busy). */
  | 'lineBusy'
  /** No invitee answered in time. */
  | 'noResponse'
  /** This user did not answer in time. */
  | 'timeout'
  /** Media could not be connected after accepting. */
  | 'connectFailed'
  /** The network was lost during the call. */
  | 'networkLost'
  /** The same account accepted this invitation on another device (IM multi-terminal login). */
  | 'otherDeviceAccepted'
  /** The same account rejected this invitation on another device. */
  | 'otherDeviceRejected'
  | 'logout'
  | 'kickedOffline'
  | 'userSigExpired'
  | 'error'
  | 'destroyed';

/** Events named and shaped exactly as the seed plugin's calling listener delivers them, plus TUICallKit's. */
export type CallingEvent =
  /** An unrecoverable error of the current call; the SDK stays usable for a new call. */
  | { readonly eventType: 'onError'; readonly code: number; readonly msg: string }
  /** Inviter only: `userId` rejected. */
  | { readonly eventType: 'onReject'; readonly userId: string }
  /** Inviter only: `userId` did not answer in time. */
  | { readonly eventType: 'onNoResp'; readonly userId: string }
  /** Inviter only: `userId` is in another call. */
  | { readonly eventType: 'onLineBusy'; readonly userId: string }
  /** This user is invited. */
  | {
      readonly eventType: 'onInvited';
      readonly sponsor: string;
      readonly userIdList: readonly string[];
      readonly isFromGroup: boolean;
      readonly callType: CallType;
    }
  /** The inviter cancelled before this user answered. */
  | { readonly eventType: 'onCallingCancel'; readonly userId: string }
  /** This user did not answer in time. */
  | { readonly eventType: 'onCallingTimeOut' }
  /** More users were invited into the group call this user is in: the whole invitee list. */
  | { readonly eventType: 'onGroupCallInviteeListUpdate'; readonly userIdList: readonly string[] }
  | { readonly eventType: 'onUserEnter'; readonly userId: string }
  | { readonly eventType: 'onUserLeave'; readonly userId: string }
  | { readonly eventType: 'onUserAudioAvailable'; readonly userId: string; readonly available: boolean }
  | { readonly eventType: 'onUserVideoAvailable'; readonly userId: string; readonly available: boolean }
  | {
      readonly eventType: 'onUserVoiceVolume';
      readonly volumeList: readonly { readonly userId: string; readonly volume: number }[];
    }
  /** The call is over for this user, exactly once per call; `reason` says why. */
  | { readonly eventType: 'onCallEnd'; readonly reason: CallEndReason; readonly totalTime: number }
  /** Beyond the seed (TUICallKit): media is connected. */
  | {
      readonly eventType: 'onCallBegin';
      readonly roomId: number;
      readonly callType: CallType;
      readonly role: 'caller' | 'callee';
    }
  | {
      readonly eventType: 'onCallTypeChanged';
      readonly oldCallType: CallType;
      readonly newCallType: CallType;
    }
  | { readonly eventType: 'onKickedOffline' }
  | { readonly eventType: 'onUserSigExpired' }
  /** Beyond the seed: the TRTC or IM link is reconnecting, or back (see LinkState). */
  | ConnectionChangedEvent
  | {
      readonly eventType: 'onUserNetworkQuality';
      readonly networkQualityList: readonly { readonly userId: string; readonly quality: number }[];
    };

/** The name of a calling event (`onInvited`, `onCallEnd`, …). */
export type CallingEventType = CallingEvent['eventType'];
/** The calling event of one `eventType`, e.g. `CallingEventOf<'onInvited'>`. */
export type CallingEventOf<T extends CallingEventType> = Extract<CallingEvent, { eventType: T }>;
