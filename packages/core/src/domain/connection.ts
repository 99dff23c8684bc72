/**
 * A link to the cloud as an app shows it: `reconnecting` while the Tencent SDK retries through a
 * blip (the call or room goes on), `disconnected` when there is none.
 */
export type LinkState = 'connected' | 'reconnecting' | 'disconnected';

/** Media is the TRTC room (its CONNECTION_STATE_CHANGED); signaling is IM (its NET_STATE_CHANGE). */
export interface ConnectionStates {
  readonly media: LinkState;
  readonly signaling: LinkState;
}

/** Beyond the seed, in both listeners: a link started or stopped reconnecting. */
export interface ConnectionChangedEvent {
  readonly eventType: 'onConnectionChanged';
  readonly scope: keyof ConnectionStates;
  readonly state: LinkState;
}
