import { notSupported } from '../domain/errors.js';
import type { DeviceInfo, MediaMethods } from '../media/media-types.js';
import { type Seeded, type SeedMethod, type SeedNoParams, type SeedOk, seedMethod } from './seed-callback.js';

/** A device list getter's `ret`: `{status: true, deviceList}`. */
export type SeedDeviceList = SeedOk & { readonly deviceList: DeviceInfo[] };

/**
 * The media controls' methods in the seed's callback style, on both seed modules. On an instance
 * created without `media: mediaControls` each calls back NOT_SUPPORTED, naming the method.
 */
export interface MediaSeedMethods {
  /** {@link MediaMethods.startPlayMusic}, in the seed's callback style. */
  startPlayMusic: Seeded<MediaMethods, 'startPlayMusic'>;
  /** {@link MediaMethods.stopPlayMusic}, in the seed's callback style. */
  stopPlayMusic: Seeded<MediaMethods, 'stopPlayMusic'>;
  /** {@link MediaMethods.pausePlayMusic}, in the seed's callback style. */
  pausePlayMusic: Seeded<MediaMethods, 'pausePlayMusic'>;
  /** {@link MediaMethods.resumePlayMusic}, in the seed's callback style. */
  resumePlayMusic: Seeded<MediaMethods, 'resumePlayMusic'>;
  /** {@link MediaMethods.seekMusic}, in the seed's callback style. */
  seekMusic: Seeded<MediaMethods, 'seekMusic'>;
  /** {@link MediaMethods.setMusicVolume}, in the seed's callback style. */
  setMusicVolume: Seeded<MediaMethods, 'setMusicVolume'>;
  /** {@link MediaMethods.setBeautyStyle}, in the seed's callback style. */
  setBeautyStyle: Seeded<MediaMethods, 'setBeautyStyle'>;
  /** {@link MediaMethods.setVirtualBackground}, in the seed's callback style. */
  setVirtualBackground: Seeded<MediaMethods, 'setVirtualBackground'>;
  /** `ret = {status: true, deviceList}`. */
  getCameraList: SeedMethod<SeedNoParams, SeedDeviceList>;
  /** `ret = {status: true, deviceList}`. */
  getMicrophoneList: SeedMethod<SeedNoParams, SeedDeviceList>;
  /** `ret = {status: true, deviceList}`. */
  getSpeakerList: SeedMethod<SeedNoParams, SeedDeviceList>;
  /** {@link MediaMethods.setCurrentCamera}, in the seed's callback style. */
  setCurrentCamera: Seeded<MediaMethods, 'setCurrentCamera'>;
  /** {@link MediaMethods.setCurrentMicrophone}, in the seed's callback style. */
  setCurrentMicrophone: Seeded<MediaMethods, 'setCurrentMicrophone'>;
  /** {@link MediaMethods.setCurrentSpeaker}, in the seed's callback style. */
  setCurrentSpeaker: Seeded<MediaMethods, 'setCurrentSpeaker'>;
  /** {@link MediaMethods.startScreenShare}, in the seed's callback style. */
  startScreenShare: Seeded<MediaMethods, 'startScreenShare'>;
  /** {@link MediaMethods.stopScreenShare}, in the seed's callback style. */
  stopScreenShare: Seeded<MediaMethods, 'stopScreenShare'>;
}

const PASSED = [
  'startPlayMusic',
  'stopPlayMusic',
  'pausePlayMusic',
  'resumePlayMusic',
  'seekMusic',
  'setMusicVolume',
  'setBeautyStyle',
  'setVirtualBackground',
  'setCurrentCamera',
  'setCurrentMicrophone',
  'setCurrentSpeaker',
  'startScreenShare',
  'stopScreenShare',
] as const;

const LISTS = ['getCameraList', 'getMicrophoneList', 'getSpeakerList'] as const;

/** The media methods of an instance (or NOT_SUPPORTED ones), in the seed's style. */
export function mediaSeedMethods(api: object): MediaSeedMethods {
  const methods = api as Partial<Record<keyof MediaMethods, (params?: unknown) => Promise<unknown>>>;
  // Read at call time: the instance's methods are made on first read.
  const run = (name: keyof MediaMethods, params: unknown) => {
    const method = methods[name];
    if (typeof method !== 'function') {
      return Promise.reject(notSupported(name, 'an instance created without media: mediaControls'));
    }
    return method(params);
  };
  const seeded: Record<string, unknown> = {};
  for (const name of PASSED) seeded[name] = seedMethod((params) => run(name, params));
  for (const name of LISTS) {
    seeded[name] = seedMethod<SeedDeviceList>(async () => ({ deviceList: await run(name, undefined) }));
  }
  return seeded as unknown as MediaSeedMethods;
}
