import type { CallEndReason } from '../domain/calling-events.js';
import type { CallMachineEvent } from './machine-events.js';

/**
 * Multi-terminal login: the invitation ringing here was answered by this account on another
 * device, which now owns the call. This one stops ringing and sends nothing (IM already told the
 * inviter). TUICallKit names these ends OtherDeviceAccepted / OtherDeviceReject.
 */
export const answeredElsewhereReason = (event: CallMachineEvent): CallEndReason =>
  (event as Extract<CallMachineEvent, { type: 'sig.answeredElsewhere' }>).accepted
    ? 'otherDeviceAccepted'
    : 'otherDeviceRejected';
