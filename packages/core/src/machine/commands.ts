import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';
import type { OpRegistry } from './ops.js';

interface CommandTarget<TEvent> {
  getSnapshot(): { can(event: TEvent): boolean };
  send(event: TEvent): void;
}

/** Sends a command and settles when the machine reports its outcome. */
export function sendCommand<TEvent, TCommand extends TEvent>(
  actor: CommandTarget<TEvent>,
  ops: OpRegistry,
  assertAllowed: (method: string, event: TEvent) => void,
  method: string,
  make: (opId: number) => TCommand & { readonly opId: number },
): Promise<void> {
  const event = make(ops.nextId());
  assertAllowed(method, event);
  return ops.wait(event.opId, () => actor.send(event));
}

/** Runs port work the machine allowed, then records its result; a failure changes nothing. */
export async function runDeviceCommand<TEvent>(
  actor: CommandTarget<TEvent>,
  assertAllowed: (method: string, event: TEvent) => void,
  /** What makes a finished device command moot, for its CANCELLED message (e.g. 'the call ended'). */
  overtakenBy: string,
  method: string,
  event: TEvent,
  run: () => Promise<void>,
): Promise<void> {
  assertAllowed(method, event);
  try {
    await run();
  } catch (error) {
    throw toTrtcSmartError(error);
  }
  if (!actor.getSnapshot().can(event)) {
    throw new TrtcSmartError(ErrorCode.CANCELLED, `${method}: ${overtakenBy} meanwhile`);
  }
  actor.send(event);
}

/**
 * How the promise APIs drive their machine: a `command` the machine carries out and settles, and
 * `device` work the API does itself once the machine allowed it, recorded only if it succeeded.
 * (The same two as plain functions, sendCommand and runDeviceCommand, for an API whose methods are
 * shared on a prototype rather than closures per instance.)
 */
export function commandRunner<TEvent, TCommand extends TEvent>(
  actor: CommandTarget<TEvent>,
  ops: OpRegistry,
  assertAllowed: (method: string, event: TEvent) => void,
  /** What makes a finished device command moot, for its CANCELLED message (e.g. 'the call ended'). */
  overtakenBy: string,
) {
  return {
    /** Sends a command and settles when the machine reports its outcome. */
    command(method: string, make: (opId: number) => TCommand & { readonly opId: number }): Promise<void> {
      return sendCommand(actor, ops, assertAllowed, method, make);
    },
    /** Runs port work the machine allowed, then records its result; a failure changes nothing. */
    device(method: string, event: TEvent, run: () => Promise<void>): Promise<void> {
      return runDeviceCommand(actor, assertAllowed, overtakenBy, method, event, run);
    },
  };
}
