import type { Subscription } from 'rxjs';
import type { LiveRoomEvent, RequestOutcomeEvent } from '../domain/live-room-events.js';
import type { RoomInfo, UserInfo } from '../domain/room-info.js';
import type { LiveRoom } from '../live-room/live-room-api.js';
import type { LiveRoomWithMedia } from '../live-room/live-room-media.js';
import type { MediaEvent } from '../media/media-types.js';
import { type MediaSeedMethods, mediaSeedMethods } from './media-seed-methods.js';
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
 * where it takes a `view`) and calls back `(ret, err)` with `ret = {status: true, ...}`. The media
 * methods work on an instance created with `media: mediaControls`; its listener then gets the
 * media events too (`Event` is `LiveRoomEvent | MediaEvent`).
 */
export interface LiveRoomSeedModule<Event = LiveRoomEvent> extends MediaSeedMethods {
  /** Kept for the seed's call order: the instance is ready when created, so it only calls back. */
  init: SeedMethod;
  /** Every live-room event reaches the callback as `ret = {eventType, ...}`, one of LiveRoomEvent. */
  setLiveRoomListener: SeedListener<Event>;
  /** Stops the listener set by `setLiveRoomListener`. */
  removeLiveRoomListener: SeedMethod;
  /** The answer to requestJoinAnchor: `{eventType: 'onSuccess' | 'onFailure', reason}`. */
  setLinkMicListener: SeedListener<RequestOutcomeEvent>;
  /** The answer to requestRoomPK: `{eventType: 'onSuccess' | 'onFailure', reason}`. */
  setRoomPKListener: SeedListener<RequestOutcomeEvent>;
  /** {@link LiveRoom.destroy}, in the seed's callback style. */
  destroy: Seeded<LiveRoom, 'destroy'>;
  /** {@link LiveRoom.login}, in the seed's callback style. */
  login: Seeded<LiveRoom, 'login'>;
  /** {@link LiveRoom.logout}, in the seed's callback style. */
  logout: Seeded<LiveRoom, 'logout'>;
  /** {@link LiveRoom.setSelfProfile}, in the seed's callback style. */
  setSelfProfile: Seeded<LiveRoom, 'setSelfProfile'>;
  /** {@link LiveRoom.createRoom}, in the seed's callback style. */
  createRoom: Seeded<LiveRoom, 'createRoom'>;
  /** {@link LiveRoom.destroyRoom}, in the seed's callback style. */
  destroyRoom: Seeded<LiveRoom, 'destroyRoom'>;
  /** {@link LiveRoom.enterRoom}, in the seed's callback style. */
  enterRoom: Seeded<LiveRoom, 'enterRoom'>;
  /** {@link LiveRoom.exitRoom}, in the seed's callback style. */
  exitRoom: Seeded<LiveRoom, 'exitRoom'>;
  /** `ret = {status: true, roomList}`. */
  getRoomInfos: Seeded<LiveRoom, 'getRoomInfos'>;
  /** `ret = {status: true, userList}`. */
  getAnchorList: Seeded<LiveRoom, 'getAnchorList'>;
  /** `ret = {status: true, userList}`. */
  getAudienceList: Seeded<LiveRoom, 'getAudienceList'>;
  /** {@link LiveRoom.startCameraPreview}, in the seed's callback style. */
  startCameraPreview: Seeded<LiveRoom, 'startCameraPreview'>;
  /** {@link LiveRoom.stopCameraPreview}, in the seed's callback style. */
  stopCameraPreview: Seeded<LiveRoom, 'stopCameraPreview'>;
  /** {@link LiveRoom.startPublish}, in the seed's callback style. */
  startPublish: Seeded<LiveRoom, 'startPublish'>;
  /** {@link LiveRoom.stopPublish}, in the seed's callback style. */
  stopPublish: Seeded<LiveRoom, 'stopPublish'>;
  /** {@link LiveRoom.startPlay}, in the seed's callback style (`streamType: 'sub'` with media controls). */
  startPlay: Seeded<LiveRoomWithMedia, 'startPlay'>;
  /** {@link LiveRoom.stopPlay}, in the seed's callback style. */
  stopPlay: Seeded<LiveRoomWithMedia, 'stopPlay'>;
  /** {@link LiveRoom.requestJoinAnchor}, in the seed's callback style. */
  requestJoinAnchor: Seeded<LiveRoom, 'requestJoinAnchor'>;
  /** {@link LiveRoom.responseJoinAnchor}, in the seed's callback style. */
  responseJoinAnchor: Seeded<LiveRoom, 'responseJoinAnchor'>;
  /** {@link LiveRoom.kickoutJoinAnchor}, in the seed's callback style. */
  kickoutJoinAnchor: Seeded<LiveRoom, 'kickoutJoinAnchor'>;
  /** {@link LiveRoom.requestRoomPK}, in the seed's callback style. */
  requestRoomPK: Seeded<LiveRoom, 'requestRoomPK'>;
  /** {@link LiveRoom.responseRoomPK}, in the seed's callback style. */
  responseRoomPK: Seeded<LiveRoom, 'responseRoomPK'>;
  /** {@link LiveRoom.quitRoomPK}, in the seed's callback style. */
  quitRoomPK: Seeded<LiveRoom, 'quitRoomPK'>;
  /** {@link LiveRoom.switchCamera}, in the seed's callback style. */
  switchCamera: Seeded<LiveRoom, 'switchCamera'>;
  /** {@link LiveRoom.setMirror}, in the seed's callback style. */
  setMirror: Seeded<LiveRoom, 'setMirror'>;
  /** {@link LiveRoom.muteLocalAudio}, in the seed's callback style. */
  muteLocalAudio: Seeded<LiveRoom, 'muteLocalAudio'>;
  /** {@link LiveRoom.muteRemoteAudio}, in the seed's callback style. */
  muteRemoteAudio: Seeded<LiveRoom, 'muteRemoteAudio'>;
  /** {@link LiveRoom.muteAllRemoteAudio}, in the seed's callback style. */
  muteAllRemoteAudio: Seeded<LiveRoom, 'muteAllRemoteAudio'>;
  /** {@link LiveRoom.sendRoomTextMsg}, in the seed's callback style. */
  sendRoomTextMsg: Seeded<LiveRoom, 'sendRoomTextMsg'>;
  /** {@link LiveRoom.sendRoomCustomMsg}, in the seed's callback style. */
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
export function toLiveRoomSeedModule(liveRoom: LiveRoom): LiveRoomSeedModule;
export function toLiveRoomSeedModule(
  liveRoom: LiveRoomWithMedia,
): LiveRoomSeedModule<LiveRoomEvent | MediaEvent>;
export function toLiveRoomSeedModule(
  instance: LiveRoom | LiveRoomWithMedia,
): LiveRoomSeedModule<LiveRoomEvent | MediaEvent> {
  // Both shapes have the same methods at run time; the media ones are read by mediaSeedMethods.
  const liveRoom = instance as LiveRoom;
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
    ...mediaSeedMethods(liveRoom),
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
