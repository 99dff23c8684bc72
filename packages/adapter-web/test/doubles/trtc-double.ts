import { CallType, ErrorCode, type Rect } from '@trtc-smart/core';
import { toTrtcSmartError } from '@trtc-smart/core/adapter-kit';
import { type FakeAdapter, stringRoomNumber } from '@trtc-smart/testkit';
import type {
  ConnectionState,
  EnterRoomConfig,
  LocalAudioConfig,
  LocalVideoConfig,
  PEER_LEAVE_REASON,
  RemoteVideoConfig,
  RtcError,
  Scene,
  ScreenShareConfig,
  StartCrossRoomOption,
  StopRemoteVideoConfig,
  TRTCEventTypes,
  TRTCOptions,
  TRTCStreamType,
  UpdateLocalAudioConfig,
  UserRole,
} from 'trtc-sdk-v5';
import type { CDNStreamingOptions } from 'trtc-sdk-v5/plugins/cdn-streaming';
import type { TrtcClient, TrtcSdk } from '../../src/sdk.js';
import type { WebView } from '../../src/view.js';
import { rtcFailure, TrtcMediaDouble } from './trtc-media-double.js';
import { CDNStreaming, CrossRoom } from './trtc-plugins.js';

/** trtc-sdk-v5's constants (its const enums cannot be read at run time under isolatedModules). */
const EVENT = {
  ERROR: 'error',
  KICKED_OUT: 'kicked-out',
  REMOTE_USER_ENTER: 'remote-user-enter',
  REMOTE_USER_EXIT: 'remote-user-exit',
  REMOTE_AUDIO_AVAILABLE: 'remote-audio-available',
  REMOTE_AUDIO_UNAVAILABLE: 'remote-audio-unavailable',
  REMOTE_VIDEO_AVAILABLE: 'remote-video-available',
  REMOTE_VIDEO_UNAVAILABLE: 'remote-video-unavailable',
  AUDIO_VOLUME: 'audio-volume',
  NETWORK_QUALITY: 'network-quality',
  CONNECTION_STATE_CHANGED: 'connection-state-changed',
  DEVICE_CHANGED: 'device-changed',
  SCREEN_SHARE_STOPPED: 'screen-share-stopped',
  STATISTICS: 'statistics',
} as const satisfies TrtcSdk['EVENT'];

const MAIN = 'main' as TRTCStreamType.Main;
const TYPE = {
  SCENE_RTC: 'rtc' as Scene.RTC,
  SCENE_LIVE: 'live' as Scene.LIVE,
  ROLE_ANCHOR: 'anchor' as UserRole.ANCHOR,
  ROLE_AUDIENCE: 'audience' as UserRole.AUDIENCE,
  STREAM_TYPE_MAIN: MAIN,
  STREAM_TYPE_SUB: 'sub' as TRTCStreamType.Sub,
} satisfies TrtcSdk['TYPE'];

const role = (r: UserRole | undefined): 'anchor' | 'audience' =>
  r === TYPE.ROLE_AUDIENCE ? 'audience' : 'anchor';

/** Where the double rendered what, for tests to look at (the fake cloud wants rects, the web elements). */
export interface TrtcDoubleViews {
  local: WebView | undefined;
  readonly remote: Map<string, WebView>;
  plugins: readonly unknown[];
  /** The last TRTC.setLogLevel. */
  logLevel?: number;
  /** What the media controls did to TRTC (devices, plugins, screen sharing); made by trtcDouble if not given. */
  media?: TrtcMediaDouble;
}

/**
 * TRTC as createWebAdapter sees it, over a fake-cloud device's media ports: the call media port in
 * the RTC scene, the live media port in the live scene (and for a preview that publishes nothing,
 * which is how a live room previews before it enters).
 */
export function trtcDouble(device: FakeAdapter, views?: TrtcDoubleViews): TrtcSdk {
  const seen: TrtcDoubleViews = views ?? { local: undefined, remote: new Map(), plugins: [] };
  seen.media ??= new TrtcMediaDouble();
  const media = seen.media;
  return {
    EVENT,
    TYPE,
    setLogLevel: (level) => {
      seen.logLevel = level;
    },
    create: (options?: TRTCOptions) => {
      seen.plugins = options?.plugins ?? [];
      return new TrtcClientDouble(device, seen, media);
    },
    getCameraList: async () => [...media.devices.camera],
    getMicrophoneList: async () => [...media.devices.microphone],
    getSpeakerList: async () => [...media.devices.speaker],
    setCurrentSpeaker: async (speakerId) => media.activate('speaker', speakerId),
  };
}

