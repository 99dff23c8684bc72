import type { SnapshotFrom } from 'xstate';
import { ErrorCode, TrtcSmartError } from '../domain/errors.js';
import { alreadyLoggedIn, notAllowedError } from '../machine/commands.js';
import type { CallingContext } from './call-context.js';
import type { CallMachine } from './call-machine.js';
import { isVideoCall } from './call-updates.js';
import { callStatusOf } from './calling-state.js';
import type { CallMachineEvent } from './machine-events.js';
import { isActive } from './participants.js';

/**
 * Why the call machine does not take a method's event now, in the words of the rule it breaks
 * ("openCamera: this is an audio call"); "not allowed while <status>" only where the status is the
 * whole reason (logging in or out).
 */
export function callRefusal(
  method: string,
  snapshot: SnapshotFrom<CallMachine>,
  event: CallMachineEvent,
): TrtcSmartError {
  const status = callStatusOf(snapshot);
  const rule = ruleBroken(event, status, snapshot.context);
  return rule === undefined
    ? notAllowedError(method, status)
    : new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: ${rule}`);
}

const RINGING = 'a call is ringing (accept or reject it first)';

function ruleBroken(event: CallMachineEvent, status: string, context: CallingContext): string | undefined {
  const { call, userId } = context;
  const { type } = event;
  // Logged out, logging in or out: the status is the whole reason.
  if (status.startsWith('logg')) return undefined;
  if (type === 'LOGIN') return alreadyLoggedIn(userId);
  if (type === 'ACCEPT' || type === 'REJECT') return 'no call is ringing';
  if (status === 'ringing' && type !== 'CAMERA_CHANGED') return RINGING;
  if (type === 'CALL') return 'already in a call (hang up first)';
  if (!call) return 'there is no call';
  if (type === 'INVITEES_ADDED') {
    const present = event.invitees.find((id) => isActive(call.participants[id]?.status ?? 'left'));
    return present && `${present} is already in this call`;
  }
  if (type === 'REMOTE_VIEW') return `${event.userId} is not in this call`;
  if (type === 'CAMERA_CHANGED' || type === 'SWITCHED_TO_AUDIO')
    return isVideoCall(call) ? undefined : 'this is an audio call';
  return undefined;
}
