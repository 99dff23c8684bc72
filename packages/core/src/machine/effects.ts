import { type TrtcSmartError, toTrtcSmartError } from '../domain/errors.js';

/** A fire-and-forget effect (leave a room, send a signal) failed: reported, never blocking. */
export type EffectFailed = { readonly type: 'EFFECT_FAILED'; readonly error: TrtcSmartError };

/** The actor that started an effect; a failure after it stopped (destroyed) has nobody to tell. */
export interface EffectTarget {
  /** Reports the failure to the machine. */
  send(event: EffectFailed): void;
  /** Whether the actor still runs (`active`). */
  getSnapshot(): { readonly status: string };
}

/** Runs a machine's fire-and-forget port work and remembers it until it is done. */
export interface EffectRunner {
  /** Starts the work; a failure comes back to the machine as EFFECT_FAILED. */
  run(self: EffectTarget, work: () => Promise<unknown>): void;
  /** Resolves once every effect started so far has finished (logout waits for the last signals). */
  settle(): Promise<unknown>;
}

export function createEffectRunner(): EffectRunner {
  // Only while effects run: a crowd of idle instances keeps no set each. (Closures, not a class:
  // callers hand `settle` around unbound.)
  let inflight: Set<Promise<unknown>> | undefined;
  return {
    run(self, work) {
      // Started after the machine's step: a port that works synchronously (a native bridge that
      // drives its own engine) must not re-enter the action that started it.
      const p = Promise.resolve()
        .then(work)
        .then(
          () => undefined,
          (error: unknown) => {
            if (self.getSnapshot().status === 'active') {
              self.send({ type: 'EFFECT_FAILED', error: toTrtcSmartError(error) });
            }
          },
        );
      inflight ??= new Set();
      const running = inflight;
      running.add(p);
      void p.finally(() => {
        running.delete(p);
        if (running.size === 0 && inflight === running) inflight = undefined;
      });
    },
    settle: () => Promise.allSettled(inflight ? [...inflight] : []),
  };
}
