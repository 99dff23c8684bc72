import { beautyStyle, deviceKind, virtualBackground } from './media-shapes.js';
import { array, boolean, integer, number, object, string } from './schema.js';
import { pluginView } from './shapes.js';

const musicId = object({ id: integer });

/**
 * The media controls' rows of the method table (methods.ts checks them with the rest). A result
 * without `key` is the port's result object itself (startPlayMusic's `{durationMs}`).
 */
export const mediaMethods = {
  startPlayMusic: {
    port: 'media',
    method: 'startPlayMusic',
    options: object({
      id: integer,
      url: string,
      loopCount: integer,
      publish: boolean,
      startTimeMs: integer,
    }),
    result: { schema: object({ durationMs: number }) },
  },
  stopPlayMusic: { port: 'media', method: 'stopPlayMusic', options: musicId },
  pausePlayMusic: { port: 'media', method: 'pausePlayMusic', options: musicId },
  resumePlayMusic: { port: 'media', method: 'resumePlayMusic', options: musicId },
  seekMusic: { port: 'media', method: 'seekMusic', options: object({ id: integer, positionMs: integer }) },
  setMusicVolume: {
    port: 'media',
    method: 'setMusicVolume',
    options: object({ id: integer, volume: integer }),
  },
  setBeautyStyle: { port: 'media', method: 'setBeautyStyle', options: beautyStyle },
  setVirtualBackground: { port: 'media', method: 'setVirtualBackground', options: virtualBackground },
  getDeviceList: {
    port: 'media',
    method: 'getDeviceList',
    options: object({ kind: deviceKind }),
    result: {
      key: 'devices',
      schema: object({ devices: array(object({ deviceId: string, label: string })) }),
    },
  },
  setCurrentDevice: {
    port: 'media',
    method: 'setCurrentDevice',
    options: object({ kind: deviceKind, deviceId: string }),
  },
  startScreenShare: { port: 'media', method: 'startScreenShare', options: object({ publish: boolean }) },
  stopScreenShare: { port: 'media', method: 'stopScreenShare' },
  startRemoteSubView: {
    port: 'media',
    method: 'startRemoteSubView',
    options: object({ userId: string, view: pluginView }),
  },
  stopRemoteSubView: { port: 'media', method: 'stopRemoteSubView', options: object({ userId: string }) },
} as const;
