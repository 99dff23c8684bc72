import type { CallingEvent, CallStatus } from '@trtc-smart/core';
import type { CallingWithMedia, MediaEvent } from '@trtc-smart/core/media';
import { callingShapeViolation } from './state-shapes.js';

const IN_CALL: ReadonlySet<CallStatus> = new Set(['dialing', 'ringing', 'connecting', 'inCall']);

/** Events that belong to a call: none may come between its onCallEnd and the next call. */
const OF_A_CALL: ReadonlySet<(CallingEvent | MediaEvent)['eventType']> = new Set([
  'onReject',
  'onNoResp',
  'onLineBusy',
  'onCallingCancel',
  'onCallingTimeOut',
  'onGroupCallInviteeListUpdate',
  'onUserEnter',
  'onUserLeave',
  'onUserAudioAvailable',
  'onUserVideoAvailable',
  'onUserVoiceVolume',
  'onCallBegin',
  'onCallTypeChanged',
  // The media controls' events of a call's room.
  'onUserSubStreamAvailable',
  'onStatistics',
]);

/**
 * Watches one calling user: a call episode opens when the user enters a call state (or is
 * invited) and closes with its one onCallEnd. Violations are recorded as they happen.
 */
export class CallingRecorder {
  readonly violations: string[] = [];
  /** Every TRTC room id this user's calls used, to check the cloud's rooms at the end. */
  readonly roomIds = new Set<number>();
  #open = false;
  #status: CallStatus = 'loggedOut';
  readonly #user: string;
  readonly #now: () => number;

  constructor(user: string, calling: Pick<CallingWithMedia, 'state$' | 'events$'>, now: () => number) {
    this.#user = user;
    this.#now = now;
    calling.state$.subscribe((state) => {
      const shape = callingShapeViolation(state);
      if (shape) this.#violate(shape);
      if (state.call) this.roomIds.add(state.call.roomId);
      if (IN_CALL.has(state.status) && !IN_CALL.has(this.#status)) this.#open = true;
      this.#status = state.status;
    });
    calling.events$.subscribe((event) => this.#event(event));
  }

  #event(event: CallingEvent | MediaEvent): void {
    if (event.eventType === 'onInvited') this.#open = true;
    else if (event.eventType === 'onCallEnd') {
      if (!this.#open) this.#violate(`a second onCallEnd (${event.reason}) for one call`);
      this.#open = false;
    } else if (!this.#open && OF_A_CALL.has(event.eventType)) {
      this.#violate(`${event.eventType} ${JSON.stringify(event)} after its call ended`);
    }
  }

  /** At the end: the last call, if any, has had its onCallEnd. */
  finish(): void {
    if (this.#open) this.#violate('a call that began never got its onCallEnd');
  }

  #violate(what: string): void {
    this.violations.push(`${this.#user} @${this.#now()}: ${what}`);
  }
}
