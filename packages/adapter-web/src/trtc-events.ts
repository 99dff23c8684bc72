import type { ConnectionState, TRTCEventTypes } from 'trtc-sdk-v5';
import type { TrtcClient } from './sdk.js';

/** Values of TRTC's const enums (PEER_LEAVE_REASON.TIMEOUT_LEAVE, ConnectionState.DISCONNECTED), spelled here. */
export const TIMEOUT_LEAVE = 1;
export const DISCONNECTED = 'DISCONNECTED' as ConnectionState.DISCONNECTED;

/** Subscribes a typed TRTC handler; returns the unsubscribe. */
export function on<E extends keyof TRTCEventTypes>(
  trtc: TrtcClient,
  event: E,
  handler: (...args: TRTCEventTypes[E]) => void,
): () => void {
  trtc.on(event, handler);
  return () => trtc.off(event, handler);
}
