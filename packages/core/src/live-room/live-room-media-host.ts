import type { LiveRoomEvent } from '../domain/live-room-events.js';
import type { MediaHost, MediaStage } from '../media/media-host.js';
import { mediaHostOf } from '../media/media-host-of.js';
import type { EventHub, ValueHub } from '../ports/event-hub.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LiveRoomState, LiveRoomStatus } from './live-room-state.js';

const STAGES: Readonly<Record<LiveRoomStatus, MediaStage>> = {
  loggedOut: 'loggedOut',
  loggingIn: 'loggedOut',
  outside: 'loggedIn',
  creating: 'loggedIn',
  entering: 'loggedIn',
  leaving: 'loggedIn',
  loggingOut: 'loggedIn',
  previewing: 'inMedia',
  watching: 'inMedia',
  requesting: 'inMedia',
  live: 'publishing',
  linkMic: 'publishing',
  requestingPK: 'publishing',
  respondingPK: 'publishing',
  inPK: 'publishing',
  linked: 'publishing',
  destroyed: 'destroyed',
};

/**
 * What the media controls allow in a live-room status: `'publishing'` where a screen share may
 * start (an anchor or co-host who publishes). Apps and tests read the rule here, not a copy of it.
 */
export const liveRoomMediaStage = (status: LiveRoomStatus): MediaStage => STAGES[status];

/** What a live-room instance gives `media: mediaControls` (kept here so createLiveRoom stays small). */
export function liveRoomMediaHost<View>(
  room: {
    readonly state: ValueHub<LiveRoomState>;
    readonly events: EventHub<LiveRoomEvent>;
    readonly adapter: LiveRoomAdapter<View>;
  },
  adapter: LiveRoomAdapter<View>,
): MediaHost<View, LiveRoomState> {
  return mediaHostOf(room, adapter, (event) => room.events.next(event as unknown as LiveRoomEvent), {
    stages: STAGES,
    publishingRule: 'only an anchor or co-host who publishes (live, linkMic, inPK, linked)',
    remoteView: { start: 'startPlay', stop: 'stopPlay' },
  });
}
