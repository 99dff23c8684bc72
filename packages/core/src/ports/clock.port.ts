/**
 * The one time source. XState delays and RxJS timers both run on it, so the testkit's virtual
 * clock drives a whole simulation and a real adapter uses the platform's timers.
 */
export interface ClockPort {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The one source of randomness (room ids), so a seeded fake cloud replays identically. */
export interface RandomPort {
  /** A number in [0, 1). */
  next(): number;
}
