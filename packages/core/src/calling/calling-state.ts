import type { SnapshotFrom } from 'xstate';
import type { ActiveCall, Devices, LastCall } from './call-context.js';
import type { CallMachine } from './call-machine.js';

export type CallStatus =
  | 'loggedOut'
  | 'loggingIn'
  | 'idle'
  | 'dialing'
  | 'ringing'
  | 'connecting'
  | 'inCall'
  | 'loggingOut'
  | 'destroyed';

/** What an app renders: the machine's state, flattened. */
export interface CallingState {
  readonly status: CallStatus;
  readonly userId: string | null;
  readonly call: ActiveCall | null;
  readonly devices: Devices;
  readonly lastCall: LastCall | null;
}

const ACTIVE_STATUSES = ['dialing', 'connecting', 'inCall'] as const;
const TOP_STATUSES = ['loggedOut', 'loggingIn', 'loggingOut', 'destroyed'] as const;

export function callStatusOf(snapshot: SnapshotFrom<CallMachine>): CallStatus {
  for (const status of TOP_STATUSES) if (snapshot.matches(status)) return status;
  if (snapshot.matches({ loggedIn: 'ringing' })) return 'ringing';
  for (const status of ACTIVE_STATUSES) if (snapshot.matches({ loggedIn: { active: status } })) return status;
  return 'idle';
}

export function callingStateOf(snapshot: SnapshotFrom<CallMachine>): CallingState {
  const { userId, call, devices, lastCall } = snapshot.context;
  return { status: callStatusOf(snapshot), userId, call, devices, lastCall };
}
