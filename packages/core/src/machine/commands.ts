import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { OpRegistry } from './ops.js';

interface CommandTarget<TEvent> {
  getSnapshot(): { can(event: TEvent): boolean };
  send(event: TEvent): void;
}

/** A command as a method gives it: the opId that ties its outcome to the method's promise is added here. */
export type WithoutOpId<C> = C extends unknown ? Omit<C, 'opId'> : never;

/** Sends a command and settles when the machine reports its outcome. */
export function sendCommand<TEvent, TCommand extends TEvent & { readonly opId: number }>(
  actor: CommandTarget<TEvent>,
  ops: OpRegistry,
  assertAllowed: (method: string, event: TEvent) => void,
  method: string,
  command: WithoutOpId<TCommand>,
): Promise<void> {
  const event = { ...command, opId: ops.nextId() } as TCommand;
  assertAllowed(method, event);
  return ops.wait(event.opId, () => actor.send(event));
}

/**
 * Runs port work the machine allowed, then records its result; a failure changes nothing. Work the
 * machine can no longer take when it is done (overtaken) is undone, so the device never does what
 * the state does not say (a stop overtaken by a PK request left a stream its SDK said was on).
 */
export async function runDeviceCommand<TEvent>(
  actor: CommandTarget<TEvent>,
  assertAllowed: (method: string, event: TEvent) => void,
  /** What makes a finished device command moot, for its CANCELLED message (e.g. 'the call ended'). */
  overtakenBy: string,
  method: string,
  event: TEvent,
  run: () => Promise<void>,
  undo?: () => Promise<void>,
): Promise<void> {
  assertAllowed(method, event);
  try {
    await run();
  } catch (error) {
    throw toTrtcSmartError(error);
  }
  if (!actor.getSnapshot().can(event)) {
    await undo?.().catch(() => undefined);
    throw new TrtcSmartError(ErrorCode.CANCELLED, `${method}: ${overtakenBy} meanwhile`);
  }
  actor.send(event);
}

/** A method called on a destroyed instance. */
export const destroyedError = (method: string): TrtcSmartError =>
  new TrtcSmartError(ErrorCode.DESTROYED, `${method}: the instance was destroyed`);

/** The rule a second login breaks, in both APIs. */
export const alreadyLoggedIn = (userId: string | null): string => `already logged in as ${userId}`;

/** A method its machine's state does not take: log in first, or which states do (`rule`). */
export function notAllowedError(method: string, status: string, rule?: string): TrtcSmartError {
  if (status === 'loggedOut' && method !== 'login') {
    return new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, `${method}: log in first`);
  }
  const why = rule === undefined ? '' : ` (${rule})`;
  return new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: not allowed while ${status}${why}`);
}