const RECT: Rect = { x: 0, y: 0, w: 320, h: 240 };

/** TRTC's codes for what the fake cloud reports in core's table. */
const trtcCodes: Partial<Record<number, number>> = {
  [ErrorCode.INVALID_PARAMETER]: 5000,
  [ErrorCode.INVALID_STATE]: 5100,
  [ErrorCode.NOT_FOUND]: 5100,
  [ErrorCode.DEVICE_ERROR]: 5300,
  [ErrorCode.NETWORK_TIMEOUT]: 5500,
  [ErrorCode.CANCELLED]: 5998,
};

function rtcError(error: unknown, functionName: string): RtcError {
  const e = toTrtcSmartError(error);
  const rtc: RtcError = Object.assign(new Error(e.message), {
    name: 'RtcError',
    code: trtcCodes[e.code] ?? 5999,
    functionName,
  });
  return rtc;
}

type Handler = (...args: never[]) => void;

class TrtcClientDouble implements TrtcClient {
  readonly #device: FakeAdapter;
  readonly #views: TrtcDoubleViews;
  readonly #media: TrtcMediaDouble;
  readonly #handlers = new Map<string, Set<Handler>>();
  #userId: string | undefined;
  #inRoom = false;
  #entering = false;
  /** Counts entries, so an aborted entry settling late leaves a newer one's `#entering` alone. */
  #entries = 0;
  #volumes = false;
  #live = false;
  #livePreview = false;
  /** TRTC's own CDN stream id for a publisher, until the CDNStreaming plugin binds another. */
  #relayStreamId = '';

