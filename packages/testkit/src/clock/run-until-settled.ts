import type { VirtualClock } from './virtual-clock.js';

/**
 * `cloud.run`: fires virtual timers in order until `work` settles, then lets the messages already
 * on their way land (as `settle()` does). The rejection handler is attached before anything else
 * runs, so work that rejects at once (bad input) never becomes an unhandled rejection.
 */
export async function runUntilSettled<T>(
  clock: VirtualClock,
  inFlight: () => number,
  work: PromiseLike<T> | (() => PromiseLike<T> | T),
  maxMs: number,
): Promise<T> {
  if (!(maxMs >= 0) || !Number.isFinite(maxMs))
    throw new RangeError('run(work, maxMs): maxMs must be a finite number >= 0');
  let pending = true;
  const result = new Promise<T>((resolve) => resolve(typeof work === 'function' ? work() : work));
  const done = () => {
    pending = false;
  };
  result.then(done, done);
  const start = clock.now();
  if (!(await clock.runWhile(() => pending, maxMs))) {
    const why = clock.nextDue() === undefined ? 'and nothing is left to run' : `after ${maxMs} virtual ms`;
    throw new Error(`run(): the promise is still pending ${why} (${clock.now() - start} virtual ms ran)`);
  }
  if (!(await clock.runWhile(() => inFlight() > 0, maxMs)))
    throw new Error(`run(): messages still in flight ${maxMs} virtual ms after the promise settled`);
  return result;
}
