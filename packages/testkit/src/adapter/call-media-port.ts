import {
  type CallMediaPort,
  type CallType,
  ErrorCode,
  MAX_ROOM_ID,
  MIN_ROOM_ID,
  TrtcSmartError,
  USER_ID_PATTERN,
  USER_ID_RULE,
} from '@trtc-smart/core';
import { invalidParameter } from '@trtc-smart/core/adapter-kit';
import type { Trace } from '../cloud/trace.js';
import type { ClientDevice } from './client-device.js';
import { type FakeView, fakeViewRule } from './fake-view.js';
import { tracedCall } from './traced-call.js';

export interface CallMediaPortDeps {
  readonly trace: Trace;
  /** Whether the cloud's room holds this user (remote views need a stream to play). */
  readonly roomHas: (roomId: number, userId: string) => boolean;
}

/**
 * enterRoom / exitRoom and publishing changes travel to the cloud; switching cameras, the audio
 * route and remote views are local SDK state.
 */
export function createCallMediaPort(device: ClientDevice, deps: CallMediaPortDeps): CallMediaPort<FakeView> {
  const { media } = device;
  const call = (method: string, params: unknown, run: () => Promise<void>) =>
    tracedCall(deps.trace, device.id, `callMedia.${method}`, params, async () => {
      device.requireTrtcLogin();
      await run();
    });
  /** Tells the room what this device now publishes, when it is in one. */
  const publish = async (before: { audio: boolean; video: boolean }) => {
    const after = media.publishing();
    if (media.roomId === undefined || (after.audio === before.audio && after.video === before.video)) return;
    await device.request('callMedia.publish', after);
  };
  return {
    events$: device.media$.asObservable(),
    enterRoom: (params: { readonly roomId: number; readonly userId: string; readonly callType: CallType }) =>
      call('enterRoom', params, async () => {
        const { roomId, userId, callType } = params;
        if (!Number.isInteger(roomId) || roomId < MIN_ROOM_ID || roomId > MAX_ROOM_ID) {
          throw invalidParameter('roomId', `must be an integer ${MIN_ROOM_ID}..${MAX_ROOM_ID}`);
        }
        if (!USER_ID_PATTERN.test(userId)) throw invalidParameter('userId', USER_ID_RULE);
        if (userId !== device.trtcUserId) throw invalidParameter('userId', 'must be the logged-in user');
        if (callType !== 1 && callType !== 2)
          throw invalidParameter('callType', 'must be 1 (video) or 2 (audio)');
        media.joiningRoomId = roomId;
        try {
          await device.request('callMedia.enterRoom', { roomId, callType, ...media.publishing() });
        } catch (error) {
          // Heartbeats stop: a join the cloud did hear is dropped after mediaTimeoutMs.
          if (media.joiningRoomId === roomId) media.joiningRoomId = undefined;
          device.heartbeatsChanged();
          throw error;
        }
        if (media.joiningRoomId !== roomId) throw device.abandonEntry(media, 'callMedia.exitRoom', roomId);
        media.joiningRoomId = undefined;
        media.roomId = roomId;
        media.callType = callType;
      }),
    exitRoom: () =>
      call('exitRoom', undefined, async () => {
        if (media.roomId === undefined && media.joiningRoomId === undefined) return;
        // TRTC leaves locally at once; the request tells the room. If it is lost, the cloud
        // notices the missing heartbeats and drops the member after mediaTimeoutMs.
        device.leftRoom();
        await device.request('callMedia.exitRoom', null);
      }),
    openCamera: (params: { readonly isFront: boolean; readonly view: FakeView }) =>
      call('openCamera', params, async () => {
        checkView('view', params.view);
        const before = media.publishing();
        media.cameraOn = true;
        media.frontCamera = params.isFront;
        media.localView = params.view;
        await publish(before);
      }),
    closeCamera: () =>
      call('closeCamera', undefined, async () => {
        const before = media.publishing();
        media.cameraOn = false;
        media.localView = undefined;
        await publish(before);
      }),
    switchCamera: (params: { readonly isFront: boolean }) =>
      call('switchCamera', params, async () => {
        media.frontCamera = params.isFront;
      }),
    setMicMute: (params: { readonly isMute: boolean }) =>
      call('setMicMute', params, async () => {
        const before = media.publishing();
        media.micMuted = params.isMute;
        await publish(before);
      }),
    setHandsFree: (params: { readonly isHandsFree: boolean }) =>
      call('setHandsFree', params, async () => {
        media.handsFree = params.isHandsFree;
      }),
    startRemoteView: (params: { readonly userId: string; readonly view: FakeView }) =>
      call('startRemoteView', params, async () => {
        checkView('view', params.view);
        if (media.roomId === undefined || !deps.roomHas(media.roomId, params.userId)) {
          throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${params.userId} is not in the room`);
        }
        media.remoteViews.set(params.userId, params.view);
      }),
    stopRemoteView: (params: { readonly userId: string }) =>
      call('stopRemoteView', params, async () => {
        media.remoteViews.delete(params.userId);
      }),
  };
}

function checkView(field: string, view: unknown): void {
  if (!fakeViewRule.check(view)) throw invalidParameter(field, fakeViewRule.explain(view));
}
