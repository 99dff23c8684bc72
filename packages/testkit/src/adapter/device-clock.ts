import type { ClockPort } from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';

interface HeldTimer {
  readonly callback: () => void;
  /** Virtual ms it falls due. */
  readonly due: number;
  /** The virtual clock's handle while it runs there; undefined while the device sleeps. */
  handle: number | undefined;
}

/**
 * One device's ClockPort over the cloud's virtual clock: its wall clock may be off by a fixed
 * offset (clock skew: only `now()` moves, delays are durations), and its timers stop while the
 * device sleeps (a background tab) and fire on waking, overdue ones at once in due order, as a
 * browser's throttled timers do.
 */
export class DeviceClock implements ClockPort {
  offsetMs = 0;
  readonly #clock: VirtualClock;
  /** Made on the first timer: most of a crowd's devices never set one of their own. */
  #timers: Map<number, HeldTimer> | undefined;
  #nextId = 1;
  #asleep = false;

  constructor(clock: VirtualClock) {
    this.#clock = clock;
  }

  get asleep(): boolean {
    return this.#asleep;
  }

  now(): number {
    return this.#clock.now() + this.offsetMs;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#nextId++;
    const delay = Number.isNaN(ms) ? 0 : Math.max(0, ms);
    const timer: HeldTimer = { callback, due: this.#clock.now() + delay, handle: undefined };
    this.#timers ??= new Map();
    this.#timers.set(id, timer);
    if (!this.#asleep) this.#arm(id, timer);
    return id;
  }

  clearTimeout(handle: unknown): void {
    const timer = this.#timers?.get(handle as number);
    if (!timer) return;
    this.#timers?.delete(handle as number);
    if (timer.handle !== undefined) this.#clock.clearTimeout(timer.handle);
  }

  sleep(): void {
    if (this.#asleep) return;
    this.#asleep = true;
    for (const timer of this.#timers?.values() ?? []) {
      if (timer.handle !== undefined) this.#clock.clearTimeout(timer.handle);
      timer.handle = undefined;
    }
  }

  /** Wakes: timers that fell due while asleep fire now, in due order; the rest run on. */
  wake(): void {
    if (!this.#asleep) return;
    this.#asleep = false;
    const byDue = [...(this.#timers ?? [])].sort(([, a], [, b]) => a.due - b.due);
    for (const [id, timer] of byDue) this.#arm(id, timer);
  }

  #arm(id: number, timer: HeldTimer): void {
    timer.handle = this.#clock.setTimeout(() => {
      this.#timers?.delete(id);
      timer.callback();
    }, timer.due - this.#clock.now());
  }
}
