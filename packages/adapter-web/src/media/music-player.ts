import { type ClockPort, ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { toTrtcSmartError } from '@trtc-smart/core/adapter-kit';
import type { MediaPortEvent } from '@trtc-smart/core/media';
import type { TrtcClient } from '../sdk.js';
import { type AudioElementFactory, probeDuration } from './audio-element.js';
import { type MusicSink, type SinkStart, startElementSink, startMixerSink } from './music-sinks.js';

/** How often a playing track reports its position (the events are throttled to this). */
export const MUSIC_PROGRESS_INTERVAL_MS = 500;

type MusicEvent = Extract<MediaPortEvent, { type: 'musicProgress' | 'musicComplete' }>;

export interface MusicStart {
  readonly id: number;
  readonly url: string;
  /** Extra plays after the first. */
  readonly loopCount: number;
  readonly publish: boolean;
  readonly startTimeMs: number;
}

interface Track {
  readonly sink: MusicSink;
  readonly durationMs: number;
  /** How many times the track plays in all. */
  readonly plays: number;
  /** Time played in all (over the loops) when the clock last started counting. */
  playedMs: number;
  /** When the clock last started counting; undefined while paused. */
  since: number | undefined;
  timer: unknown;
}

/**
 * Background music and sound effects, by id. TRTC's AudioMixer has no progress or end events, so
 * progress and completion are derived by timing: the duration is read from the file's metadata,
 * the played time is counted on the clock across pause, resume and seek, and the track is stopped
 * (and reported complete) when its plays are over. A stall in the browser's playback is not seen.
 */
export class MusicPlayer {
  readonly #tracks = new Map<number, Track>();
  readonly #latest = new Map<number, object>();
  #starts = 0;

  constructor(
    private readonly trtc: TrtcClient,
    private readonly clock: ClockPort,
    private readonly createAudio: AudioElementFactory,
    private readonly emit: (event: MusicEvent) => void,
  ) {}

  /** Resolves once the track plays, with its duration (0 if unknown). */
  async start(music: MusicStart): Promise<{ durationMs: number }> {
    const { id } = music;
    // The latest start of an id wins: one still loading when another begins gives way.
    const ticket = {};
    this.#latest.set(id, ticket);
    const overtaken = () =>
      new TrtcSmartError(ErrorCode.CANCELLED, `startPlayMusic ${id}: overtaken by another start of it`);
    // As TRTC's audio effect manager: starting an id that plays restarts it.
    await this.#stopTrack(id);
    const durationMs = await probeDuration(this.createAudio, this.clock, music.url);
    if (this.#latest.get(id) !== ticket) throw overtaken();
    const start: SinkStart = {
      url: music.url,
      loop: music.loopCount > 0,
      volume: 100,
      startTimeMs: music.startTimeMs,
    };
    const sink = await this.#sink(music, start).catch((error: unknown) => {
      throw toTrtcSmartError(error);
    });
    if (this.#latest.get(id) !== ticket) {
      await sink.stop().catch(() => undefined);
      throw overtaken();
    }
    const track: Track = {
      sink,
      durationMs,
      plays: music.loopCount + 1,
      playedMs: music.startTimeMs,
      since: this.clock.now(),
      timer: undefined,
    };
    this.#tracks.set(id, track);
    this.#schedule(id, track);
    return { durationMs };
  }

  async stop(id: number): Promise<void> {
    this.#get(id, 'stopPlayMusic');
    await this.#stopTrack(id);
  }

  async pause(id: number): Promise<void> {
    const track = this.#get(id, 'pausePlayMusic');
    if (track.since === undefined) return;
    await track.sink.pause();
    track.playedMs = this.#played(track);
    track.since = undefined;
    this.clock.clearTimeout(track.timer);
  }

  async resume(id: number): Promise<void> {
    const track = this.#get(id, 'resumePlayMusic');
    if (track.since !== undefined) return;
    await track.sink.resume();
    track.since = this.clock.now();
    this.#schedule(id, track);
  }

  async seek(id: number, positionMs: number): Promise<void> {
    const track = this.#get(id, 'seekMusic');
    if (track.durationMs > 0 && positionMs > track.durationMs) {
      throw new TrtcSmartError(
        ErrorCode.INVALID_PARAMETER,
        `positionMs: must be at most the track's duration, ${track.durationMs} ms`,
      );
    }
    await track.sink.seek(positionMs);
    // The loop being played stays the same; only the position in it moves.
    const loop = track.durationMs > 0 ? Math.floor(this.#played(track) / track.durationMs) : 0;
    track.playedMs = loop * track.durationMs + positionMs;
    if (track.since !== undefined) track.since = this.clock.now();
  }

  async setVolume(id: number, volume: number): Promise<void> {
    await this.#get(id, 'setMusicVolume').sink.volume(volume);
  }

  /** Stops every track (leaving a room, destroy). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.#tracks.keys()].map((id) => this.#stopTrack(id)));
  }

  #sink(music: MusicStart, start: SinkStart): Promise<MusicSink> {
    if (!music.publish) return startElementSink(this.createAudio(music.url), start);
    return startMixerSink(this.trtc, `${music.id}#${++this.#starts}`, start);
  }

  #get(id: number, method: string): Track {
    const track = this.#tracks.get(id);
    if (!track) throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${method}: no music with id ${id} is playing`);
    return track;
  }

  #played(track: Track): number {
    return track.playedMs + (track.since === undefined ? 0 : this.clock.now() - track.since);
  }

  #schedule(id: number, track: Track): void {
    this.clock.clearTimeout(track.timer);
    const total = track.durationMs * track.plays;
    const left = track.durationMs > 0 ? total - this.#played(track) : Number.POSITIVE_INFINITY;
    track.timer = this.clock.setTimeout(
      () => this.#tick(id, track),
      Math.max(0, Math.min(MUSIC_PROGRESS_INTERVAL_MS, left)),
    );
  }

  #tick(id: number, track: Track): void {
    if (this.#tracks.get(id) !== track || track.since === undefined) return;
    const played = this.#played(track);
    const { durationMs } = track;
    if (durationMs > 0 && played >= durationMs * track.plays) {
      this.emit({ type: 'musicProgress', id, positionMs: durationMs, durationMs });
      this.#tracks.delete(id);
      // The plugin keeps an ended track until it is stopped; its sound is over either way.
      void track.sink.stop().catch(() => undefined);
      this.emit({ type: 'musicComplete', id });
      return;
    }
    this.emit({
      type: 'musicProgress',
      id,
      positionMs: durationMs > 0 ? played % durationMs : played,
      durationMs,
    });
    this.#schedule(id, track);
  }

  async #stopTrack(id: number): Promise<void> {
    const track = this.#tracks.get(id);
    if (!track) return;
    this.#tracks.delete(id);
    this.clock.clearTimeout(track.timer);
    await track.sink.stop();
  }
}
