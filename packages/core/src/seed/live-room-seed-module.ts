import type { Subscription } from 'rxjs';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import type { LiveRoom } from '../live-room/create-live-room.js';
import { type SeedCallback, type SeedMethod, seedMethod, withView } from './seed-callback.js';

type Listener = (params?: unknown, callback?: SeedCallback<LiveRoomEvent>) => void;
type OutcomeListener = (params?: unknown, callback?: SeedCallback<RequestOutcomeEvent>) => void;

/** The seed plugin's `liveRoom` object, method by method. */
export interface LiveRoomSeedModule {
  init: SeedMethod;
  /** Every live-room event reaches the callback as `ret = {eventType, ...}`. */
  setLiveRoomListener: Listener;
  removeLiveRoomListener: SeedMethod;
  /** The answer to requestJoinAnchor: `{eventType: 'onSuccess' | 'onFailure', reason}`. */
  setLinkMicListener: OutcomeListener;
  /** The answer to requestRoomPK: `{eventType: 'onSuccess' | 'onFailure', reason}`. */
  setRoomPKListener: OutcomeListener;
  destroy: SeedMethod;
  login: SeedMethod;
  logout: SeedMethod;
  setSelfProfile: SeedMethod;
  createRoom: SeedMethod;
  destroyRoom: SeedMethod;
  enterRoom: SeedMethod;
  exitRoom: SeedMethod;
  /** `ret = {status: true, roomList}`. */
  getRoomInfos: SeedMethod;
  /** `ret = {status: true, userList}`. */
  getAnchorList: SeedMethod;
  /** `ret = {status: true, userList}`. */
  getAudienceList: SeedMethod;
  startCameraPreview: SeedMethod;
  stopCameraPreview: SeedMethod;
  startPublish: SeedMethod;
  stopPublish: SeedMethod;
  startPlay: SeedMethod;
  stopPlay: SeedMethod;
  requestJoinAnchor: SeedMethod;
  responseJoinAnchor: SeedMethod;
  kickoutJoinAnchor: SeedMethod;
  requestRoomPK: SeedMethod;
  responseRoomPK: SeedMethod;
  quitRoomPK: SeedMethod;
  switchCamera: SeedMethod;
  setMirror: SeedMethod;
  muteLocalAudio: SeedMethod;
  muteRemoteAudio: SeedMethod;
  muteAllRemoteAudio: SeedMethod;
  sendRoomTextMsg: SeedMethod;
  sendRoomCustomMsg: SeedMethod;
}

/** One listener slot: setting it again replaces the previous callback. */
function listenerSlot<E>(subscribe: (callback: (event: E) => void) => Subscription) {
  let current: Subscription | undefined;
  const remove = () => {
    current?.unsubscribe();
    current = undefined;
  };
  const set = (_params?: unknown, callback?: SeedCallback<E>) => {
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
  const pass = (name: keyof LiveRoom): SeedMethod =>
    seedMethod((params) => (api[name] as (p: unknown) => Promise<unknown>)(params));
  const withRect = (name: 'startCameraPreview' | 'startPlay'): SeedMethod =>
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
    getRoomInfos: pass('getRoomInfos'),
    getAnchorList: pass('getAnchorList'),
    getAudienceList: pass('getAudienceList'),
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
