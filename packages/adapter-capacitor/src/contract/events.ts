import type { Observable } from 'rxjs';
import type { TrtcSmartEvents } from '../definitions.js';
import { deviceKind, statistics } from './media-shapes.js';
import type { PluginPorts, PortName } from './ports.js';
import { array, boolean, integer, literal, number, object, type Schema, string } from './schema.js';
import {
  callType,
  leaveReason,
  livePeerMessage,
  liveRoomMessage,
  rejectReason,
  roomState,
  userInfo,
} from './shapes.js';

export type EventName = keyof TrtcSmartEvents;
export type PortEvent<P extends PortName> =
  PluginPorts<unknown>[P]['events$'] extends Observable<infer E> ? E : never;

/** One plugin event: the port event it carries (its fields but `type` are the payload). */
type EventEntry<E extends EventName> = {
  [P in PortName]: {
    readonly port: P;
    readonly type: PortEvent<P> extends { readonly type: infer T } ? T : never;
    readonly payload: Schema<TrtcSmartEvents[E]>;
    /** Kept by the plugin until a listener consumes it (Capacitor's retainUntilConsumed). */
    readonly retainUntilConsumed?: true;
  };
}[PortName];

const none: Schema<Record<string, never>> = object({});
const userId = object({ userId: string });
const userLeft = object({ userId: string, reason: leaveReason });
const available = object({ userId: string, available: boolean });
const codeMessage = object({ code: integer, message: string });
const mediaConnection = object({ state: literal('reconnecting', 'connected') });
const callUser = object({ roomId: integer, userId: string });
const member = object({ roomId: integer, user: userInfo });
const userIds = array(string);

/** Every plugin event, named `<port prefix><PortEventType>`, the single table both sides use. */
export const pluginEvents = {
  sessionKickedOffline: { port: 'session', type: 'kickedOffline', payload: none },
  sessionUserSigExpired: { port: 'session', type: 'userSigExpired', payload: none },
  sessionConnectionChanged: {
    port: 'session',
    type: 'connectionChanged',
    payload: object({ state: literal('connected', 'connecting', 'disconnected') }),
  },

  callInvited: {
    port: 'callSignaling',
    type: 'invited',
    retainUntilConsumed: true,
    payload: object(
      {
        roomId: integer,
        inviter: string,
        invitees: userIds,
        participants: userIds,
        callType,
        isGroup: boolean,
        timeoutSec: integer,
      },
      { groupId: string },
    ),
  },
  callAccepted: { port: 'callSignaling', type: 'accepted', payload: callUser },
  callRejected: {
    port: 'callSignaling',
    type: 'rejected',
    payload: object({ roomId: integer, userId: string, reason: rejectReason }),
  },
  callCancelled: {
    port: 'callSignaling',
    type: 'cancelled',
    payload: object({ roomId: integer, inviter: string }),
  },
  callTimedOut: { port: 'callSignaling', type: 'timedOut', payload: object({ roomId: integer, userIds }) },
  callHungUp: {
    port: 'callSignaling',
    type: 'hungUp',
    payload: object({ roomId: integer, userId: string, durationSec: integer }),
  },
  callSwitchedToAudio: { port: 'callSignaling', type: 'switchedToAudio', payload: callUser },

  callMediaUserEntered: { port: 'callMedia', type: 'userEntered', payload: userId },
  callMediaUserLeft: { port: 'callMedia', type: 'userLeft', payload: userLeft },
  callMediaAudioAvailable: { port: 'callMedia', type: 'audioAvailable', payload: available },
  callMediaVideoAvailable: { port: 'callMedia', type: 'videoAvailable', payload: available },
  callMediaVolumes: {
    port: 'callMedia',
    type: 'volumes',
    payload: object({ volumes: array(object({ userId: string, volume: integer })) }),
  },
  callMediaNetworkQuality: {
    port: 'callMedia',
    type: 'networkQuality',
    payload: object({ qualities: array(object({ userId: string, quality: literal(0, 1, 2, 3, 4, 5, 6) })) }),
  },
  callMediaConnectionChanged: { port: 'callMedia', type: 'connectionChanged', payload: mediaConnection },
  callMediaConnectionLost: { port: 'callMedia', type: 'connectionLost', payload: none },
  callMediaError: { port: 'callMedia', type: 'error', payload: codeMessage },

  liveRoomDestroyed: { port: 'liveSignaling', type: 'roomDestroyed', payload: object({ roomId: integer }) },
  liveRoomStateChanged: {
    port: 'liveSignaling',
    type: 'roomStateChanged',
    payload: object({ roomId: integer, state: roomState }),
  },
  liveMemberEntered: { port: 'liveSignaling', type: 'memberEntered', payload: member },
  liveMemberLeft: { port: 'liveSignaling', type: 'memberLeft', payload: member },
  liveRoomMessage: {
    port: 'liveSignaling',
    type: 'roomMessage',
    payload: object({ roomId: integer, from: userInfo, message: liveRoomMessage }),
  },
  livePeerMessage: {
    port: 'liveSignaling',
    type: 'peerMessage',
    payload: object({ from: userInfo, message: livePeerMessage }),
  },

  liveMediaAnchorEntered: {
    port: 'liveMedia',
    type: 'anchorEntered',
    payload: object({ userId: string }, { streamId: string }),
  },
  liveMediaAnchorLeft: { port: 'liveMedia', type: 'anchorLeft', payload: userLeft },
  liveMediaConnectionChanged: { port: 'liveMedia', type: 'connectionChanged', payload: mediaConnection },
  liveMediaConnectionLost: { port: 'liveMedia', type: 'connectionLost', payload: none },
  liveMediaError: { port: 'liveMedia', type: 'error', payload: codeMessage },
  liveMediaWarning: { port: 'liveMedia', type: 'warning', payload: codeMessage },
  liveMediaLog: { port: 'liveMedia', type: 'log', payload: object({ log: string }) },

  mediaMusicProgress: {
    port: 'media',
    type: 'musicProgress',
    payload: object({ id: integer, positionMs: number, durationMs: number }),
  },
  mediaMusicComplete: { port: 'media', type: 'musicComplete', payload: object({ id: integer }) },
  mediaDeviceChange: {
    port: 'media',
    type: 'deviceChange',
    payload: object({ kind: deviceKind, deviceId: string, state: literal('add', 'remove', 'active') }),
  },
  mediaScreenShareStopped: { port: 'media', type: 'screenShareStopped', payload: none },
  mediaSubStreamAvailable: { port: 'media', type: 'subStreamAvailable', payload: available },
  mediaStatistics: { port: 'media', type: 'statistics', payload: object({ statistics }) },
} as const satisfies { readonly [E in EventName]: EventEntry<E> };

/** A table entry as the generic code reads it. */
export interface EventSpec {
  readonly name: EventName;
  readonly port: PortName;
  readonly type: string;
  readonly payload: Schema<unknown>;
  readonly retainUntilConsumed?: true;
}

export const eventSpecs: readonly EventSpec[] = Object.entries(pluginEvents).map(
  ([name, entry]) => ({ name, ...entry }) as EventSpec,
);

/** The plugin event that carries a port event of this type. */
export const eventSpecOf = (port: PortName, type: string): EventSpec | undefined =>
  eventSpecs.find((spec) => spec.port === port && spec.type === type);
