import type { TrtcSmartError } from '@trtc-smart/core';
import { fromNativeErr, malformed, shown } from '../errors.js';
import { isNativeErr } from '../native-call.js';
import { isPayload, type Payload } from './fields.js';

/** What one listener callback carried. */
export type ListenerPayload =
  | { readonly kind: 'event'; readonly eventType: string; readonly payload: Payload }
  /** Some builds first answer the setter itself with `{status: true}`: not an event. */
  | { readonly kind: 'ack' }
  | { readonly kind: 'error'; readonly error: TrtcSmartError };

/** Checks a listener callback's `(ret, err)`: `ret {eventType, …}`, or a native `err {code, msg}`. */
export function listenerPayload(listener: string, ret: unknown, err: unknown): ListenerPayload {
  if (isPayload(ret)) {
    const { eventType } = ret;
    if (typeof eventType === 'string') return { kind: 'event', eventType, payload: ret };
    if (ret.status === true && eventType === undefined) return { kind: 'ack' };
    return { kind: 'error', error: malformed(`${listener}: eventType must be a string (got ${shown(ret)})`) };
  }
  if (isNativeErr(err)) return { kind: 'error', error: fromNativeErr(listener, err) };
  return {
    kind: 'error',
    error: malformed(
      `${listener}: the callback had neither ret {eventType} nor err {code, msg} (ret ${shown(ret)}, err ${shown(err)})`,
    ),
  };
}
