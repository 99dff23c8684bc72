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
  /** Only while operations are pending: a crowd of idle instances keeps no map each. */
  private pending: Map<number, { resolve(): void; reject(error: TrtcSmartError): void }> | undefined;
  private nextOpId = 1;

  nextId(): number {
    return this.nextOpId++;
  }

  /** Runs `send` and waits for the op's outcome. */
  wait(opId: number, send: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending ??= new Map();
      this.pending.set(opId, { resolve, reject });
      send();
    });
  }

  settle({ opId, error }: OpSettled): void {
    const pending = this.pending;
    const deferred = pending?.get(opId);
    if (!pending || !deferred) return;
    pending.delete(opId);
    if (pending.size === 0) this.pending = undefined;
    if (error) deferred.reject(error);
    else deferred.resolve();
  }

  /** The instance is gone: nothing will settle the rest. */
  rejectAll(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    for (const deferred of pending.values()) {
      deferred.reject(new TrtcSmartError(ErrorCode.DESTROYED, 'the instance was destroyed'));
    }
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

/** The parts of XState's `enqueue` that settling an op needs. */
interface OpEnqueue {
  emit(event: OpSettled): void;
  assign(update: { pendingOp: null; failure?: TrtcSmartError }): void;
}

/** The three ways a machine settles the op its invoking state holds (`context.pendingOp`). */
export const settleOp = {
  /**
   * Done: the event's own op (a command settled in place) or the one the state held. A command
   * settled in place leaves the held op alone: that one is still running elsewhere in the machine.
   */
  ok(enqueue: OpEnqueue, pendingOp: number | null, event: object): void {
    const opId = 'opId' in event ? (event as { opId: number }).opId : pendingOp;
    if (opId !== null) enqueue.emit({ type: 'op', opId, error: null });
    if (pendingOp !== null && opId === pendingOp) enqueue.assign({ pendingOp: null }); // each assign costs a snapshot
  },
  /** The invoked work failed; the error is kept as the machine's `failure`. */
  failed(enqueue: OpEnqueue, pendingOp: number | null, event: { error?: unknown }): void {
    const error = toTrtcSmartError(event.error);
    if (pendingOp !== null) enqueue.emit({ type: 'op', opId: pendingOp, error });
    enqueue.assign({ pendingOp: null, failure: error });
  },
  /** The state was left for another reason than its own result; `completes` says if that event still fulfils the op. */
  interrupted(enqueue: OpEnqueue, pendingOp: number | null, eventType: string, completes: boolean): void {
    if (pendingOp === null || !notOwnInvokeResult(eventType)) return;
    const error = completes ? null : new TrtcSmartError(ErrorCode.CANCELLED, `overtaken by ${eventType}`);
    enqueue.emit({ type: 'op', opId: pendingOp, error });
    enqueue.assign({ pendingOp: null });
  },
};
