import {
  type CallSignalingPort,
  type InviteParams,
  type RejectReason,
  USER_ID_PATTERN,
  USER_ID_RULE,
} from '@trtc-smart/core';
import { invalidParameter } from '@trtc-smart/core/adapter-kit';
import type { Trace } from '../cloud/trace.js';
import type { ClientDevice } from './client-device.js';
import { tracedCall } from './traced-call.js';

/** Every signaling call is one IM request; the checks here are the ones the IM SDK makes locally. */
export function createCallSignalingPort(device: ClientDevice, trace: Trace): CallSignalingPort {
  const call = (method: string, params: unknown, check: () => void = () => undefined) =>
    tracedCall(trace, device.id, `callSignaling.${method}`, params, async () => {
      device.requireLogin();
      check();
      await device.request(`callSignaling.${method}`, params);
    });
  return {
    events$: device.signaling$.asObservable(),
    invite: (params: InviteParams) =>
      call('invite', params, () => {
        if (params.invitees.length === 0) throw invalidParameter('invitees', 'must not be empty');
        checkUserIds('invitees', params.invitees);
        checkUserIds('participants', params.participants);
        if (!(params.timeoutSec >= 0)) throw invalidParameter('timeoutSec', 'must be a number >= 0');
      }),
    accept: (params: { readonly roomId: number }) => call('accept', params),
    reject: (params: { readonly roomId: number; readonly reason: RejectReason }) => call('reject', params),
    cancel: (params: { readonly roomId: number; readonly invitees: readonly string[] }) =>
      call('cancel', params),
    hangup: (params: {
      readonly roomId: number;
      readonly userIds: readonly string[];
      readonly durationSec: number;
    }) => call('hangup', params),
    switchToAudio: (params: { readonly roomId: number; readonly userIds: readonly string[] }) =>
      call('switchToAudio', params),
  };
}

function checkUserIds(field: string, userIds: readonly string[]): void {
  for (const userId of userIds)
    if (!USER_ID_PATTERN.test(userId)) throw invalidParameter(field, USER_ID_RULE);
}
