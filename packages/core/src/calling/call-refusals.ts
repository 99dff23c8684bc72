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

const NO_CALL = 'there is no call';
const RINGING = 'a call is ringing (accept or reject it first)';
const ANSWER_FIRST = 'answer the call first';

function ruleBroken(event: CallMachineEvent, status: string, context: CallingContext): string | undefined {
  const { call, userId } = context;
  if (event.type === 'LOGIN') {
    if (status === 'loggingIn') return `already logging in as ${userId}`;
    return status === 'loggedOut' || status === 'loggingOut' ? undefined : alreadyLoggedIn(userId);
  }
  // Logged out, logging in or out: the status is the whole reason.
  if (status.startsWith('logg')) return undefined;
  switch (event.type) {
    case 'CALL':
      return status === 'ringing' ? RINGING : 'already in a call (hang up first)';
    case 'INVITEES_ADDED': {
      if (status === 'ringing') return RINGING;
      const present = event.invitees.find((id) => isActive(call?.participants[id]?.status ?? 'left'));
      return present === undefined ? undefined : `${present} is already in this call`;
    }
    case 'ACCEPT':
    case 'REJECT':
      return 'no call is ringing';
  }
  if (!call) return NO_CALL;
  switch (event.type) {
    case 'REMOTE_VIEW':
      return status === 'ringing' ? ANSWER_FIRST : `${event.userId} is not in this call`;
    case 'SWITCHED_TO_AUDIO':
      if (status === 'ringing') return ANSWER_FIRST;
      return isVideoCall(call) ? undefined : 'this is already an audio call';
    case 'CAMERA_CHANGED':
      return isVideoCall(call) ? undefined : 'this is an audio call';
  }
  return undefined;
}
