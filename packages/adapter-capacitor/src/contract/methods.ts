import type { TrtcSmartPlugin } from '../definitions.js';
import { mediaMethods } from './media-methods.js';
import type { PluginPorts, PortName } from './ports.js';
import { array, boolean, integer, object, type Schema, string } from './schema.js';
import {
  callType,
  livePeerMessage,
  liveRole,
  liveRoomMessage,
  liveRoomRecord,
  pluginView,
  rejectReason,
  roomState,
  userInfo,
} from './shapes.js';

export type PluginMethod = Exclude<keyof TrtcSmartPlugin, 'addListener' | 'removeAllListeners'>;
export type OptionsOf<M extends PluginMethod> =
  Parameters<TrtcSmartPlugin[M]> extends [infer O] ? O : undefined;
export type ResultOf<M extends PluginMethod> = Awaited<ReturnType<TrtcSmartPlugin[M]>>;
export type PortMethod<P extends PortName> = Exclude<keyof PluginPorts<unknown>[P], 'events$' | 'platform'>;

/**
 * One plugin method: the port method it stands for, the schema of its options and, for the port
 * methods that return data, the key the plugin's result object holds it under (a Capacitor call
 * resolves with an object, never a bare array), or no key where the port's result is an object.
 */
type MethodEntry<M extends PluginMethod> = {
  [P in PortName]: { readonly port: P; readonly method: PortMethod<P> };
}[PortName] &
  (OptionsOf<M> extends undefined
    ? { readonly options?: never }
    : { readonly options: Schema<OptionsOf<M>> }) &
  (ResultOf<M> extends void
    ? { readonly result?: never }
    : { readonly result: { readonly key?: keyof ResultOf<M>; readonly schema: Schema<ResultOf<M>> } });

const roomIdOnly = object({ roomId: integer });
const userIdOnly = object({ userId: string });
const isFront = object({ isFront: boolean });
const isMute = object({ isMute: boolean });
const cameraView = object({ isFront: boolean, view: pluginView });
const userView = object({ userId: string, view: pluginView });
const userIds = array(string);

