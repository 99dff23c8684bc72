import {
  type CallMediaEvent,
  type CallSignalingEvent,
  CallType,
  type SessionEvent,
  type TrtcSmartError,
} from '@trtc-smart/core';
import { decodeCallingEvent, type NativeCallingEvent } from '../events/calling-events.js';
import { listenerPayload } from '../events/listener-payload.js';
import type { CallingContext } from './calling-context.js';

/** End reasons a later session event explains (kicked, expired) or that the adapter itself caused. */
const EXPLAINED_ELSEWHERE: ReadonlySet<string> = new Set([
  'kickedOffline',
  'userSigExpired',
  'logout',
  'destroyed',
  'localHangup',
  'localReject',
]);

/**
 * The `setCallingListener` callback: checks each `(ret, err)` and turns native events into port
 * events of the native module's current call. Anything malformed is reported as a media `error`
 * (core's onError) and changes nothing; events about a call the native module no longer holds
 * are stale and dropped.
 */
export function callingListener(
  context: CallingContext,
  session$: { next(event: SessionEvent): void },
): (ret?: unknown, err?: unknown) => void {
  const reportError = (error: TrtcSmartError) =>
    context.media$.next({ type: 'error', code: error.code, message: error.message });
  return (ret, err) => {
    const received = listenerPayload('calling listener', ret, err);
    if (received.kind === 'ack') return;
    if (received.kind === 'error') return reportError(received.error);
    let event: NativeCallingEvent;
    try {
      event = decodeCallingEvent(received.eventType, received.payload);
    } catch (error) {
      return reportError(error as TrtcSmartError);
    }
    const sessionEvent = toSessionEvent(event);
    if (sessionEvent) return session$.next(sessionEvent);
    const media = toMediaEvent(event);
    if (media) return context.media$.next(media);
    for (const signal of toSignals(context, event)) context.signaling$.next(signal);
  };
}

function toSessionEvent(event: NativeCallingEvent): SessionEvent | undefined {
  if (event.type === 'onConnectionChanged' && event.scope === 'signaling') {
    return { type: 'connectionChanged', state: event.state === 'reconnecting' ? 'connecting' : event.state };
  }
  if (event.type === 'onKickedOffline') return { type: 'kickedOffline' };
  if (event.type === 'onUserSigExpired') return { type: 'userSigExpired' };
  return undefined;
}

function toMediaEvent(event: NativeCallingEvent): CallMediaEvent | undefined {
  switch (event.type) {
    case 'onConnectionChanged':
      // The native module ends its call itself once the link is gone for good (its onCallEnd).
      return event.state === 'disconnected' ? undefined : { type: 'connectionChanged', state: event.state };
    case 'onUserEnter':
      return { type: 'userEntered', userId: event.userId };
    case 'onUserLeave':
      return { type: 'userLeft', userId: event.userId, reason: 'left' };
    case 'onUserAudioAvailable':
      return { type: 'audioAvailable', userId: event.userId, available: event.available };
    case 'onUserVideoAvailable':
      return { type: 'videoAvailable', userId: event.userId, available: event.available };
    case 'onUserVoiceVolume':
      return { type: 'volumes', volumes: event.volumeList };
    case 'onUserNetworkQuality':
      return {
        type: 'networkQuality',
        qualities: event.networkQualityList.map(({ userId, quality }) => ({
          userId,
          quality: Math.max(0, Math.min(6, quality)) as 0 | 1 | 2 | 3 | 4 | 5 | 6,
        })),
      };
    case 'onError':
      return { type: 'error', code: event.code, message: event.msg };
    default:
      return undefined;
  }
}

function toSignals(context: CallingContext, event: NativeCallingEvent): CallSignalingEvent[] {
  const { book } = context;
  if (event.type === 'onInvited') {
    const call = book.incoming({
      sponsor: event.sponsor,
      callType: event.callType,
      invitees: event.userIdList,
    });
    // The native module runs the ringing timeout (onCallingTimeOut), so core runs none of its own.
    return [
      {
        type: 'invited',
        roomId: call.roomId,
        inviter: event.sponsor,
        invitees: event.userIdList,
        participants: [],
        callType: event.callType,
        isGroup: event.isFromGroup,
        timeoutSec: 0,
      },
    ];
  }
  const call = book.current;
  if (!call) return [];
  const { roomId } = call;
  switch (event.type) {
    case 'onReject':
      return [{ type: 'rejected', roomId, userId: event.userId, reason: 'decline' }];
    case 'onLineBusy':
      return [{ type: 'rejected', roomId, userId: event.userId, reason: 'busy' }];
    case 'onNoResp':
      return [{ type: 'timedOut', roomId, userIds: [event.userId] }];
    case 'onCallingCancel':
      return [{ type: 'cancelled', roomId, inviter: event.userId }];
    case 'onCallingTimeOut':
      return [{ type: 'timedOut', roomId, userIds: [context.self() ?? ''] }];
    case 'onGroupCallInviteeListUpdate': {
      // The whole list: only names not seen before are new invitees (who invited them is not said).
      const added = event.userIdList.filter((id) => !call.invitees.has(id) && id !== context.self());
      for (const id of added) call.invitees.add(id);
      if (added.length === 0) return [];
      return [
        {
          type: 'invited',
          roomId,
          inviter: call.sponsor,
          invitees: added,
          participants: [],
          callType: call.callType,
          isGroup: true,
          timeoutSec: 0,
          ...(call.groupId === undefined ? {} : { groupId: call.groupId }),
        },
      ];
    }
    case 'onCallTypeChanged':
      // Who switched is not said; core only needs to know the call is audio now.
      if (event.newCallType !== CallType.AUDIO || call.callType === CallType.AUDIO) return [];
      call.callType = CallType.AUDIO;
      return [{ type: 'switchedToAudio', roomId, userId: '' }];
    case 'onCallEnd':
      return endOf(context, event.reason);
    default:
      return [];
  }
}

/**
 * The native call is over. The events before onCallEnd normally told core why (leave, reject,
 * cancel, timeout); when they did not, core must still not be left in a call the native module
 * dropped: an unanswered incoming call ends as cancelled, any other as lost.
 */
function endOf(context: CallingContext, reason: string | undefined): CallSignalingEvent[] {
  const call = context.book.current;
  if (!call) return [];
  context.book.forget(call);
  if (reason !== undefined && EXPLAINED_ELSEWHERE.has(reason)) return [];
  // A native call / accept still in flight answers for itself (its err fails the port call).
  if (call.join && !call.joined) return [];
  if (call.incoming && !call.join) return [{ type: 'cancelled', roomId: call.roomId, inviter: call.sponsor }];
  context.media$.next({ type: 'connectionLost' });
  return [];
}
