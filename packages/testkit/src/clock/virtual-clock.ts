import type { ClockPort } from '@trtc-smart/core';
import { macrotask } from './macrotask.js';
import { type Timer, TimerQueue } from './timer-queue.js';

const cleared = (): void => {};

/**
 * A deterministic ClockPort: time only moves when a test (or the playground) advances it.
 * Timers fire in due-time order, ties in the order they were set, and after each one the
 * promise work it started is flushed, so async code reacts before the next timer.
 */
export class VirtualClock implements ClockPort {
  #now: number;
  /** By due time, ties in insertion order. Cleared timers stay until they reach the front. */
  readonly #timers = new TimerQueue();
  /** Live timers by id: clearing one is O(1), which a room of thousands of requests needs. */
  readonly #live = new Map<number, Timer>();
  /** Cleared timers still in the queue. */
  #cleared = 0;
  #nextId = 1;
  /** Real async work (WebCrypto, compression) that must finish before virtual time moves on. */
  readonly #busy = new Set<Promise<unknown>>();
  #running = false;

  constructor(startTime: number) {
    this.#now = startTime;
  }

  /** The virtual time, ms. */
  now(): number {
    return this.#now;
  }

  /** Calls `callback` when virtual time reaches now + ms. */
  setTimeout(callback: () => void, ms: number): number {
    // NaN and negatives fire as soon as possible, like the platform's timers.
    const delay = Number.isNaN(ms) ? 0 : Math.max(0, ms);
    const timer: Timer = { id: this.#nextId++, due: this.#now + delay, callback };
    this.#timers.push(timer);
    this.#live.set(timer.id, timer);
    return timer.id;
  }

  /** Cancels a timer. */
  clearTimeout(handle: unknown): void {
    const timer = this.#live.get(handle as number);
    if (!timer) return;
    this.#live.delete(timer.id);
    timer.callback = cleared;
    // Cleared timers wait in the queue until they reach its front; a simulation that sets and
    // clears many long timers (request and invitation timeouts) would keep a growing pile of them.
    if (++this.#cleared > 1024 && this.#cleared > this.#live.size) {
      this.#timers.retain((t) => this.#live.has(t.id));
      this.#cleared = 0;
    }
  }

  /** How many timers are waiting (network deliveries included). */
  pending(): number {
    return this.#live.size;
  }

  /** When the next timer falls due, if any. */
  nextDue(): number | undefined {
    return this.#head()?.due;
  }

  /** The first live timer, dropping cleared ones off the front. */
  #head(): Timer | undefined {
    let next = this.#timers.peek();
    while (next && !this.#live.has(next.id)) {
      this.#timers.pop();
      this.#cleared--;
      next = this.#timers.peek();
    }
    return next;
  }

  /** Registers real async work; flush() and advance() wait for it without moving virtual time. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#busy.add(work);
    const done = () => this.#busy.delete(work);
    work.then(done, done);
    return work;
  }

  /** Lets pending promise work (and tracked async work) run; no virtual time passes. */
  async flush(): Promise<void> {
    await macrotask();
    while (this.#busy.size > 0) {
      await Promise.allSettled([...this.#busy]);
      await macrotask();
    }
  }

  /** Fires every timer due within `ms`, in order, then sets the time to now + ms. */
  async advance(ms: number): Promise<void> {
    if (!(ms >= 0) || !Number.isFinite(ms))
      throw new RangeError(`advance(ms): ms must be a finite number >= 0`);
    const end = this.#now + ms;
    await this.#exclusive(async () => {
      await this.flush();
      while (this.#fireNextUntil(end)) await this.flush();
      this.#now = end;
    });
  }

  /**
   * Fires timers in order while `condition` holds and the next timer is due within `maxMs`.
   * Time stops at the last timer fired: nothing beyond what the condition needs is run.
   * Resolves true when the condition became false.
   */
  async runWhile(condition: () => boolean, maxMs: number): Promise<boolean> {
    const end = this.#now + maxMs;
    return this.#exclusive(async () => {
      await this.flush();
      while (condition()) {
        if (!this.#fireNextUntil(end)) return false;
        await this.flush();
      }
      return true;
    });
  }

  #fireNextUntil(end: number): boolean {
    const next = this.#head();
    if (!next || next.due > end) return false;
    this.#timers.pop();
    this.#live.delete(next.id);
    this.#now = next.due;
    next.callback();
    return true;
  }

  async #exclusive<T>(run: () => Promise<T>): Promise<T> {
    // Two interleaved advances would fire timers out of order; that is always a test bug.
    if (this.#running) throw new Error('VirtualClock: advance()/settle() is already running; await it first');
    this.#running = true;
    try {
      return await run();
    } finally {
      this.#running = false;
    }
  }
}
