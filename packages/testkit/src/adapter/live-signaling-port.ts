import type { CreatedRoom, LiveRoomRecord, LiveSignalingPort, UserInfo } from '@trtc-smart/core';
import type { Trace } from '../cloud/trace.js';
import type { ClientDevice } from './client-device.js';
import { tracedCall } from './traced-call.js';

/** Every live signaling call is one IM request; the cloud keeps the rooms and fans messages out. */
export function createLiveSignalingPort(device: ClientDevice, trace: Trace): LiveSignalingPort {
  const call = <T>(method: string, params: unknown) =>
    tracedCall(trace, device.id, `liveSignaling.${method}`, params, async () => {
      device.requireLogin();
      return (await device.request(`liveSignaling.${method}`, params)) as T;
    });
  // The IM SDK sends one sender's messages one after another: they leave in the order sent.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = (params: unknown) => {
    const sent = queue.then(() => call<void>('sendRoomMessage', params));
    queue = sent.catch(() => undefined);
    return sent;
  };
  return {
    events$: device.live.signaling$.asObservable(),
    createRoom: (params) => call<CreatedRoom>('createRoom', params),
    destroyRoom: (params) => call<void>('destroyRoom', params),
    enterRoom: (params) => call<LiveRoomRecord>('enterRoom', params),
    exitRoom: (params) => call<void>('exitRoom', params),
    getRoomInfos: (params) => call<LiveRoomRecord[]>('getRoomInfos', params),
    getMembers: (params) => call<UserInfo[]>('getMembers', params),
    setRoomState: (params) => call<void>('setRoomState', params),
    sendRoomMessage: (params) => inOrder(params),
    sendPeerMessage: (params) => call<void>('sendPeerMessage', params),
    setSelfProfile: (params) => call<void>('setSelfProfile', params),
  };
}
