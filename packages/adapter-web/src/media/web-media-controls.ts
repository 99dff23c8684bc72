import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { EventHub, mergeEvents, shareEvents, viewField } from '@trtc-smart/core/adapter-kit';
import type { MediaControlsPort, MediaPortEvent } from '@trtc-smart/core/media';
import { Observable } from 'rxjs';
import type { WebAdapter, WebCallingAdapter, WebLiveAdapter } from '../create-web-adapter.js';
import { on } from '../trtc-events.js';
import { trtcCaller } from '../trtc-room.js';
import { type WebView, webViewRule } from '../view.js';
import { adapterContexts, type WebContext } from '../web-context.js';
import { type AudioElementFactory, pageAudio } from './audio-element.js';
import { createBeauty } from './beauty.js';
import { createDevices } from './devices.js';
import { MusicPlayer } from './music-player.js';
import { importPlugins, type MediaPluginLoaders, pluginRegistry } from './plugins.js';
import { toStatistics } from './statistics.js';
import { createVirtualBackground } from './virtual-background.js';

/** Options of withMediaControls. */
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

/** A web adapter with media controls: pass it to createCalling / createLiveRoom with `media: mediaControls`. */
export type WebAdapterWithMedia = WebAdapter & { readonly media: WebMediaControls };

/** The web media port; `stopAll` stops the music (the adapter's destroy calls it). */
export type WebMediaControls = MediaControlsPort<WebView> & {
  /** Stops every track that plays (the adapter's destroy calls it). */
  stopAll(): Promise<void>;
};

/**
 * The adapter, with media controls over its own TRTC client (`adapter.media`): music and sound
 * effects (AudioMixer), beauty (BasicBeauty), virtual background, devices, screen sharing,
 * remote substreams and statistics. This entry, `@trtc-smart/adapter-web/media`, is apart from
 * the main one, and each video plugin is loaded on first use.
 */
export function withMediaControls<A extends WebCallingAdapter | WebLiveAdapter = WebAdapter>(
  adapter: A,
  options: WebMediaControlsOptions = {},
): Omit<A, 'media'> & { readonly media: WebMediaControls } {
  const media = createWebMediaControls(adapter, options);
  const rest: Omit<A, 'media'> = adapter;
  return Object.assign({}, rest, {
    media,
    destroy: () => {
      void media.stopAll();
      adapter.destroy();
    },
  });
}

function contextOf(adapter: object): WebContext {
  const context = adapterContexts.get(adapter);
  if (context) return context;
  throw new TrtcSmartError(
    ErrorCode.INVALID_PARAMETER,
    'adapter: must be an object createWebAdapter (or createWebCallingAdapter / createWebLiveAdapter) returned (the media controls use its TRTC client)',
  );
}

/** The media port alone, over the adapter's TRTC client. */
export function createWebMediaControls(
  adapter: WebCallingAdapter | WebLiveAdapter,
  options: WebMediaControlsOptions = {},
): WebMediaControls {
  const context = contextOf(adapter);
  const { trtc, TRTC, clock } = context;
  const call = trtcCaller(trtc);
  const hub = new EventHub<MediaPortEvent>();
  const emit = (event: MediaPortEvent) => hub.next(event);
  const plugin = pluginRegistry(trtc, options.plugins ?? importPlugins, options.assetsPath);
  const music = new MusicPlayer(trtc, clock, options.createAudio ?? pageAudio, emit);
  const beauty = createBeauty(trtc, plugin);
  const devices = createDevices(TRTC, trtc, emit);
  const sub = TRTC.TYPE.STREAM_TYPE_SUB;
  let sharing = false;

  const sdkEvents$ = new Observable<MediaPortEvent>((subscriber) => {
    const { EVENT } = TRTC;
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
        if (streamType === sub) subscriber.next({ type: 'subStreamAvailable', userId, available: true });
      }),
      on(trtc, EVENT.REMOTE_VIDEO_UNAVAILABLE, ({ userId, streamType }) => {
        if (streamType === sub) subscriber.next({ type: 'subStreamAvailable', userId, available: false });
      }),
      on(trtc, EVENT.STATISTICS, (stats) =>
        subscriber.next({ type: 'statistics', statistics: toStatistics(stats) }),
      ),
    ];
    return () => {
      for (const remove of off) remove();
    };
  });

  return {
    platform: 'web',
    events$: mergeEvents(sdkEvents$, hub.asObservable()).pipe(shareEvents()),
    startPlayMusic: (params) => music.start(params),
    stopPlayMusic: ({ id }) => music.stop(id),
    pausePlayMusic: ({ id }) => music.pause(id),
    resumePlayMusic: ({ id }) => music.resume(id),
    seekMusic: ({ id, positionMs }) => music.seek(id, positionMs),
    setMusicVolume: ({ id, volume }) => music.setVolume(id, volume),
    setBeautyStyle: beauty.setBeautyStyle,
    setVirtualBackground: createVirtualBackground(context, plugin, options.assetsPath),
    getDeviceList: devices.getDeviceList,
    setCurrentDevice: devices.setCurrentDevice,
    async startScreenShare({ publish }) {
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
    async startRemoteSubView({ userId, view }) {
      const element = viewField(view, 'view', webViewRule);
      await call((t) => t.startRemoteVideo({ userId, streamType: sub, view: element }));
    },
    async stopRemoteSubView({ userId }) {
      await call((t) => t.stopRemoteVideo({ userId, streamType: sub }));
    },
    stopAll: () => music.stopAll(),
  };
}
