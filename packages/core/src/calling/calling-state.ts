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

/** The statuses with a call: `call` is set in these and only these. */
export type CallActiveStatus = 'dialing' | 'ringing' | 'connecting' | 'inCall';

/** One member of the CallingState union: which `userId` and `call` go with which `status`. */
export interface CallingStateOf<S extends CallStatus, U extends string | null, C extends ActiveCall | null> {
  /** Where the machine is: checking it narrows `userId` and `call`. */
  readonly status: S;
  /** The logged-in user; null only while logged out. */
  readonly userId: U;
  /** The call under way, in the CallActiveStatus statuses only. */
  readonly call: C;
  /** Camera, microphone and speaker as the app last set them. */
  readonly devices: Devices;
  /** How the last call ended, until the next one starts. */
  readonly lastCall: LastCall | null;
  /** The TRTC (media) and IM (signaling) links: `reconnecting` while a blip lasts. */
  readonly connection: ConnectionStates;
}

/**
 * What an app renders: the machine's state, flattened. A union keyed on `status`, so checking the
 * status narrows the rest: after `s.status === 'inCall'`, `s.call` is an ActiveCall.
 */
export type CallingState =
  | CallingStateOf<'loggedOut', null, null>
  | CallingStateOf<'loggingIn' | 'idle' | 'loggingOut', string, null>
  | CallingStateOf<CallActiveStatus, string, ActiveCall>
  | CallingStateOf<'destroyed', string | null, null>;

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
  // The machine keeps the union's pairing (a call exactly in the active statuses, a user once logging in).
  return { status: callStatusOf(snapshot), userId, call, devices, lastCall, connection } as CallingState;
}
