/**
 * The tencentTrtcSmart native plugin as its documentation (the seed) describes it: every method is
 * `fn(params, (ret, err) => …)`, success is `ret = {status: true, …}`, failure `err = {code, msg}`,
 * and the listener setters call back with `ret = {eventType, …}` for every event.
 */

/** The native `err`. */
export interface NativeErr {
  readonly code: number;
  readonly msg: string;
}

/** The native callback. Nothing it receives is trusted: the adapter checks every field. */
export type NativeCallback = (ret?: unknown, err?: unknown) => void;

/** A native module method: params and a `(ret, err)` callback. */
export type NativeMethod = (params: Readonly<Record<string, unknown>>, callback: NativeCallback) => void;

/** A native rect over the web view, in web-view points. */
export interface NativeRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The native `calling` object's methods the adapter calls. */
export const CALLING_METHODS = [
  'init',
  'setCallingListener',
  'removeCallingListener',
  'destroy',
  'login',
  'logout',
  'call',
  'groupCall',
  'accept',
  'reject',
  'hangup',
  'startRemoteView',
  'stopRemoteView',
  'openCamera',
  'switchCamera',
  'closeCamera',
  'setMicMute',
  'setHandsFree',
  'switchToAudio',
] as const;

/** The native `liveRoom` object's methods the adapter calls. */
export const LIVE_ROOM_METHODS = [
  'init',
  'setLiveRoomListener',
  'removeLiveRoomListener',
  'setLinkMicListener',
  'setRoomPKListener',
  'destroy',
  'login',
  'logout',
  'setSelfProfile',
  'createRoom',
  'destroyRoom',
  'enterRoom',
  'exitRoom',
  'getRoomInfos',
  'getAnchorList',
  'getAudienceList',
  'startCameraPreview',
  'stopCameraPreview',
  'startPublish',
  'stopPublish',
  'startPlay',
  'stopPlay',
  'requestJoinAnchor',
  'responseJoinAnchor',
  'kickoutJoinAnchor',
  'requestRoomPK',
  'responseRoomPK',
  'quitRoomPK',
  'switchCamera',
  'setMirror',
  'muteLocalAudio',
  'muteRemoteAudio',
  'muteAllRemoteAudio',
  'sendRoomTextMsg',
  'sendRoomCustomMsg',
] as const;

/** A method name of the plugin's `calling` object. */
export type CallingMethodName = (typeof CALLING_METHODS)[number];
/** A method name of the plugin's `liveRoom` object. */
export type LiveRoomMethodName = (typeof LIVE_ROOM_METHODS)[number];

/** The plugin's `calling` object: 19 methods. */
export type NativeCalling = Record<CallingMethodName, NativeMethod>;
/** The plugin's `liveRoom` object: 35 methods. */
export type NativeLiveRoom = Record<LiveRoomMethodName, NativeMethod>;

/**
 * What `api.require('tencentTrtcSmart')` returns: the two objects the seed documents. A build that
 * ships them as two modules is passed as `{ calling: api.require(a), liveRoom: api.require(b) }`.
 */
export interface TencentTrtcSmartModule {
  readonly calling: NativeCalling;
  readonly liveRoom?: NativeLiveRoom;
}
