import type { Subscription } from 'rxjs';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LiveSignalingEvent } from '../ports/live-signaling.port.js';
import type { LivePortEvent } from './live-machine-events.js';

export type RoomMessage = Extract<LiveSignalingEvent, { type: 'roomMessage' }>;

/**
 * Subscribes to the adapter's three event streams: state-changing events go to the machine under
 * their port's prefix (1:1 messages by their own type, `peer.joinAnchorRequest` …); room messages,
 * which change no state, go straight to `roomMessage`. One plain subscription per port instead of
 * an invoked child actor and operator chains: a room of 10,000 instances pays for each object.
 */
export function subscribePortEvents(
  adapter: LiveRoomAdapter,
  toMachine: (event: LivePortEvent) => void,
  roomMessage: (event: RoomMessage) => void,
): Subscription {
  const subscription = adapter.session.events$.subscribe((e) =>
    toMachine({ ...e, type: `session.${e.type}` } as LivePortEvent),
  );
  subscription.add(
    adapter.liveSignaling.events$.subscribe((e) => {
      if (e.type === 'roomMessage') roomMessage(e);
      else if (e.type === 'peerMessage')
        toMachine({ ...e.message, from: e.from, type: `peer.${e.message.type}` } as LivePortEvent);
      else toMachine({ ...e, type: `sig.${e.type}` } as LivePortEvent);
    }),
  );
  subscription.add(
    adapter.liveMedia.events$.subscribe((e) => toMachine({ ...e, type: `media.${e.type}` } as LivePortEvent)),
  );
  return subscription;
}
