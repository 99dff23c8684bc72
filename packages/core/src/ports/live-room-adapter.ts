import type { ViewRule } from '../domain/view.js';
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
}
