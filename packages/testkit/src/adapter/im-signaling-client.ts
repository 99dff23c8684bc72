import type { Observable } from 'rxjs';
import type { ImInviteParams, ImSignalingEvent } from '../cloud/im-signaling.js';
import type { Trace } from '../cloud/trace.js';
import type { ClientDevice } from './client-device.js';
import { tracedCall } from './traced-call.js';

/**
 * A device's IM invitation calls at the SDK's level, on the same link, session and clock as its
 * ports: what a chat SDK double needs to behave like chat's signaling on the fake cloud.
 */
export interface ImSignalingClient {
  /** Sends an invitation (chat SDK's TSignaling invite). */
  invite(params: ImInviteParams): Promise<{ readonly inviteID: string }>;
  /** Accepts an invitation. */
  accept(params: { readonly inviteID: string; readonly data: string }): Promise<void>;
  /** Refuses an invitation. */
  reject(params: { readonly inviteID: string; readonly data: string }): Promise<void>;
  /** Withdraws an invitation this user sent. */
  cancel(params: { readonly inviteID: string; readonly data: string }): Promise<void>;
  readonly events$: Observable<ImSignalingEvent>;
}

export function createImSignalingClient(device: ClientDevice, trace: Trace): ImSignalingClient {
  const call = <T>(method: string, params: unknown, read: (value: unknown) => T) =>
    tracedCall(trace, device.id, `im.${method}`, params, async () => {
      device.requireLogin();
      return read(await device.request(`im.${method}`, params));
    });
  const none = () => undefined;
  return {
    events$: device.im$.asObservable(),
    invite: (params) =>
      call('invite', params, (value) => ({ inviteID: String((value as { inviteID: unknown }).inviteID) })),
    accept: (params) => call('accept', params, none),
    reject: (params) => call('reject', params, none),
    cancel: (params) => call('cancel', params, none),
  };
}
