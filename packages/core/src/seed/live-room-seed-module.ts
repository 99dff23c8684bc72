import type { Subscription } from 'rxjs';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import type { RoomInfo, UserInfo } from '../domain/room-info.js';
import type { LiveRoom } from '../live-room/create-live-room.js';
import {
  type Seeded,
  type SeedListener,
  type SeedMethod,
  type SeedOk,
  seedMethod,
  withView,
} from './seed-callback.js';

/**
 * The seed plugin's `liveRoom` object, method by method: each takes the typed API's params (a `rect`
 * where it takes a `view`) and calls back `(ret, err)` with `ret = {status: true, ...}`.
 */
export interface LiveRoomSeedModule {
  init: SeedMethod;
  /** Every live-room event reaches the callback as `ret = {eventType, ...}`, one of LiveRoomEvent. */
  setLiveRoomListener: SeedListener<LiveRoomEvent>;
  removeLiveRoomListener: SeedMethod;
  /** The answer to requestJoinAnchor: `{eventType: 'onSuccess' | 'onFailure', reason}`. */
  setLinkMicListener: SeedListener<RequestOutcomeEvent>;
  /** The answer to requestRoomPK: `{eventType: 'onSuccess' | 'onFailure', reason}`. */
  setRoomPKListener: SeedListener<RequestOutcomeEvent>;
  destroy: Seeded<LiveRoom, 'destroy'>;
  login: Seeded<LiveRoom, 'login'>;
  logout: Seeded<LiveRoom, 'logout'>;
  setSelfProfile: Seeded<LiveRoom, 'setSelfProfile'>;
  createRoom: Seeded<LiveRoom, 'createRoom'>;
  destroyRoom: Seeded<LiveRoom, 'destroyRoom'>;
  enterRoom: Seeded<LiveRoom, 'enterRoom'>;
  exitRoom: Seeded<LiveRoom, 'exitRoom'>;
  /** `ret = {status: true, roomList}`. */
  getRoomInfos: Seeded<LiveRoom, 'getRoomInfos'>;
  /** `ret = {status: true, userList}`. */
  getAnchorList: Seeded<LiveRoom, 'getAnchorList'>;
  /** `ret = {status: true, userList}`. */
  getAudienceList: Seeded<LiveRoom, 'getAudienceList'>;
  startCameraPreview: Seeded<LiveRoom, 'startCameraPreview'>;
  stopCameraPreview: Seeded<LiveRoom, 'stopCameraPreview'>;
  startPublish: Seeded<LiveRoom, 'startPublish'>;
  stopPublish: Seeded<LiveRoom, 'stopPublish'>;
  startPlay: Seeded<LiveRoom, 'startPlay'>;
  stopPlay: Seeded<LiveRoom, 'stopPlay'>;
  requestJoinAnchor: Seeded<LiveRoom, 'requestJoinAnchor'>;
  responseJoinAnchor: Seeded<LiveRoom, 'responseJoinAnchor'>;
  kickoutJoinAnchor: Seeded<LiveRoom, 'kickoutJoinAnchor'>;
  requestRoomPK: Seeded<LiveRoom, 'requestRoomPK'>;
  responseRoomPK: Seeded<LiveRoom, 'responseRoomPK'>;
  quitRoomPK: Seeded<LiveRoom, 'quitRoomPK'>;
  switchCamera: Seeded<LiveRoom, 'switchCamera'>;
  setMirror: Seeded<LiveRoom, 'setMirror'>;
  muteLocalAudio: Seeded<LiveRoom, 'muteLocalAudio'>;
  muteRemoteAudio: Seeded<LiveRoom, 'muteRemoteAudio'>;
  muteAllRemoteAudio: Seeded<LiveRoom, 'muteAllRemoteAudio'>;
  sendRoomTextMsg: Seeded<LiveRoom, 'sendRoomTextMsg'>;
  sendRoomCustomMsg: Seeded<LiveRoom, 'sendRoomCustomMsg'>;
}

/** One listener slot: setting it again replaces the previous callback. */
function listenerSlot<E>(subscribe: (callback: (event: E) => void) => Subscription) {
  let current: Subscription | undefined;
  const remove = () => {
    current?.unsubscribe();
    current = undefined;
  };
  const set = (_params?: unknown, callback?: (event: E) => void) => {
    remove();
    if (callback) current = subscribe((event) => callback(event));
  };
  return { set, remove };
}

/**
 * Code written for the native plugin's `liveRoom` runs unchanged on this object. Params pass
 * through untouched, so validation and errors are exactly the typed API's.
 */
export function toLiveRoomSeedModule(liveRoom: LiveRoom): LiveRoomSeedModule {
  const room = listenerSlot<LiveRoomEvent>((cb) => liveRoom.events$.subscribe(cb));
  const linkMic = listenerSlot<RequestOutcomeEvent>((cb) => liveRoom.linkMicEvents$.subscribe(cb));
  const pk = listenerSlot<RequestOutcomeEvent>((cb) => liveRoom.roomPKEvents$.subscribe(cb));
  // The typed API validates every field at run time, so untyped seed params go straight in.
  const api = liveRoom as unknown as Record<string, (params?: unknown) => Promise<unknown>>;
  const pass = <Ret extends object = SeedOk>(name: keyof LiveRoom) =>
    seedMethod<Ret>((params) => (api[name] as (p: unknown) => Promise<unknown>)(params));
  const withRect = (name: 'startCameraPreview' | 'startPlay') =>
    seedMethod((params) => (api[name] as (p: unknown) => Promise<unknown>)(withView(params)));

  return {
    init: seedMethod(async () => undefined),
    setLiveRoomListener: room.set,
    removeLiveRoomListener: seedMethod(async () => room.remove()),
    setLinkMicListener: linkMic.set,
    setRoomPKListener: pk.set,
    destroy: seedMethod(async () => {
      for (const slot of [room, linkMic, pk]) slot.remove();
      await liveRoom.destroy();
    }),
    login: pass('login'),
    logout: pass('logout'),
    setSelfProfile: pass('setSelfProfile'),
    createRoom: pass('createRoom'),
    destroyRoom: pass('destroyRoom'),
    enterRoom: pass('enterRoom'),
    exitRoom: pass('exitRoom'),
    getRoomInfos: pass<SeedOk & { roomList: RoomInfo[] }>('getRoomInfos'),
    getAnchorList: pass<SeedOk & { userList: UserInfo[] }>('getAnchorList'),
    getAudienceList: pass<SeedOk & { userList: UserInfo[] }>('getAudienceList'),
    startCameraPreview: withRect('startCameraPreview'),
    stopCameraPreview: pass('stopCameraPreview'),
    startPublish: pass('startPublish'),
    stopPublish: pass('stopPublish'),
    startPlay: withRect('startPlay'),
    stopPlay: pass('stopPlay'),
    requestJoinAnchor: pass('requestJoinAnchor'),
    responseJoinAnchor: pass('responseJoinAnchor'),
    kickoutJoinAnchor: pass('kickoutJoinAnchor'),
    requestRoomPK: pass('requestRoomPK'),
    responseRoomPK: pass('responseRoomPK'),
    quitRoomPK: pass('quitRoomPK'),
    switchCamera: pass('switchCamera'),
    setMirror: pass('setMirror'),
    muteLocalAudio: pass('muteLocalAudio'),
    muteRemoteAudio: pass('muteRemoteAudio'),
    muteAllRemoteAudio: pass('muteAllRemoteAudio'),
    sendRoomTextMsg: pass('sendRoomTextMsg'),
    sendRoomCustomMsg: pass('sendRoomCustomMsg'),
  };
}
