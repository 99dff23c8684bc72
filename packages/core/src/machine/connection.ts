import type { ConnectionChangedEvent, ConnectionStates, LinkState } from '../domain/connection.js';
import type { ConnectionState } from '../ports/session.port.js';

/** Logged out, outside any room. Shared by every instance (the context is replaced, never mutated). */
export const NOT_CONNECTED: ConnectionStates = Object.freeze({
  media: 'disconnected',
  signaling: 'disconnected',
});

/** The delayed event that ends a call or room whose own media link stayed down for the grace. */
export const MEDIA_GRACE_TIMER = 'media-grace';

/** IM's NET_STATE_CHANGE, as a link state: its SDK retries by itself while "connecting". */
export const signalingLink = (state: ConnectionState): LinkState =>
  state === 'connecting' ? 'reconnecting' : state;

/** One link's new state and the event telling the app; null when it did not change. */
export function relink(
  connection: ConnectionStates,
  scope: keyof ConnectionStates,
  state: LinkState,
): { readonly connection: ConnectionStates; readonly event: ConnectionChangedEvent } | null {
  if (connection[scope] === state) return null;
  return {
    connection: { ...connection, [scope]: state },
    event: { eventType: 'onConnectionChanged', scope, state },
  };
}
