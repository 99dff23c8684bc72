import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';

/** What a machine emits when an API operation it was given is over. */
export type OpSettled = { readonly type: 'op'; readonly opId: number; readonly error: TrtcSmartError | null };

/** True for events other than an invoked actor's own result (the state was left for another reason). */
export const notOwnInvokeResult = (type: string): boolean =>
  !type.startsWith('xstate.done.actor.') && !type.startsWith('xstate.error.actor.');

/**
 * The API side of "a promise per operation": each command carries an opId, the machine emits
 * `{type: 'op', opId, error}` when it is over, and the promise the app awaits settles.
 */
export class OpRegistry {
  readonly #pending = new Map<number, { resolve(): void; reject(error: TrtcSmartError): void }>();
  #nextOpId = 1;

  nextId(): number {
    return this.#nextOpId++;
  }

  /** Runs `send` and waits for the op's outcome. */
  wait(opId: number, send: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending.set(opId, { resolve, reject });
      send();
    });
  }

  settle({ opId, error }: OpSettled): void {
    const deferred = this.#pending.get(opId);
    if (!deferred) return;
    this.#pending.delete(opId);
    if (error) deferred.reject(error);
    else deferred.resolve();
  }

  /** The instance is gone: nothing will settle the rest. */
  rejectAll(): void {
    for (const deferred of this.#pending.values()) {
      deferred.reject(new TrtcSmartError(ErrorCode.DESTROYED, 'the instance was destroyed'));
    }
    this.#pending.clear();
  }
}

/** Turns a synchronous throw (bad input, wrong state) into a rejected promise. */
export function attempt<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (error) {
    return Promise.reject(toTrtcSmartError(error));
  }
}
