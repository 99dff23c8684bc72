import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { EventHub, mergeEvents, shareEvents } from '@trtc-smart/core/adapter-kit';
import { Observable } from 'rxjs';
import { on } from '../trtc-events.js';
import { trtcCaller } from '../trtc-room.js';
import { adapterContexts } from '../web-context.js';
import { type AudioElementFactory, pageAudio } from './audio-element.js';
import { createBeauty } from './beauty.js';
import { createDevices, type DeviceEvent } from './devices.js';
import { type MusicEvent, MusicPlayer } from './music-player.js';
import { importPlugins, type MediaPluginLoaders, pluginRegistry } from './plugins.js';
import { toStatistics } from './statistics.js';
import { createVirtualBackground } from './virtual-background.js';

/** Options of createWebMediaControls. */
export interface WebMediaControlsOptions {
  /**
   * Where trtc-sdk-v5's `assets` folder is served (TRTC's `assetsPath`): the virtual background
   * loads its segmentation model from there. Without it setVirtualBackground refuses.
   */
  readonly assetsPath?: string;
  /** Where the beauty and virtual-background plugins come from; default: dynamic imports of trtc-sdk-v5's own. */
  readonly plugins?: MediaPluginLoaders;
  /** Makes the `<audio>` elements music is timed and played locally with; default `new Audio(url)`. */
  readonly createAudio?: AudioElementFactory;
}

type ControlsEvent =
  | MusicEvent
  | DeviceEvent
  | ReturnType<typeof toStatistics>
  | { readonly type: 'screenShareStopped' }
  | { readonly type: 'subStreamAvailable'; readonly userId: string; readonly available: boolean };

/**
 * Media controls over the web adapter's own TRTC client: music and sound effects (AudioMixer),
 * beauty (BasicBeauty), virtual background, devices, screen sharing and statistics. Lives in its
 * own entry, `@trtc-smart/adapter-web/media`, and loads each video plugin on first use.
 */
export function createWebMediaControls(adapter: object, options: WebMediaControlsOptions = {}) {
  const context = adapterContexts.get(adapter);
  if (!context) {
    throw new TrtcSmartError(
      ErrorCode.INVALID_PARAMETER,
      'adapter: must be the object createWebAdapter returned (the media controls use its TRTC client)',
    );
  }
  const { trtc, TRTC, clock } = context;
  const call = trtcCaller(trtc);
  const hub = new EventHub<ControlsEvent>();
  const emit = (event: ControlsEvent) => hub.next(event);
  const plugin = pluginRegistry(trtc, options.plugins ?? importPlugins, options.assetsPath);
  const music = new MusicPlayer(trtc, clock, options.createAudio ?? pageAudio, emit);
  const beauty = createBeauty(trtc, plugin);
  const background = createVirtualBackground(context, trtc, plugin, options.assetsPath);
  const devices = createDevices(TRTC, trtc, emit);
  let sharing = false;

  const sdkEvents$ = new Observable<ControlsEvent>((subscriber) => {
    const { EVENT, TYPE } = TRTC;
    const off = [
      on(trtc, EVENT.DEVICE_CHANGED, ({ type, action, device }) =>
        devices.onDeviceChanged(type, action, device),
      ),
      on(trtc, EVENT.SCREEN_SHARE_STOPPED, () => {
        // Only the browser's own "stop sharing" is news: stopScreenShare already knows.
        if (!sharing) return;
        sharing = false;
        subscriber.next({ type: 'screenShareStopped' });
      }),
      on(trtc, EVENT.REMOTE_VIDEO_AVAILABLE, ({ userId, streamType }) => {
        if (streamType === TYPE.STREAM_TYPE_SUB)
          subscriber.next({ type: 'subStreamAvailable', userId, available: true });
      }),
      on(trtc, EVENT.REMOTE_VIDEO_UNAVAILABLE, ({ userId, streamType }) => {
        if (streamType === TYPE.STREAM_TYPE_SUB)
          subscriber.next({ type: 'subStreamAvailable', userId, available: false });
      }),
      on(trtc, EVENT.STATISTICS, (stats) => subscriber.next(toStatistics(stats))),
    ];
    return () => {
      for (const remove of off) remove();
    };
  });

  return {
    events$: mergeEvents(sdkEvents$, hub.asObservable()).pipe(shareEvents()),
    startPlayMusic: (p: {
      id: string;
      url: string;
      loopCount?: number;
      publish?: boolean;
      startTimeMs?: number;
      volume?: number;
    }) =>
      music.start({
        id: p.id,
        url: p.url,
        plays: p.loopCount === undefined ? 1 : p.loopCount < 0 ? Number.POSITIVE_INFINITY : p.loopCount + 1,
        publish: p.publish ?? true,
        startTimeMs: p.startTimeMs ?? 0,
        volume: p.volume ?? 100,
      }),
    stopPlayMusic: ({ id }: { id: string }) => music.stop(id),
    pausePlayMusic: ({ id }: { id: string }) => music.pause(id),
    resumePlayMusic: ({ id }: { id: string }) => music.resume(id),
    seekMusic: ({ id, positionMs }: { id: string; positionMs: number }) => music.seek(id, positionMs),
    setMusicVolume: ({ id, volume }: { id: string; volume: number }) => music.setVolume(id, volume),
    setBeautyStyle: beauty.setBeautyStyle,
    setVirtualBackground: background.setVirtualBackground,
    getCameraList: devices.getCameraList,
    getMicrophoneList: devices.getMicrophoneList,
    getSpeakerList: devices.getSpeakerList,
    setCurrentCamera: ({ deviceId }: { deviceId: string }) => devices.setCurrentDevice('camera', deviceId),
    setCurrentMicrophone: ({ deviceId }: { deviceId: string }) =>
      devices.setCurrentDevice('microphone', deviceId),
    setCurrentSpeaker: ({ deviceId }: { deviceId: string }) => devices.setCurrentDevice('speaker', deviceId),
    async startScreenShare({ publish = true }: { publish?: boolean } = {}) {
      if (sharing)
        throw new TrtcSmartError(ErrorCode.INVALID_STATE, 'startScreenShare: the screen is already shared');
      await call((t) => t.startScreenShare({ publish }));
      sharing = true;
    },
    async stopScreenShare() {
      if (!sharing) return;
      sharing = false;
      await call((t) => t.stopScreenShare());
    },
    /** Stops the music (the plugins end with the TRTC client). */
    destroy: () => music.stopAll(),
  };
}
