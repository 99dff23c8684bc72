import type { Observable } from 'rxjs';
import type { CallType } from '../domain/call-type.js';
import type { OfflinePushInfo } from '../domain/offline-push.js';

/**
 * Call signaling, at the level of IM's invitation API. A call is identified by its TRTC
 * `roomId`, which every party agrees on; adapters map it to their own invitation ids.
 *
 * Delivery rules every adapter keeps (IM's group-invitation semantics):
 * - `invited` reaches each invitee, and the users in `participants` as observers;
 * - `accepted`, `rejected` and `timedOut` reach the inviter, the other invitees still in play (not
 *   those who rejected or were cancelled) and the observers;
 * - `cancelled` reaches the cancelled invitees; `hungUp` and `switchedToAudio` reach `userIds`;
 * - `cancel` after every invitee already answered is a lost race and resolves.
 */
export interface CallSignalingPort {
  /** Sends an invitation (IM signaling) for the call in `roomId`. */
  invite(params: InviteParams): Promise<void>;
  /** Accepts the invitation of the call in `roomId`. */
  accept(params: { readonly roomId: number }): Promise<void>;
  /** Refuses the invitation of the call in `roomId`, declining or busy. */
  reject(params: { readonly roomId: number; readonly reason: RejectReason }): Promise<void>;
  /** The inviter withdraws its pending invitations to these users. */
  cancel(params: { readonly roomId: number; readonly invitees: readonly string[] }): Promise<void>;
  /** Tells the others that this user left (1:1 hang-up with duration, group hang-up). */
  hangup(params: {
    readonly roomId: number;
    readonly userIds: readonly string[];
    readonly durationSec: number;
  }): Promise<void>;
  /** Asks the others to continue the call as audio only. */
  switchToAudio(params: { readonly roomId: number; readonly userIds: readonly string[] }): Promise<void>;
  readonly events$: Observable<CallSignalingEvent>;
}

/** An invitation as core sends it through the call-signaling port. */
export interface InviteParams {
  readonly roomId: number;
  readonly invitees: readonly string[];
  /** Users already in the call; they observe the invitation (onGroupCallInviteeListUpdate). */
  readonly participants: readonly string[];
  readonly callType: CallType;
  /** Group calls: the IM group the call belongs to. */
  readonly groupId?: string;
  /** True for group calls, even without a groupId. */
  readonly isGroup: boolean;
  /** 0 = never times out. */
  readonly timeoutSec: number;
  /** The push an offline invitee's phone shows (core always fills it; adapters without push ignore it). */
  readonly offlinePush?: OfflinePushInfo;
}

/** Why an invitation was refused: the user declined, or was busy in another call. */
export type RejectReason = 'decline' | 'busy';

/** What IM signaling reports to core about calls: invitations, answers, cancels, hang-ups, timeouts. */
export type CallSignalingEvent =
  | {
      readonly type: 'invited';
      readonly roomId: number;
      readonly inviter: string;
      readonly invitees: readonly string[];
      readonly participants: readonly string[];
      readonly callType: CallType;
      readonly groupId?: string;
      readonly isGroup: boolean;
      readonly timeoutSec: number;
    }
  | { readonly type: 'accepted'; readonly roomId: number; readonly userId: string }
  | {
      readonly type: 'rejected';
      readonly roomId: number;
      readonly userId: string;
      readonly reason: RejectReason;
    }
  | { readonly type: 'cancelled'; readonly roomId: number; readonly inviter: string }
  /** Invitees who did not answer in time (the local user among them when it was the one invited). */
  | { readonly type: 'timedOut'; readonly roomId: number; readonly userIds: readonly string[] }
  | {
      readonly type: 'hungUp';
      readonly roomId: number;
      readonly userId: string;
      readonly durationSec: number;
    }
  | { readonly type: 'switchedToAudio'; readonly roomId: number; readonly userId: string }
  /** This account answered the invitation on another device (IM multi-terminal): stop ringing here. */
  | { readonly type: 'answeredElsewhere'; readonly roomId: number; readonly accepted: boolean };
