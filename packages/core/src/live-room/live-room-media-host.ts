import type { LiveRoomEvent } from '../domain/live-room-events.js';
import type { MediaHost, MediaStage } from '../media/media-host.js';
import type { MediaEvent } from '../media/media-types.js';
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

/** What a live-room instance gives `media: mediaControls` (kept here so createLiveRoom stays small). */
export function liveRoomMediaHost<View>(
  room: {
    readonly state: ValueHub<LiveRoomState>;
    readonly events: EventHub<LiveRoomEvent>;
    readonly adapter: LiveRoomAdapter<View>;
  },
  adapter: LiveRoomAdapter<View>,
): MediaHost<View, LiveRoomState> {
  return {
    port: adapter.media,
    clock: room.adapter.clock,
    views: room.adapter.views,
    state$: room.state.asObservable(),
    getState: () => room.state.getValue(),
    stage: (s) => STAGES[s.status],
    publishingRule: 'only an anchor or co-host who publishes (live, linkMic, inPK, linked)',
    // Media events share the seed listener's stream: the seed's one callback gets them too.
    emit: (event: MediaEvent) => room.events.next(event as unknown as LiveRoomEvent),
    target: room,
    remoteView: { start: 'startPlay', stop: 'stopPlay' },
  };
}
