import type { TrtcClient } from '../sdk.js';
import { trtcCaller } from '../trtc-room.js';
import type { AudioElement } from './audio-element.js';

/** What plays one track; the player times it (neither kind reports progress the same way). */
export interface MusicSink {
  pause(): Promise<void>;
  resume(): Promise<void>;
  seek(positionMs: number): Promise<void>;
  /** 0-100. */
  volume(volume: number): Promise<void>;
  stop(): Promise<void>;
}

export interface SinkStart {
  readonly url: string;
  readonly loop: boolean;
  readonly volume: number;
  readonly startTimeMs: number;
}

/**
 * A published track: TRTC's built-in AudioMixer plugin mixes it into the microphone's published
 * audio and plays it locally too. `mixerId` is unique per start: the plugin caches a stopped
 * track's element by id and would replay the old url under a reused id.
 */
export async function startMixerSink(
  trtc: TrtcClient,
  mixerId: string,
  start: SinkStart,
): Promise<MusicSink> {
  const call = trtcCaller(trtc);
  const update = (options: { volume?: number; seekFrom?: number; operation?: 'pause' | 'resume' }) =>
    call((t) => t.updatePlugin('AudioMixer', { id: mixerId, ...options }));
  await call((t) =>
    t.startPlugin('AudioMixer', {
      id: mixerId,
      url: start.url,
      loop: start.loop,
      volume: start.volume / 100,
    }),
  );
  if (start.startTimeMs > 0) await update({ seekFrom: start.startTimeMs / 1000 });
  return {
    pause: () => update({ operation: 'pause' }),
    resume: () => update({ operation: 'resume' }),
    seek: (positionMs) => update({ seekFrom: positionMs / 1000 }),
    volume: (volume) => update({ volume: volume / 100 }),
    stop: () => call((t) => t.stopPlugin('AudioMixer', { id: mixerId })),
  };
}

/** A track only this user hears (publish: false): a page audio element, outside TRTC. */
export async function startElementSink(audio: AudioElement, start: SinkStart): Promise<MusicSink> {
  audio.loop = start.loop;
  audio.volume = start.volume / 100;
  if (start.startTimeMs > 0) audio.currentTime = start.startTimeMs / 1000;
  await audio.play();
  return {
    pause: async () => audio.pause(),
    resume: () => audio.play(),
    seek: async (positionMs) => {
      audio.currentTime = positionMs / 1000;
    },
    volume: async (volume) => {
      audio.volume = volume / 100;
    },
    stop: async () => {
      audio.pause();
      audio.src = '';
    },
  };
}
