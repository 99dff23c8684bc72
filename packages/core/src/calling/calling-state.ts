import type { SnapshotFrom, StateValue } from 'xstate';
import type { ConnectionStates } from '../domain/connection.js';
import type { ActiveCall, Devices, LastCall } from './call-context.js';
import type { CallMachine } from './call-machine.js';

/** Where a calling user is: `state$`'s `status`. */
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
  /** The TRTC (media) and IM (signaling) links: `reconnecting` while a blip lasts. */
  readonly connection: ConnectionStates;
}

/** Reads the status straight off the state value: this runs on every event, so no `matches()` walks. */
export function callStatusOf(snapshot: SnapshotFrom<CallMachine>): CallStatus {
  const value = snapshot.value as StateValue;
  if (typeof value === 'string') return value as CallStatus;
  const loggedIn = (value as { loggedIn?: StateValue }).loggedIn;
  if (typeof loggedIn === 'string') return loggedIn === 'ringing' ? 'ringing' : 'idle';
  const active = (loggedIn as { active?: StateValue } | undefined)?.active;
  const stage = typeof active === 'string' ? active : Object.keys(active ?? {})[0];
  return stage === 'dialing' || stage === 'connecting' || stage === 'inCall' ? stage : 'idle';
}

export function callingStateOf(snapshot: SnapshotFrom<CallMachine>): CallingState {
  const { userId, call, devices, lastCall, connection } = snapshot.context;
  return { status: callStatusOf(snapshot), userId, call, devices, lastCall, connection };
}
