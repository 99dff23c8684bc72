import type { ClockPort } from '@trtc-smart/core';

/** How often a fake track reports its position (core throttles onMusicProgress to 1 s). */
export const FAKE_MUSIC_TICK_MS = 250;
/** A fake track's length unless its url says `#durationMs=N`. */
export const FAKE_MUSIC_DEFAULT_DURATION_MS = 10_000;

/** A url's fake duration: `tone.wav#durationMs=3000` plays 3 s. */
export function fakeDurationOf(url: string): number {
  const match = /[#&]durationMs=(\d+)/.exec(url);
  return match ? Number(match[1]) : FAKE_MUSIC_DEFAULT_DURATION_MS;
}

/** One fake music track as `cloud.mediaState(user).controls.music` shows it. */
export interface FakeTrackSnapshot {
  readonly id: number;
  readonly url: string;
  readonly positionMs: number;
  readonly durationMs: number;
  readonly playsLeft: number;
  readonly paused: boolean;
  readonly volume: number;
  readonly publish: boolean;
}

/** One playing track on a device clock: ticks its position, loops, then completes. */
export class FakeTrack {
  positionMs: number;
  readonly durationMs: number;
  playsLeft: number;
  paused = false;
  volume = 100;
  #timer: unknown;

  constructor(
    readonly id: number,
    readonly url: string,
    readonly publish: boolean,
    loopCount: number,
    startTimeMs: number,
    private readonly clock: ClockPort,
    private readonly report: {
      progress(track: FakeTrack): void;
      complete(track: FakeTrack): void;
    },
  ) {
    this.durationMs = fakeDurationOf(url);
    this.positionMs = Math.min(startTimeMs, this.durationMs);
    this.playsLeft = loopCount;
    this.#arm();
  }

  pause(): void {
    this.paused = true;
    this.stop();
  }

  resume(): void {
    this.paused = false;
    this.#arm();
  }

  stop(): void {
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  snapshot(): FakeTrackSnapshot {
    const { id, url, positionMs, durationMs, playsLeft, paused, volume, publish } = this;
    return { id, url, positionMs, durationMs, playsLeft, paused, volume, publish };
  }

  #arm(): void {
    this.stop();
    this.#timer = this.clock.setTimeout(() => this.#tick(), FAKE_MUSIC_TICK_MS);
  }

  #tick(): void {
    this.#timer = undefined;
    this.positionMs = Math.min(this.durationMs, this.positionMs + FAKE_MUSIC_TICK_MS);
    this.report.progress(this);
    if (this.positionMs >= this.durationMs && this.playsLeft > 0) {
      this.playsLeft -= 1;
      this.positionMs = 0;
    }
    if (this.positionMs < this.durationMs) this.#arm();
    else this.report.complete(this);
  }
}
