import {
  ErrorCode,
  type LiveMediaEvent,
  type LivePeerMessage,
  type LiveSignalingEvent,
  type TrtcSmartError,
  type UserInfo,
} from '@trtc-smart/core';
import { toTrtcSmartError } from '@trtc-smart/core/adapter-kit';
import type { Payload } from '../events/fields.js';
import { listenerPayload } from '../events/listener-payload.js';
import { toRecord, userListField } from '../events/live-data.js';
import {
  decodeLiveRoomEvent,
  decodeRequestOutcome,
  type NativeLiveRoomEvent,
  type NativeRequestOutcome,
} from '../events/live-room-events.js';
import type { LiveContext } from './live-context.js';
import type { NativeRoom } from './native-room-book.js';
import { orderedDelivery } from './ordered-events.js';

type NativeListener = (ret?: unknown, err?: unknown) => void;

/** The three native live listeners, each turning checked events into port events. */
export interface LiveListeners {
  readonly liveRoom: NativeListener;
  readonly linkMic: NativeListener;
  readonly roomPK: NativeListener;
}

/**
 * The `setLiveRoomListener`, `setLinkMicListener` and `setRoomPKListener` callbacks: each checks
 * its `(ret, err)` and turns native events into port events of the native module's current room.
 * Anything malformed is reported as a media `error` (core's onError) and changes nothing; events
 * about a room the native module no longer holds are stale and dropped.
 */
export function liveListeners(context: LiveContext): LiveListeners {
  const reportError = (error: unknown) => {
    const { code, message } = toTrtcSmartError(error);
    context.media$.next({ type: 'error', code, message });
  };
  const deliver = orderedDelivery(reportError);
  const listener =
    (name: string, handle: (eventType: string, payload: Payload) => void): NativeListener =>
    (ret, err) => {
      const received = listenerPayload(name, ret, err);
      if (received.kind === 'ack') return;
      if (received.kind === 'error') return reportError(received.error);
      try {
        handle(received.eventType, received.payload);
      } catch (error) {
        reportError(error as TrtcSmartError);
      }
    };
  return {
    liveRoom: listener('live-room listener', (eventType, payload) => {
      const event = decodeLiveRoomEvent(eventType, payload);
      const waitFor = arrivalOf(context);
      deliver(toPortEvents(context, event), waitFor);
    }),
    linkMic: listener('link-mic listener', (eventType, payload) =>
      deliver(linkMicAnswer(context, decodeRequestOutcome('link-mic listener', eventType, payload))),
    ),
    roomPK: listener('PK listener', (eventType, payload) =>
      deliver(roomPKAnswer(context, decodeRequestOutcome('PK listener', eventType, payload))),
    ),
  };
}

type Delivery = (() => void) | Promise<() => void>;

/** While core is still creating or entering the native module's room, its events wait. */
const arrivalOf = (context: LiveContext): Promise<void> | undefined => {
  const room = context.book.current;
  return room?.entering ? room.entered : undefined;
};

const nothing = () => undefined;
const media = (context: LiveContext, event: LiveMediaEvent) => () => context.media$.next(event);
const signal = (context: LiveContext, event: LiveSignalingEvent) => () => context.signaling$.next(event);
const peer = (context: LiveContext, from: UserInfo, message: LivePeerMessage) =>
  signal(context, { type: 'peerMessage', from, message });
const anonymous = (userId: string): UserInfo => ({ userId, userName: '', avatarUrl: '' });

function toPortEvents(context: LiveContext, event: NativeLiveRoomEvent): Delivery {
  switch (event.type) {
    case 'onError':
      return onError(context, event.code, event.msg);
    case 'onWarning':
      return media(context, { type: 'warning', code: event.code, message: event.msg });
    case 'onDebugLog':
      return media(context, { type: 'log', log: event.log });
    case 'onConnectionChanged':
      // IM's link is the session port's to tell; the native module leaves a lost room itself (onError).
      if (event.scope === 'signaling' || event.state === 'disconnected' || !context.book.current)
        return nothing;
      return media(context, { type: 'connectionChanged', state: event.state });
    case 'onAnchorEnter':
      return media(context, { type: 'anchorEntered', userId: event.userId });
    case 'onAnchorExit':
      // The native event does not say why; a drop-out is only told apart by TRTC's own timeout.
      return media(context, { type: 'anchorLeft', userId: event.userId, reason: 'left' });
    default:
      return inRoom(context, event);
  }
}

