import type { DeviceKind, MediaState } from '@trtc-smart/core/media';
import type { JsonValue } from '../../src/index.js';
import type { ArgContext, MethodSpec } from './methods.js';

/** What the media methods read of a state: its media part (calls and live rooms alike). */
type WithMedia = { readonly media: MediaState };

/** The devices the plug faults plug in (media-faults.ts), besides each kind's default. */
export const PLUGGABLE = 2;
export const pluggedId = (kind: DeviceKind, n: number) => `usb-${kind}-${n}`;

/** Track ids 0-2: few enough that a stop, pause or seek mostly meets a track that plays. */
const TRACKS = 3;

/** A track the user has (by `target`), else a raw id that may have none (refused, INVALID_STATE). */
function trackId(a: ArgContext<WithMedia>): number {
  const music = a.state.media.music;
  return music[a.step.target % Math.max(1, music.length)]?.id ?? a.step.target % TRACKS;
}

/** Mostly a device the plug faults use, sometimes the default; it may be unplugged (INVALID_PARAMETER). */
const deviceId = (kind: DeviceKind) => (a: ArgContext<WithMedia>) => ({
  deviceId:
    a.step.amount < 0.3 ? `default-${kind}` : pluggedId(kind, Math.floor(a.step.amount * 10) % PLUGGABLE),
});

const none = (): JsonValue => null;
const onTrack = (a: ArgContext<WithMedia>): JsonValue => ({ id: trackId(a) });

/**
 * The opt-in media controls (`media: mediaControls`), for calls and live rooms alike. Each weighs 1
 * (starting a track 2): together about a twelfth of the drawn ops, so calls and rooms are explored
 * about as much as before. likely.ts adds the screen share and a playing track's pause / resume.
 */
export const mediaMethods: Readonly<Record<string, MethodSpec<WithMedia>>> = {
  // Tracks of 2-40 s: most are still on when a later step pauses, seeks or stops them, and end
  // within the quiet time; `publish` mixes one into the call or room.
  startPlayMusic: {
    weight: 2,
    params: (a) => ({
      id: a.step.target % TRACKS,
      url: `https://example.com/track.mp3#durationMs=${2_000 + Math.round(a.step.amount * 38_000)}`,
      loopCount: a.step.amount < 0.2 ? 1 : 0,
      publish: a.step.flag,
    }),
  },
  stopPlayMusic: { weight: 1, params: onTrack },
  pausePlayMusic: { weight: 1, params: onTrack },
  resumePlayMusic: { weight: 1, params: onTrack },
  seekMusic: {
    weight: 1,
    params: (a) => {
      const id = trackId(a);
      const duration = a.state.media.music.find((t) => t.id === id)?.durationMs || 5_000;
      return { id, positionMs: Math.round(a.step.amount * duration) };
    },
  },
  setMusicVolume: { weight: 1, params: (a) => ({ id: trackId(a), volume: Math.round(a.step.amount * 100) }) },
  // Every level 0 now and then: beauty off.
  setBeautyStyle: {
    weight: 1,
    params: (a) => {
      const level = (n: number) => (a.step.amount < 0.2 ? 0 : n % 10);
      return {
        style: a.step.flag ? 'smooth' : 'natural',
        beauty: level(a.step.target + 3),
        whiteness: level(Math.floor(a.step.amount * 10)),
        ruddiness: level(a.step.target),
      };
    },
  },
  setVirtualBackground: {
    weight: 1,
    params: (a) =>
      [
        { type: 'none' },
        { type: 'blur', blurLevel: 1 + Math.floor(a.step.amount * 10) },
        { type: 'image', imageUrl: 'https://example.com/bg.png' },
      ][a.step.target % 3] as JsonValue,
  },
  getCameraList: { weight: 1, params: none },
  getMicrophoneList: { weight: 1, params: none },
  getSpeakerList: { weight: 1, params: none },
  setCurrentCamera: { weight: 1, params: deviceId('camera') },
  setCurrentMicrophone: { weight: 1, params: deviceId('microphone') },
  setCurrentSpeaker: { weight: 1, params: deviceId('speaker') },
  startScreenShare: { weight: 1, params: (a) => ({ publish: a.step.amount < 0.8 }) },
  stopScreenShare: { weight: 1, params: none },
};

/**
 * startRemoteView / startPlay: a remote screen share (`streamType: 'sub'`) when the user sees one
 * and `flag` says so, else the camera.
 */
export const remoteViewParams = (a: ArgContext<WithMedia>, view: JsonValue): JsonValue => {
  const shares = a.state.media.remoteSubStreams;
  const sharer = shares[a.step.target % Math.max(1, shares.length)];
  return a.step.flag && sharer !== undefined
    ? { userId: sharer, view, streamType: 'sub' }
    : { userId: a.other, view };
};