/** Every plugin method, the single table both directions of the bridge are built from. */
export const pluginMethods = {
  login: {
    port: 'session',
    method: 'login',
    options: object({ sdkAppId: integer, userId: string, userSig: string }),
  },
  logout: { port: 'session', method: 'logout' },

  invite: {
    port: 'callSignaling',
    method: 'invite',
    options: object(
      {
        roomId: integer,
        invitees: userIds,
        participants: userIds,
        callType,
        isGroup: boolean,
        timeoutSec: integer,
      },
      {
        groupId: string,
        offlinePush: object({ title: string, description: string, iosSound: string, androidSound: string }),
      },
    ),
  },
  accept: { port: 'callSignaling', method: 'accept', options: roomIdOnly },
  reject: {
    port: 'callSignaling',
    method: 'reject',
    options: object({ roomId: integer, reason: rejectReason }),
  },
  cancel: {
    port: 'callSignaling',
    method: 'cancel',
    options: object({ roomId: integer, invitees: userIds }),
  },
  hangup: {
    port: 'callSignaling',
    method: 'hangup',
    options: object({ roomId: integer, userIds, durationSec: integer }),
  },
  switchToAudio: {
    port: 'callSignaling',
    method: 'switchToAudio',
    options: object({ roomId: integer, userIds }),
  },

  enterCallRoom: {
    port: 'callMedia',
    method: 'enterRoom',
    options: object({ roomId: integer, userId: string, callType }),
  },
  exitCallRoom: { port: 'callMedia', method: 'exitRoom' },
  openCamera: { port: 'callMedia', method: 'openCamera', options: cameraView },
  closeCamera: { port: 'callMedia', method: 'closeCamera' },
  switchCallCamera: { port: 'callMedia', method: 'switchCamera', options: isFront },
  setMicMute: { port: 'callMedia', method: 'setMicMute', options: isMute },
  setHandsFree: { port: 'callMedia', method: 'setHandsFree', options: object({ isHandsFree: boolean }) },
  startRemoteView: { port: 'callMedia', method: 'startRemoteView', options: userView },
  stopRemoteView: { port: 'callMedia', method: 'stopRemoteView', options: userIdOnly },

  createRoom: {
    port: 'liveSignaling',
    method: 'createRoom',
    options: object({ roomId: integer, roomName: string, coverUrl: string, state: roomState }),
    result: { schema: object({ resumed: boolean }) },
  },
  destroyRoom: { port: 'liveSignaling', method: 'destroyRoom', options: roomIdOnly },
  joinRoom: {
    port: 'liveSignaling',
    method: 'enterRoom',
    options: roomIdOnly,
    result: { key: 'room', schema: object({ room: liveRoomRecord }) },
  },
  quitRoom: { port: 'liveSignaling', method: 'exitRoom', options: roomIdOnly },
  getRoomInfos: {
    port: 'liveSignaling',
    method: 'getRoomInfos',
    options: object({ roomIds: array(integer) }),
    result: { key: 'rooms', schema: object({ rooms: array(liveRoomRecord) }) },
  },
  getMembers: {
    port: 'liveSignaling',
    method: 'getMembers',
    options: roomIdOnly,
    result: { key: 'members', schema: object({ members: array(userInfo) }) },
  },
  setRoomState: {
    port: 'liveSignaling',
    method: 'setRoomState',
    options: object({ roomId: integer, state: roomState, seq: integer }),
  },
  sendRoomMessage: {
    port: 'liveSignaling',
    method: 'sendRoomMessage',
    options: object({ roomId: integer, message: liveRoomMessage }),
  },
  sendPeerMessage: {
    port: 'liveSignaling',
    method: 'sendPeerMessage',
    options: object({ userId: string, message: livePeerMessage }),
  },
  setSelfProfile: {
    port: 'liveSignaling',
    method: 'setSelfProfile',
    options: object({}, { userName: string, avatarUrl: string }),
  },

  startCameraPreview: { port: 'liveMedia', method: 'startCameraPreview', options: cameraView },
  stopCameraPreview: { port: 'liveMedia', method: 'stopCameraPreview' },
  enterLiveRoom: {
    port: 'liveMedia',
    method: 'enterRoom',
    options: object({ roomId: integer, userId: string, role: liveRole }),
  },
  exitLiveRoom: { port: 'liveMedia', method: 'exitRoom' },
  switchRole: { port: 'liveMedia', method: 'switchRole', options: object({ role: liveRole }) },
  startPublish: { port: 'liveMedia', method: 'startPublish', options: object({ streamId: string }) },
  stopPublish: { port: 'liveMedia', method: 'stopPublish' },
  startPlay: { port: 'liveMedia', method: 'startPlay', options: userView },
  stopPlay: { port: 'liveMedia', method: 'stopPlay', options: userIdOnly },
  connectOtherRoom: {
    port: 'liveMedia',
    method: 'connectOtherRoom',
    options: object({ roomId: integer, userId: string }),
  },
  disconnectOtherRoom: { port: 'liveMedia', method: 'disconnectOtherRoom' },
  switchLiveCamera: { port: 'liveMedia', method: 'switchCamera', options: isFront },
  setMirror: { port: 'liveMedia', method: 'setMirror', options: object({ isMirror: boolean }) },
  muteLocalAudio: { port: 'liveMedia', method: 'muteLocalAudio', options: isMute },
  muteRemoteAudio: {
    port: 'liveMedia',
    method: 'muteRemoteAudio',
    options: object({ userId: string, isMute: boolean }),
  },
  muteAllRemoteAudio: { port: 'liveMedia', method: 'muteAllRemoteAudio', options: isMute },

  ...mediaMethods,
} as const satisfies { readonly [M in PluginMethod]: MethodEntry<M> };

/** A table entry as the generic code reads it. */
export interface MethodSpec {
  readonly port: PortName;
  readonly method: string;
  readonly options?: Schema<unknown>;
  readonly result?: { readonly key?: string; readonly schema: Schema<unknown> };
}

export const methodSpecs: ReadonlyMap<PluginMethod, MethodSpec> = new Map(
  Object.entries(pluginMethods) as [PluginMethod, MethodSpec][],
);

/** The options a method is called with: at the top level, a method without options takes none. */
export function optionsProblem(method: string, options: unknown): string | undefined {
  const spec = methodSpecs.get(method as PluginMethod);
  if (spec === undefined) return `${method}: is not a method of the TrtcSmart plugin`;
  if (spec.options === undefined) return options === undefined ? undefined : `${method}: takes no options`;
  return spec.options.problem(options, '', true);
}