  constructor(device: FakeAdapter, views: TrtcDoubleViews, media: TrtcMediaDouble) {
    this.#device = device;
    this.#views = views;
    this.#media = media;
    media.emit = (event, ...args) => this.#emit(event, ...args);
    device.callMedia.events$.subscribe((event) => {
      switch (event.type) {
        case 'userEntered':
          return this.#emit(EVENT.REMOTE_USER_ENTER, { userId: event.userId });
        case 'userLeft':
          this.#views.remote.delete(event.userId);
          return this.#emit(EVENT.REMOTE_USER_EXIT, {
            userId: event.userId,
            reason: (event.reason === 'networkTimeout' ? 1 : 0) as PEER_LEAVE_REASON,
          });
        case 'audioAvailable':
          return this.#emit(event.available ? EVENT.REMOTE_AUDIO_AVAILABLE : EVENT.REMOTE_AUDIO_UNAVAILABLE, {
            userId: event.userId,
          });
        case 'videoAvailable':
          return this.#emit(event.available ? EVENT.REMOTE_VIDEO_AVAILABLE : EVENT.REMOTE_VIDEO_UNAVAILABLE, {
            userId: event.userId,
            streamType: MAIN,
          });
        case 'volumes':
          if (!this.#volumes) return;
          // TRTC names the local user ''.
          return this.#emit(EVENT.AUDIO_VOLUME, {
            result: event.volumes.map((v) => ({
              userId: v.userId === this.#userId ? '' : v.userId,
              volume: v.volume,
              floatVolume: v.volume / 100,
            })),
          });
        case 'networkQuality': {
          const own = event.qualities.find((q) => q.userId === this.#userId)?.quality ?? 0;
          return this.#emit(EVENT.NETWORK_QUALITY, {
            uplinkNetworkQuality: own,
            downlinkNetworkQuality: own,
            uplinkRTT: 0,
            uplinkLoss: 0,
            downlinkRTT: 0,
            downlinkLoss: 0,
          });
        }
        case 'connectionChanged':
          return this.#reconnecting(event.state);
        case 'connectionLost':
          return this.#gaveUpReconnecting();
        case 'error':
          return this.#emit(EVENT.ERROR, rtcError(event, 'room'));
      }
    });
    device.liveMedia.events$.subscribe((event) => {
      switch (event.type) {
        case 'anchorEntered':
          // In the live scene TRTC shows only anchors, and each as publishing.
          this.#emit(EVENT.REMOTE_USER_ENTER, { userId: event.userId });
          this.#emit(EVENT.REMOTE_AUDIO_AVAILABLE, { userId: event.userId });
          return this.#emit(EVENT.REMOTE_VIDEO_AVAILABLE, { userId: event.userId, streamType: MAIN });
        case 'anchorLeft':
          this.#views.remote.delete(event.userId);
          return this.#emit(EVENT.REMOTE_USER_EXIT, {
            userId: event.userId,
            reason: (event.reason === 'networkTimeout' ? 1 : 0) as PEER_LEAVE_REASON,
          });
        case 'connectionChanged':
          return this.#reconnecting(event.state);
        case 'connectionLost':
          return this.#gaveUpReconnecting();
        case 'error':
          return this.#emit(EVENT.ERROR, rtcError(event, 'room'));
      }
    });
  }

  /** A blip, as trtc-sdk-v5's index.d.ts describes its states: CONNECTED -> DISCONNECTED -> CONNECTING -> CONNECTED. */
  #reconnecting(state: 'reconnecting' | 'connected'): void {
    const change = (prevState: string, next: string) =>
      this.#emit(EVENT.CONNECTION_STATE_CHANGED, {
        prevState: prevState as ConnectionState,
        state: next as ConnectionState,
        ...(next === 'CONNECTING' ? { isReconnecting: true } : {}),
      });
    if (state === 'connected') {
      change('CONNECTING', 'CONNECTED');
      return;
    }
    change('CONNECTED', 'DISCONNECTED');
    change('DISCONNECTED', 'CONNECTING');
  }

  /** TRTC lost the room and gave up reconnecting: it says so as a connection state change. */
  #gaveUpReconnecting(): void {
    this.#inRoom = false;
    this.#emit(EVENT.CONNECTION_STATE_CHANGED, {
      prevState: 'CONNECTING' as ConnectionState.CONNECTING,
      state: 'DISCONNECTED' as ConnectionState.DISCONNECTED,
    });
  }

  /** The live media port, for methods that differ by scene. */
  get #liveMedia() {
    return this.#device.liveMedia;
  }

  async enterRoom(params: EnterRoomConfig) {
    // TRTC: roomId first, else the string room (the fake cloud numbers string rooms its own way).
    const roomId =
      params.roomId ?? (params.strRoomId === undefined ? undefined : stringRoomNumber(params.strRoomId));
    if (roomId === undefined) throw rtcError(new Error('roomId or strRoomId is required'), 'enterRoom');
    const { userId } = params;
    this.#userId = userId;
    this.#live = params.scene === TYPE.SCENE_LIVE;
    this.#relayStreamId = `${params.sdkAppId}_${roomId}_${userId}_main`;
    const entry = ++this.#entries;
    this.#entering = true;
    try {
      await this.#run('enterRoom', () =>
        this.#live
          ? this.#liveMedia.enterRoom({ roomId, userId, role: role(params.role) })
          : this.#device.callMedia.enterRoom({ roomId, userId, callType: CallType.VIDEO }),
      );
    } finally {
      if (entry === this.#entries) this.#entering = false;
    }
    this.#inRoom = true;
  }

  /** As TRTC does, exitRoom during enterRoom aborts the entry (it rejects with OPERATION_ABORT). */
  async exitRoom() {
    if (!this.#inRoom && !this.#entering) return;
    this.#inRoom = false;
    this.#entering = false;
    this.#views.remote.clear();
    // TRTC leaves locally at once, whatever the cloud hears (and with no IM login needed).
    const media = this.#live ? this.#liveMedia : this.#device.callMedia;
    this.#live = false;
    await media.exitRoom().catch(() => undefined);
  }

  async switchRole(r: UserRole) {
    if (!this.#inRoom) throw rtcError(new Error(`switchRole(${r}) outside a room`), 'switchRole');
    if (this.#live) await this.#run('switchRole', () => this.#liveMedia.switchRole({ role: role(r) }));
  }

  /** Capturing is local: outside a room the fake device only records it; inside, it publishes. */
  /** In a live room an anchor's microphone publishes: the fake publishes under TRTC's relay stream id. */
  async startLocalAudio(config?: LocalAudioConfig) {
    if (this.#live && this.#inRoom) {
      const isMute = config?.mute === true;
      await this.#run('startLocalAudio', async () => {
        await this.#liveMedia.startPublish({ streamId: this.#relayStreamId });
        await this.#liveMedia.muteLocalAudio({ isMute });
      });
      return;
    }
    await this.#local('startLocalAudio', () =>
      this.#device.callMedia.setMicMute({ isMute: config?.mute === true }),
    );
    this.#capturing('microphone', true, config?.option?.microphoneId);
  }

  async updateLocalAudio(config: UpdateLocalAudioConfig) {
    const microphoneId = config.option?.microphoneId;
    if (microphoneId !== undefined) this.#media.activate('microphone', microphoneId);
    if (config.mute === undefined) return;
    const isMute = config.mute === true || config.mute === 'microphone';
    await this.#run('updateLocalAudio', () =>
      this.#live ? this.#liveMedia.muteLocalAudio({ isMute }) : this.#device.callMedia.setMicMute({ isMute }),
    );
  }

  async stopLocalAudio() {
    if (this.#live && this.#inRoom) {
      await this.#run('stopLocalAudio', () => this.#liveMedia.stopPublish());
      return;
    }
    await this.#local('stopLocalAudio', () => this.#device.callMedia.setMicMute({ isMute: true }));
    this.#capturing('microphone', false);
  }

  /** Capture started or stopped: TRTC reports the device it started on active. */
  #capturing(kind: 'camera' | 'microphone', on: boolean, deviceId?: string): void {
    this.#media[kind] = on;
    if (on) this.#media.activate(kind, deviceId);
  }

  async startLocalVideo(config?: LocalVideoConfig) {
    const view = config?.view;
    const isFront = config?.option?.useFrontCamera ?? true;
    this.#livePreview = this.#live || config?.publish === false;
    await this.#run('startLocalVideo', async () => {
      if (!this.#livePreview) return this.#device.callMedia.openCamera({ isFront, view: RECT });
      await this.#liveMedia.startCameraPreview({ isFront, view: RECT });
      const mirror = config?.option?.mirror;
      if (typeof mirror === 'boolean') await this.#liveMedia.setMirror({ isMirror: mirror });
    });
    if (typeof view === 'string' || (view && !Array.isArray(view))) this.#views.local = view;
    this.#capturing('camera', true, config?.option?.cameraId);
  }

  async updateLocalVideo(config: LocalVideoConfig) {
    const cameraId = config.option?.cameraId;
    if (cameraId !== undefined) this.#media.activate('camera', cameraId);
    const isFront = config.option?.useFrontCamera;
    const mirror = config.option?.mirror;
    if (isFront !== undefined) {
      await this.#run('updateLocalVideo', () =>
        this.#livePreview
          ? this.#liveMedia.switchCamera({ isFront })
          : this.#device.callMedia.switchCamera({ isFront }),
      );
    }
    if (typeof mirror === 'boolean' && this.#livePreview) {
      await this.#run('updateLocalVideo', () => this.#liveMedia.setMirror({ isMirror: mirror }));
    }
    if (typeof config.view === 'string') this.#views.local = config.view;
  }

  async stopLocalVideo() {
    await this.#local('stopLocalVideo', () =>
      this.#livePreview ? this.#liveMedia.stopCameraPreview() : this.#device.callMedia.closeCamera(),
    );
    this.#livePreview = false;
    this.#views.local = undefined;
    this.#capturing('camera', false);
  }

  async startRemoteVideo(config: RemoteVideoConfig) {
    if (config.streamType === TYPE.STREAM_TYPE_SUB)
      return void this.#media.subViews.set(config.userId, config.view);
    const { userId } = config;
    await this.#run('startRemoteVideo', () =>
      this.#live
        ? this.#liveMedia.startPlay({ userId, view: RECT })
        : this.#device.callMedia.startRemoteView({ userId, view: RECT }),
    );
    if (typeof config.view === 'string') this.#views.remote.set(userId, config.view);
  }

  async stopRemoteVideo(config: StopRemoteVideoConfig) {
    if (config.streamType === TYPE.STREAM_TYPE_SUB) return void this.#media.subViews.delete(config.userId);
    const { userId } = config;
    await this.#run('stopRemoteVideo', () =>
      this.#live ? this.#liveMedia.stopPlay({ userId }) : this.#device.callMedia.stopRemoteView({ userId }),
    );
    this.#views.remote.delete(userId);
  }

  async muteRemoteAudio(userId: string, mute: boolean) {
    if (!this.#inRoom)
      throw rtcError(new Error(`muteRemoteAudio(${userId}, ${mute}) outside a room`), 'muteRemoteAudio');
    if (!this.#live) return;
    await this.#run('muteRemoteAudio', () =>
      userId === '*'
        ? this.#liveMedia.muteAllRemoteAudio({ isMute: mute })
        : this.#liveMedia.muteRemoteAudio({ userId, isMute: mute }),
    );
  }

  /** CrossRoom connects rooms for PK; CDNStreaming binds the publisher's CDN stream id. Both must be registered. */
  async startPlugin(plugin: string, options?: unknown) {
    if (this.#mediaPlugin(plugin)) return this.#media.startPlugin(plugin, options);
    this.#registered(plugin, 'startPlugin');
    if (plugin === 'CrossRoom') {
      const { roomId, userId } = options as StartCrossRoomOption;
      if (roomId === undefined || userId === undefined)
        throw rtcError(new Error('CrossRoom needs roomId and userId'), 'startPlugin');
      await this.#run('startPlugin', () => this.#liveMedia.connectOtherRoom({ roomId, userId }));
      return;
    }
    const { streamId } = (options as CDNStreamingOptions).target;
    if (streamId === undefined)
      throw rtcError(new Error('CDNStreaming needs target.streamId'), 'startPlugin');
    await this.#run('startPlugin', () => this.#liveMedia.startPublish({ streamId }));
  }

  async updatePlugin(plugin: string, options?: unknown) {
    if (!this.#mediaPlugin(plugin))
      throw rtcError(new Error(`updatePlugin(${plugin}) is not doubled`), 'updatePlugin');
    this.#media.updatePlugin(plugin, options);
  }

  async stopPlugin(plugin: string, options?: unknown) {
    if (this.#mediaPlugin(plugin)) return this.#media.stopPlugin(plugin, options);
    this.#registered(plugin, 'stopPlugin');
    if (plugin === 'CrossRoom') await this.#run('stopPlugin', () => this.#liveMedia.disconnectOtherRoom());
  }

  /** AudioMixer is built in; the two video effects must have been registered with `use`. */
  #mediaPlugin(plugin: string): boolean {
    if (plugin === 'AudioMixer') return true;
    if (plugin !== 'BasicBeauty' && plugin !== 'VirtualBackground') return false;
    if (!this.#media.registered.some((p) => (p as { Name?: string }).Name === plugin)) {
      throw rtcFailure(5000, `plugin ${plugin} is not registered (trtc.use)`, 'startPlugin');
    }
    return true;
  }

  use(plugin: Parameters<TrtcClient['use']>[0]) {
    this.#media.registered.push('plugin' in plugin ? plugin.plugin : plugin);
  }

  async startScreenShare(config?: ScreenShareConfig) {
    this.#media.check('startScreenShare');
    this.#media.screen = config ?? {};
  }

  async stopScreenShare() {
    this.#media.screen = undefined;
  }

  getVideoTrack() {
    return this.#media.camera ? ({ kind: 'video' } as MediaStreamTrack) : null;
  }

  getAudioTrack() {
    return this.#media.microphone ? ({ kind: 'audio' } as MediaStreamTrack) : null;
  }

  #registered(plugin: string, functionName: string): void {
    const registered = { CrossRoom, CDNStreaming }[plugin];
    if (!registered || !this.#views.plugins.includes(registered)) {
      throw rtcError(new Error(`plugin ${plugin} is not registered in TRTC.create`), functionName);
    }
  }

  enableAudioVolumeEvaluation(interval?: number) {
    this.#volumes = (interval ?? 2000) > 0;
  }

  on<T extends keyof TRTCEventTypes>(event: T, handler: (...args: TRTCEventTypes[T]) => void) {
    const set = this.#handlers.get(event) ?? new Set();
    set.add(handler as Handler);
    this.#handlers.set(event, set);
    return this;
  }

  off<T extends keyof TRTCEventTypes>(event: T, handler: (...args: TRTCEventTypes[T]) => void) {
    this.#handlers.get(event)?.delete(handler as Handler);
    return this;
  }

  destroy() {
    this.#handlers.clear();
  }

  #emit<T extends keyof TRTCEventTypes>(event: T, ...args: TRTCEventTypes[T]): void {
    for (const handler of [...(this.#handlers.get(event) ?? [])])
      (handler as (...a: TRTCEventTypes[T]) => void)(...args);
  }

  async #run<T>(functionName: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw rtcError(error, functionName);
    }
  }

  /** Local capture needs no IM login in TRTC; the fake device refuses it once logged out, which is no failure here. */
  async #local(functionName: string, run: () => Promise<void>): Promise<void> {
    if (this.#inRoom) await this.#run(functionName, run);
    else await run().catch(() => undefined);
  }
}
