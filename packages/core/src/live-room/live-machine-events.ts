import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import type { LiveRoomRecord, UserInfo } from '../domain/room-info.js';
import type { EffectFailed } from '../machine/effects.js';
import type { OpSettled } from '../machine/ops.js';
import type { Prefixed } from '../machine/prefixed.js';
import type { LiveMediaEvent } from '../ports/live-media.port.js';
import type { LivePeerMessage, LiveSignalingEvent } from '../ports/live-signaling.port.js';
import type { LoginParams, SessionEvent } from '../ports/session.port.js';
import type { AnnouncementLost, CameraState } from './live-room-context.js';

export type { AnnouncementLost };

/** Commands from the API; `opId` ties the outcome back to the promise the app awaits. */
export type LiveCommand =
  | { readonly type: 'LOGIN'; readonly opId: number; readonly params: LoginParams }
  | { readonly type: 'LOGOUT'; readonly opId: number }
  | { readonly type: 'DESTROY'; readonly opId: number }
  | {
      readonly type: 'CREATE_ROOM';
      readonly opId: number;
      readonly roomId: number;
      readonly roomName: string;
      readonly coverUrl: string;
    }
  | { readonly type: 'DESTROY_ROOM'; readonly opId: number }
  | { readonly type: 'ENTER_ROOM'; readonly opId: number; readonly roomId: number }
  | { readonly type: 'EXIT_ROOM'; readonly opId: number }
  | { readonly type: 'REQUEST_JOIN_ANCHOR'; readonly opId: number; readonly reason: string }
  | {
      readonly type: 'RESPOND_JOIN_ANCHOR';
      readonly opId: number;
      readonly userId: string;
      readonly accept: boolean;
      readonly reason: string;
    }
  | { readonly type: 'KICKOUT_JOIN_ANCHOR'; readonly opId: number; readonly userId: string }
  | {
      readonly type: 'REQUEST_ROOM_PK';
      readonly opId: number;
      readonly roomId: number;
      readonly userId: string;
    }
  | {
      readonly type: 'RESPOND_ROOM_PK';
      readonly opId: number;
      readonly userId: string;
      readonly accept: boolean;
      readonly reason: string;
    }
  | { readonly type: 'QUIT_ROOM_PK'; readonly opId: number }
  /** Device work the API carried out; the machine records the result (and allows it only where the role does). */
  | { readonly type: 'PUBLISHED'; readonly streamId: string }
  | { readonly type: 'UNPUBLISHED' }
  | { readonly type: 'CAMERA_CHANGED'; readonly camera: CameraState }
  | { readonly type: 'MIRROR_CHANGED'; readonly mirror: boolean }
  | { readonly type: 'MIC_CHANGED'; readonly micMuted: boolean }
  | { readonly type: 'PROFILE_CHANGED'; readonly userName?: string; readonly avatarUrl?: string };

/** A peer's C2C message, renamed `peer.x` and tagged with its sender. */
export type PeerEvent<M> = M extends { type: infer T extends string }
  ? Omit<M, 'type'> & { readonly type: `peer.${T}`; readonly from: UserInfo }
  : never;

/** What the adapter's ports report, prefixed by port (`media.`, `sig.`, `session.`). */
export type LivePortEvent =
  /** Room messages skip the machine (see room-messages.ts). */
  | Prefixed<'sig', Exclude<LiveSignalingEvent, { type: 'peerMessage' | 'roomMessage' }>>
  | PeerEvent<LivePeerMessage>
  | Prefixed<'media', LiveMediaEvent>
  | Prefixed<'session', SessionEvent>;

/** Connection timers and reads (see live-connection.ts). */
export type LiveGraceEvent =
  | { readonly type: 'MEDIA_GRACE' }
  | { readonly type: 'OWNER_GRACE' }
  | { readonly type: 'RECONCILE' }
  | { readonly type: 'LEAVE_ABANDONED' };

/** A read of the room's IM profile came back: null when the room no longer exists. */
export type RoomRead = {
  readonly type: 'ROOM_READ';
  readonly roomId: number;
  readonly record: LiveRoomRecord | null;
  /** The read entered the group (after a reconnect, or a leave whose answer was lost). */
  readonly entered: boolean;
};

/** IM answered the leave of an abandoned room. */
export type AbandonedLeft = { readonly type: 'ABANDONED_LEFT'; readonly roomId: number };
/** A re-entry of the room's group whose answer was lost (see live-connection.ts). */
export type ReentryLost = { readonly type: 'REENTRY_LOST'; readonly roomId: number };

/** The next try at a logout whose answer was lost (see owed-logout.ts). */
export type LogoutRetry = { readonly type: 'LOGOUT_RETRY' };
/** IM's answer to that try; `lost` when this one's answer was lost too. */
export type LogoutAnswered = { readonly type: 'LOGOUT_ANSWERED'; readonly lost: boolean };

/** Every event the live-room machine takes. */
export type LiveMachineEvent =
  | LiveCommand
  | LivePortEvent
  | LiveGraceEvent
  | RoomRead
  | AbandonedLeft
  | ReentryLost
  | LogoutRetry
  | LogoutAnswered
  | AnnouncementLost
  | EffectFailed;

/** What the machine emits: app-facing events, request outcomes and op outcomes. */
export type LiveEmitted =
  | { readonly type: 'live'; readonly event: LiveRoomEvent }
  | { readonly type: 'linkMic'; readonly event: RequestOutcomeEvent }
  | { readonly type: 'roomPK'; readonly event: RequestOutcomeEvent }
  | OpSettled;
