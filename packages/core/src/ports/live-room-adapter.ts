import type { ViewRule } from '../domain/view.js';
import type { MediaControlsPort } from '../media/media-port.js';
import type { ClockPort, RandomPort } from './clock.port.js';
import type { LiveMediaPort } from './live-media.port.js';
import type { LiveSignalingPort } from './live-signaling.port.js';
import type { SessionPort } from './session.port.js';

/**
 * Everything createLiveRoom needs from a platform. One object may implement this and
 * CallingAdapter together: they share the session, clock, random and views.
 */
export interface LiveRoomAdapter<View = unknown> {
  readonly session: SessionPort;
  readonly liveSignaling: LiveSignalingPort;
  readonly liveMedia: LiveMediaPort<View>;
  readonly clock: ClockPort;
  readonly random: RandomPort;
  readonly views: ViewRule<View>;
  /** Music, beauty, background, devices, screen share, statistics; without it they reject NOT_SUPPORTED. */
  readonly media?: MediaControlsPort<View>;
}
