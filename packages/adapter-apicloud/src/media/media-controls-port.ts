import type { Rect } from '@trtc-smart/core';
import { EventHub, notSupported } from '@trtc-smart/core/adapter-kit';
import type { MediaControlsPort, MediaPortEvent } from '@trtc-smart/core/media';

/** The platform NOT_SUPPORTED messages name. */
export const APICLOUD_PLATFORM = 'APICloud';

/**
 * What the tencentTrtcSmart native module lacks, per feature (the README's table). The seed lists
 * background music and beauty under "更多功能" but documents no method for either; its only device
 * controls are the front/back camera and the speaker/earpiece, which core's switchCamera and
 * setHandsFree already drive.
 */
const MISSING = {
  music: 'the tencentTrtcSmart native module has no music or sound-effect method',
  beauty: 'the tencentTrtcSmart native module has no beauty method',
  background: 'the tencentTrtcSmart native module has no virtual-background method',
  devices:
    'the tencentTrtcSmart native module lists no devices (use switchCamera for front/back and setHandsFree for speaker/earpiece)',
  screenShare: 'the tencentTrtcSmart native module has no screen-share method',
} as const;

const refuse = (feature: string, why: string): never => {
  throw notSupported(feature, `${APICLOUD_PLATFORM}: ${why}`);
};

/**
 * The media port over the native module: it has none of the media managers, so every method
 * rejects NOT_SUPPORTED naming the feature and the platform (never a silent no-op), and no event
 * ever comes (no music plays, no device list changes, no statistics are reported).
 */
export function createMediaControlsPort(): MediaControlsPort<Rect> {
  const music = async () => refuse('background music and sound effects', MISSING.music);
  const subView = async () => refuse('remote screen share (substream) views', MISSING.screenShare);
  return {
    platform: APICLOUD_PLATFORM,
    events$: new EventHub<MediaPortEvent>().asObservable(),
    startPlayMusic: music,
    stopPlayMusic: music,
    pausePlayMusic: music,
    resumePlayMusic: music,
    seekMusic: music,
    setMusicVolume: music,
    setBeautyStyle: async () => refuse('beauty', MISSING.beauty),
    setVirtualBackground: async () => refuse('virtual background', MISSING.background),
    getDeviceList: async ({ kind }) => refuse(`${kind} list`, MISSING.devices),
    setCurrentDevice: async ({ kind }) => refuse(`${kind} selection`, MISSING.devices),
    startScreenShare: async () => refuse('screen sharing', MISSING.screenShare),
    stopScreenShare: async () => refuse('screen sharing', MISSING.screenShare),
    startRemoteSubView: subView,
    stopRemoteSubView: subView,
  };
}
