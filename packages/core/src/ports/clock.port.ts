/**
 * The one time source. XState delays and RxJS timers both run on it, so the testkit's virtual
 * clock drives a whole simulation and a real adapter uses the platform's timers.
 */
export interface ClockPort {
  /** The current time, ms since the epoch. */
  now(): number;
  /** Calls `callback` after `ms`; returns a handle for clearTimeout. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer set with setTimeout. */
  clearTimeout(handle: unknown): void;
}

/** The one source of randomness (room ids), so a seeded fake cloud replays identically. */
export interface RandomPort {
  /** A number in [0, 1). */
  next(): number;
}
