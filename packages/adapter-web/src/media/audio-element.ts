import { type ClockPort, ErrorCode, TrtcSmartError } from '@trtc-smart/core';

/** The parts of an `<audio>` element the music player uses: a stand-in in tests, `new Audio(url)` in a page. */
export type AudioElement = Pick<
  HTMLAudioElement,
  'play' | 'pause' | 'currentTime' | 'volume' | 'loop' | 'duration' | 'preload' | 'src'
> &
  Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Makes an audio element for a url. */
export type AudioElementFactory = (url: string) => AudioElement;

export const pageAudio: AudioElementFactory = (url) => new Audio(url);

/** How long a track's duration may take to load before startPlayMusic gives up. */
export const PROBE_TIMEOUT_MS = 10_000;

/**
 * A track's duration in ms, read from its metadata by an element of its own: TRTC's AudioMixer
 * reports neither duration nor progress, so the player times the track against this. A stream
 * without an end (Infinity) has duration 0: it never completes by itself.
 */
export function probeDuration(
  createAudio: AudioElementFactory,
  clock: ClockPort,
  url: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const audio = createAudio(url);
    const done = () => {
      clock.clearTimeout(timer);
      audio.removeEventListener('loadedmetadata', loaded);
      audio.removeEventListener('error', failed);
      audio.src = '';
    };
    const loaded = () => {
      // Read before done(): emptying src resets the duration.
      const seconds = audio.duration;
      done();
      resolve(Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0);
    };
    const failed = () => {
      done();
      reject(new TrtcSmartError(ErrorCode.NOT_FOUND, `url: the music ${url} could not be loaded or decoded`));
    };
    const timer = clock.setTimeout(() => {
      done();
      reject(
        new TrtcSmartError(
          ErrorCode.NETWORK_TIMEOUT,
          `url: the music ${url} did not load within ${PROBE_TIMEOUT_MS / 1000} s`,
        ),
      );
    }, PROBE_TIMEOUT_MS);
    audio.addEventListener('loadedmetadata', loaded);
    audio.addEventListener('error', failed);
    audio.preload = 'metadata';
  });
}
