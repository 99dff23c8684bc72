import type { CallingEvent } from '../domain/calling-events.js';
import type { MediaHost, MediaStage } from '../media/media-host.js';
import type { MediaEvent } from '../media/media-types.js';
import type { CallingAdapter } from '../ports/calling-adapter.js';
import type { EventHub, ValueHub } from '../ports/event-hub.js';
import type { CallingState, CallStatus } from './calling-state.js';

const STAGES: Readonly<Record<CallStatus, MediaStage>> = {
  loggedOut: 'loggedOut',
  loggingIn: 'loggedOut',
  idle: 'loggedIn',
  ringing: 'loggedIn',
  loggingOut: 'loggedIn',
  dialing: 'inMedia',
  connecting: 'inMedia',
  inCall: 'publishing',
  destroyed: 'destroyed',
};

/** What a calling instance gives `media: mediaControls` (kept here so createCalling stays small). */
export function callingMediaHost<View>(
  c: {
    readonly state: ValueHub<CallingState>;
    readonly machineEvents: EventHub<CallingEvent>;
    readonly adapter: CallingAdapter<View>;
  },
  adapter: CallingAdapter<View>,
): MediaHost<View, CallingState> {
  return {
    port: adapter.media,
    clock: c.adapter.clock,
    views: c.adapter.views,
    state$: c.state.asObservable(),
    getState: () => c.state.getValue(),
    stage: (s) => STAGES[s.status],
    publishingRule: 'only in a call (inCall)',
    // Media events share the seed listener's stream: the seed's one callback gets them too.
    emit: (event: MediaEvent) => c.machineEvents.next(event as unknown as CallingEvent),
    target: c,
    remoteView: { start: 'startRemoteView', stop: 'stopRemoteView' },
  };
}