/** A NETWORK_LOST error means the native module lost its room (no media heartbeat): so has core. */
function onError(context: LiveContext, code: number, msg: string): Delivery {
  const room = context.book.current;
  if (code !== ErrorCode.NETWORK_LOST || !room) return media(context, { type: 'error', code, message: msg });
  context.book.forget(room);
  return media(context, { type: 'connectionLost' });
}

function inRoom(context: LiveContext, event: NativeLiveRoomEvent): Delivery {
  const room = context.book.current;
  if (!room) return nothing;
  const { roomId } = room;
  switch (event.type) {
    case 'onRoomDestroy':
      if (event.roomId !== roomId) return nothing;
      context.book.forget(room);
      return signal(context, { type: 'roomDestroyed', roomId });
    case 'onRoomInfoChange':
      // The owner's machine derives its own state; only members hear the owner's announcements.
      if (room.isOwner || event.roomInfo.roomId !== roomId) return nothing;
      return context.invoke('getAnchorList').then(
        (ret) => {
          const anchors = userListField(ret, 'userList', 'getAnchorList');
          if (context.book.current !== room) return nothing;
          const { state } = toRecord(event.roomInfo, anchors);
          return signal(context, { type: 'roomStateChanged', roomId, state });
        },
        (error: unknown) => {
          if (context.book.current === room) throw error;
          return nothing;
        },
      );
    case 'onAudienceEnter':
      return signal(context, { type: 'memberEntered', roomId, user: event.userInfo });
    case 'onAudienceExit':
      return signal(context, { type: 'memberLeft', roomId, user: event.userInfo });
    case 'onRecvRoomTextMsg':
      return signal(context, {
        type: 'roomMessage',
        roomId,
        from: event.fromUser,
        message: { kind: 'text', text: event.message },
      });
    case 'onRecvRoomCustomMsg':
      return signal(context, {
        type: 'roomMessage',
        roomId,
        from: event.fromUser,
        message: { kind: 'custom', cmd: event.cmd, message: event.message },
      });
    case 'onRequestJoinAnchor':
      return peer(context, event.userInfo, { type: 'joinAnchorRequest', roomId, reason: event.reason });
    case 'onKickoutJoinAnchor':
      // The native module stopped publishing and switched back to audience by itself.
      room.publishing = false;
      return peer(context, room.owner, { type: 'kickoutJoinAnchor', roomId });
    case 'onRequestRoomPK':
      // The native event names neither the requester's room nor its stream.
      return peer(context, event.userInfo, { type: 'roomPKRequest', fromRoomId: 0, fromStreamId: '' });
    case 'onQuitRoomPK': {
      const partner = room.pkPartner;
      if (partner === undefined) return nothing;
      room.pkPartner = undefined;
      return peer(context, anonymous(partner), { type: 'quitRoomPK' });
    }
    default:
      return nothing;
  }
}

/** The owner's answer to this user's requestJoinAnchor. */
function linkMicAnswer(context: LiveContext, { accept, reason }: NativeRequestOutcome): Delivery {
  const room = context.book.current;
  if (!room || room.isOwner) return nothing;
  return peer(context, room.owner, { type: 'joinAnchorResponse', roomId: room.roomId, accept, reason });
}

/** The asked anchor's answer to this user's requestRoomPK; on success the rooms are connected. */
function roomPKAnswer(context: LiveContext, { accept, reason }: NativeRequestOutcome): Delivery {
  const room: NativeRoom | undefined = context.book.current;
  const target = room?.pkTarget;
  if (!room || !target) return nothing;
  room.pkTarget = undefined;
  if (accept) room.pkPartner = target.userId;
  return peer(context, anonymous(target.userId), { type: 'roomPKResponse', accept, reason, streamId: '' });
}
