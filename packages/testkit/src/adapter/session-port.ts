import type { LoginParams, SessionPort } from '@trtc-smart/core';
import type { Trace } from '../cloud/trace.js';
import type { ClientDevice } from './client-device.js';
import { tracedCall } from './traced-call.js';

export function createSessionPort(device: ClientDevice, trace: Trace): SessionPort {
  const call = <T>(method: string, params: unknown, run: () => Promise<T>) =>
    tracedCall(trace, device.id, `session.${method}`, params, run);
  return {
    events$: device.session$.asObservable(),
    login: (params: LoginParams) =>
      call('login', params, async () => {
        const wasLoggedIn = device.status === 'loggedIn';
        if (!wasLoggedIn) device.status = 'loggingIn';
        try {
          await device.request('session.login', params);
        } catch (error) {
          if (device.status === 'loggingIn') device.status = 'loggedOut';
          throw error;
        }
        // Another user: TRTC's room (kept through an expired userSig) was the previous user's.
        if (device.trtcUserId !== undefined && device.trtcUserId !== params.userId) device.leftRoom();
        device.status = 'loggedIn';
        device.userId = params.userId;
        device.trtcUserId = params.userId;
        device.emitConnection(device.isLinkUp() ? 'connected' : 'connecting');
      }),
    logout: () =>
      call('logout', undefined, async () => {
        if (device.status !== 'loggedIn') {
          // Already out of IM (kicked, expired): cleanup never fails; TRTC, kept by an expiry, stops.
          if (device.trtcUserId !== undefined) device.leftRoom();
          device.trtcUserId = undefined;
          return;
        }
        await device.request('session.logout', null);
        device.status = 'loggedOut';
        device.userId = undefined;
        device.trtcUserId = undefined;
        device.leftRoom();
        device.emitConnection('disconnected');
      }),
  };
}
