import type { CallingEvent } from '../domain/calling-events.js';
import type { MediaHost, MediaStage } from '../media/media-host.js';
import { mediaHostOf } from '../media/media-host-of.js';
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
  return mediaHostOf(c, adapter, (event) => c.machineEvents.next(event as unknown as CallingEvent), {
    stages: STAGES,
    publishingRule: 'only in a call (inCall)',
    remoteView: { start: 'startRemoteView', stop: 'stopRemoteView' },
  });
}
