import type { MediaConnectionState } from '@trtc-smart/core';
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

/**
 * TRTC's CONNECTION_STATE_CHANGED in a room this client is in, as the port tells it: CONNECTED ->
 * DISCONNECTED is a blip TRTC reconnects through (DISCONNECTED -> CONNECTING -> CONNECTED, per its
 * index.d.ts); CONNECTING -> DISCONNECTED is a reconnection that failed after its retries ('lost').
 */
export function roomConnection(
  prevState: ConnectionState,
  state: ConnectionState,
): MediaConnectionState | 'lost' {
  if (state === DISCONNECTED) return prevState === CONNECTED ? 'reconnecting' : 'lost';
  return state === CONNECTED ? 'connected' : 'reconnecting';
}

const CONNECTED = 'CONNECTED' as ConnectionState.CONNECTED;
