import type { CallType } from '../domain/call-type.js';
import type { CallingEvent } from '../domain/calling-events.js';
import type { OfflinePushInfo } from '../domain/offline-push.js';
import type { EffectFailed } from '../machine/effects.js';
import type { OpSettled } from '../machine/ops.js';
import type { Prefixed } from '../machine/prefixed.js';
import type { CallMediaEvent } from '../ports/call-media.port.js';
import type { CallSignalingEvent } from '../ports/call-signaling.port.js';
import type { LoginParams, SessionEvent } from '../ports/session.port.js';

/** Commands from the API; `opId` ties the outcome back to the promise the app awaits. */
export type CallCommand =
  | { readonly type: 'LOGIN'; readonly opId: number; readonly params: LoginParams }
  | { readonly type: 'LOGOUT'; readonly opId: number }
  | {
      readonly type: 'CALL';
      readonly opId: number;
      readonly roomId: number;
      readonly invitees: readonly string[];
      readonly callType: CallType;
      readonly groupId: string | undefined;
      readonly isGroup: boolean;
      readonly timeoutSec: number;
      readonly offlinePush: OfflinePushInfo;
    }
  | { readonly type: 'ACCEPT'; readonly opId: number }
  | { readonly type: 'REJECT'; readonly opId: number }
  | { readonly type: 'HANGUP'; readonly opId: number }
  | { readonly type: 'DESTROY'; readonly opId: number }
  /** Invitees added to the running group call (before the invitation is sent, so answers are never early). */
  | { readonly type: 'INVITEES_ADDED'; readonly invitees: readonly string[]; readonly timeoutSec: number }
  /** The invitation for INVITEES_ADDED failed: they were never invited. */
  | { readonly type: 'INVITEES_FAILED'; readonly invitees: readonly string[] }
  /** Device commands the API carried out; the machine records the result (each carries its `devices` field). */
  | { readonly type: 'CAMERA_CHANGED'; readonly camera: 'off' | 'front' | 'back' }
  | { readonly type: 'MIC_CHANGED'; readonly micMuted: boolean }
  | { readonly type: 'HANDS_FREE_CHANGED'; readonly handsFree: boolean }
  | { readonly type: 'SWITCHED_TO_AUDIO' }
  | { readonly type: 'REMOTE_VIEW'; readonly userId: string; readonly rendering: boolean };

/** What the adapter's ports report, prefixed by port (`media.`, `sig.`, `session.`). */
export type PortEvent =
  | Prefixed<'sig', CallSignalingEvent>
  | Prefixed<'media', CallMediaEvent>
  | Prefixed<'session', SessionEvent>;

/** An invitation's timer ran out. */
export type TimerEvent = {
  readonly type: 'INVITE_TIMER';
  readonly timerId: string;
  readonly roomId: number;
  readonly userIds: readonly string[];
};

/** A lost link's grace ran out: this user's media, or a remote party the cloud dropped. */
export type GraceEvent =
  | { readonly type: 'MEDIA_GRACE' }
  | { readonly type: 'PARTY_GRACE'; readonly userId: string };

/** Every event the call machine takes. */
export type CallMachineEvent = CallCommand | PortEvent | TimerEvent | GraceEvent | EffectFailed;

/** What the machine emits: app-facing events and op outcomes. */
export type CallEmitted = { readonly type: 'calling'; readonly event: CallingEvent } | OpSettled;
