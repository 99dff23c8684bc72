import type {
  CallMediaPort,
  CallSignalingPort,
  LiveMediaPort,
  LiveSignalingPort,
  SessionPort,
} from '@trtc-smart/core';
import type { MediaControlsPort } from '@trtc-smart/core/media';

/** The six ports of core the plugin carries: what the web implementation serves and the adapter rebuilds. */
export interface PluginPorts<View> {
  readonly session: SessionPort;
  readonly callSignaling: CallSignalingPort;
  readonly callMedia: CallMediaPort<View>;
  readonly liveSignaling: LiveSignalingPort;
  readonly liveMedia: LiveMediaPort<View>;
  /** The media controls (music, beauty, background, devices, screen share, statistics). */
  readonly media: MediaControlsPort<View>;
}

export type PortName = keyof PluginPorts<unknown>;

export const PORT_NAMES: readonly PortName[] = [
  'session',
  'callSignaling',
  'callMedia',
  'liveSignaling',
  'liveMedia',
  'media',
];
