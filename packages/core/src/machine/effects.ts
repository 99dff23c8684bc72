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

/**
 * Work that must reach the cloud in order: a call's IM signals (invitation or accept, then cancel,
 * reject or hang-up) and its TRTC room commands (entry, then exit).
 */
export type EffectLane = 'signals' | 'media';

/** Runs a machine's fire-and-forget port work and remembers it until it is done. */
export interface EffectRunner {
  /** Starts the work; a failure comes back to the machine as EFFECT_FAILED. */
  run(self: EffectTarget, work: () => Promise<unknown>): void;
  /**
   * Like `run`, but starts once the earlier work of `lane` and of `alsoAfter` has settled, and
   * is the lane's work from then on.
   */
  inOrder(self: EffectTarget, lane: EffectLane, work: () => Promise<unknown>, alsoAfter?: EffectLane): void;
  /** Work already under way (an accept, a room entry) that later work of its lane waits for. */
  hold(lane: EffectLane, work: Promise<unknown>): void;
  /** Settles when the work of both lanes so far has (a new call's room entry waits for the last exit). */
  ordered(): Promise<unknown>;
  /** Whether `inOrder` work of the lane is queued or running (a room exit not yet done). */
  busy(lane: EffectLane): boolean;
  /** Resolves once every effect started so far has finished (logout waits for the last signals). */
  settle(): Promise<unknown>;
}

const ignore = () => undefined;

export function createEffectRunner(): EffectRunner {
  // Only while effects run: a crowd of idle instances keeps no set each. (Closures, not a class:
  // callers hand `settle` around unbound.)
  let inflight: Set<Promise<unknown>> | undefined;
  /** Each lane's last work; these never reject. */
  const tails: Record<EffectLane, Promise<unknown>> = {
    signals: Promise.resolve(),
    media: Promise.resolve(),
  };
  const queued: Record<EffectLane, number> = { signals: 0, media: 0 };
  const track = (p: Promise<unknown>) => {
    inflight ??= new Set();
    const running = inflight;
    running.add(p);
    void p.finally(() => {
      running.delete(p);
      if (running.size === 0 && inflight === running) inflight = undefined;
    });
    return p;
  };
  const reported = (self: EffectTarget, work: Promise<unknown>) =>
    work.then(ignore, (error: unknown) => {
      if (self.getSnapshot().status === 'active') {
        self.send({ type: 'EFFECT_FAILED', error: toTrtcSmartError(error) });
      }
    });
  return {
    run(self, work) {
      // Started after the machine's step: a port that works synchronously (a native bridge that
      // drives its own engine) must not re-enter the action that started it.
      track(reported(self, Promise.resolve().then(work)));
    },
    inOrder(self, lane, work, alsoAfter) {
      const before = alsoAfter ? Promise.all([tails[lane], tails[alsoAfter]]) : tails[lane];
      queued[lane]++;
      tails[lane] = track(reported(self, before.then(work))).finally(() => {
        queued[lane]--;
      });
    },
    hold(lane, work) {
      tails[lane] = Promise.all([tails[lane], track(work.then(ignore, ignore))]);
    },
    ordered: () => Promise.all([tails.signals, tails.media]),
    busy: (lane) => queued[lane] > 0,
    settle: () => Promise.allSettled(inflight ? [...inflight] : []),
  };
}
