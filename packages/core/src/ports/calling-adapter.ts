import type { ViewRule } from '../domain/view.js';
import type { MediaControlsPort } from '../media/media-port.js';
import type { CallMediaPort } from './call-media.port.js';
import type { CallSignalingPort } from './call-signaling.port.js';
import type { ClockPort, RandomPort } from './clock.port.js';
import type { SessionPort } from './session.port.js';

/** Everything createCalling needs from a platform. */
export interface CallingAdapter<View = unknown> {
  readonly session: SessionPort;
  readonly callSignaling: CallSignalingPort;
  readonly callMedia: CallMediaPort<View>;
  readonly clock: ClockPort;
  readonly random: RandomPort;
  readonly views: ViewRule<View>;
  /** Music, beauty, background, devices, screen share, statistics; without it they reject NOT_SUPPORTED. */
  readonly media?: MediaControlsPort<View>;
}
