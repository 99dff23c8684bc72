import { ErrorCode, type LiveMediaPort, MAX_ROOM_ID, MIN_ROOM_ID, TrtcSmartError } from '@trtc-smart/core';
import { invalidParameter } from '@trtc-smart/core/adapter-kit';
import type { Trace } from '../cloud/trace.js';
import type { ClientDevice } from './client-device.js';
import { type FakeView, fakeViewRule } from './fake-view.js';
import { tracedCall } from './traced-call.js';

export interface LiveMediaPortDeps {
  readonly trace: Trace;
  /** Whether a user publishes in (or is mixed into) the cloud's room: only then can it be played. */
  readonly publishes: (roomId: number, userId: string) => boolean;
}

/**
 * Entering, role switches, publishing and cross-room connections travel to the cloud; preview,
 * mirror, mutes and playback are local SDK state.
 */
export function createLiveMediaPort(device: ClientDevice, deps: LiveMediaPortDeps): LiveMediaPort<FakeView> {
  const { local } = device.live;
  const call = (method: string, params: unknown, run: () => Promise<void> | void) =>
    tracedCall(deps.trace, device.id, `liveMedia.${method}`, params, async () => {
      device.requireTrtcLogin();
      await run();
    });
  const inRoom = (): number => {
    if (local.roomId === undefined) throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'not in a live room');
    return local.roomId;
  };
  return {
    events$: device.live.media$.asObservable(),
    startCameraPreview: (params) =>
      call('startCameraPreview', params, () => {
        checkView(params.view);
        local.previewView = params.view;
        local.frontCamera = params.isFront;
      }),
    stopCameraPreview: () =>
      call('stopCameraPreview', undefined, () => {
        local.previewView = undefined;
      }),
    enterRoom: (params) =>
      call('enterRoom', params, async () => {
        const { roomId, userId, role } = params;
        if (!Number.isInteger(roomId) || roomId < MIN_ROOM_ID || roomId > MAX_ROOM_ID) {
          throw invalidParameter('roomId', `must be an integer ${MIN_ROOM_ID}..${MAX_ROOM_ID}`);
        }
        if (userId !== device.trtcUserId) throw invalidParameter('userId', 'must be the logged-in user');
        local.leaveRoom();
        local.joiningRoomId = roomId;
        try {
          await device.request('liveMedia.enterRoom', { roomId, role });
        } catch (error) {
          // Heartbeats stop: a join the cloud did hear is dropped after mediaTimeoutMs.
          if (local.joiningRoomId === roomId) local.joiningRoomId = undefined;
          device.heartbeatsChanged();
          throw error;
        }
        if (local.joiningRoomId !== roomId) throw device.abandonEntry(local, 'liveMedia.exitRoom', roomId);
        local.joiningRoomId = undefined;
        local.roomId = roomId;
        local.role = role;
      }),
    exitRoom: () =>
      call('exitRoom', undefined, async () => {
        if (local.roomId === undefined && local.joiningRoomId === undefined) return;
        // TRTC leaves locally at once; if the request is lost the cloud drops the missing heartbeats.
        local.leaveRoom();
        device.heartbeatsChanged();
        await device.request('liveMedia.exitRoom', null);
      }),
    switchRole: (params) =>
      call('switchRole', params, async () => {
        inRoom();
        await device.request('liveMedia.switchRole', params);
        local.role = params.role;
        if (params.role === 'audience') local.streamId = undefined;
      }),
    startPublish: (params) =>
      call('startPublish', params, async () => {
        inRoom();
        if (local.role !== 'anchor') {
          throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'startPublish: switch to the anchor role first');
        }
        await device.request('liveMedia.publish', params);
        local.streamId = params.streamId;
      }),
    stopPublish: () =>
      call('stopPublish', undefined, async () => {
        if (local.streamId === undefined) return;
        await device.request('liveMedia.unpublish', null);
        local.streamId = undefined;
      }),
    startPlay: (params) =>
      call('startPlay', params, () => {
        checkView(params.view);
        if (!deps.publishes(inRoom(), params.userId)) {
          throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${params.userId} publishes nothing in this room`);
        }
        local.play(params.userId, params.view);
      }),
    stopPlay: (params) =>
      call('stopPlay', params, () => {
        local.stopPlay(params.userId);
      }),
    connectOtherRoom: (params) =>
      call('connectOtherRoom', params, async () => {
        inRoom();
        await device.request('liveMedia.connectOtherRoom', params);
      }),
    disconnectOtherRoom: () =>
      call('disconnectOtherRoom', undefined, async () => {
        inRoom();
        await device.request('liveMedia.disconnectOtherRoom', null);
      }),
    switchCamera: (params) =>
      call('switchCamera', params, () => {
        local.frontCamera = params.isFront;
      }),
    setMirror: (params) =>
      call('setMirror', params, () => {
        local.mirror = params.isMirror;
      }),
    muteLocalAudio: (params) =>
      call('muteLocalAudio', params, () => {
        local.micMuted = params.isMute;
      }),
    muteRemoteAudio: (params) =>
      call('muteRemoteAudio', params, () => {
        inRoom();
        local.muteRemote(params.userId, params.isMute);
      }),
    muteAllRemoteAudio: (params) =>
      call('muteAllRemoteAudio', params, () => {
        inRoom();
        local.allRemoteMuted = params.isMute;
      }),
  };
}

function checkView(view: unknown): void {
  if (!fakeViewRule.check(view)) throw invalidParameter('view', fakeViewRule.explain(view));
}
