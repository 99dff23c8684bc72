import type { RandomPort } from '@trtc-smart/core';

/** mulberry32: tiny, fast and good enough for simulations; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over the label, mixed with the seed: independent streams per purpose and per user. */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seeded random port (mulberry32): the same seed gives the same draws. */
export class SeededRandom implements RandomPort {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  next(): number {
    return this.#next();
  }

  /** An integer in [0, maxInclusive]. */
  int(maxInclusive: number): number {
    return Math.floor(this.#next() * (maxInclusive + 1));
  }

  /** True with probability p; draws nothing when p <= 0 so a fault-free run keeps its stream. */
  chance(p: number): boolean {
    if (p <= 0) return false;
    return this.#next() < p;
  }
}
