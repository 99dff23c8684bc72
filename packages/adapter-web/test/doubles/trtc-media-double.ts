import type {
  AudioMixerOptions,
  BasicBeautyOptions,
  RtcError,
  ScreenShareConfig,
  TRTCDeviceAction,
  TRTCDeviceType,
  TRTCEventTypes,
  TRTCStatistics,
  TRTCStreamType,
  UpdateAudioMixerOptions,
  UpdateVirtualBackgroundOptions,
  VirtualBackgroundOptions,
} from 'trtc-sdk-v5';
import type { BasicBeautyPlugin, TrtcSdk, VirtualBackgroundPlugin } from '../../src/sdk.js';

type Kind = 'camera' | 'microphone' | 'speaker';

/** The events the media controls hear (trtc-sdk-v5's constants, spelled out). */
const EVENT = {
  DEVICE_CHANGED: 'device-changed',
  SCREEN_SHARE_STOPPED: 'screen-share-stopped',
  STATISTICS: 'statistics',
  REMOTE_VIDEO_AVAILABLE: 'remote-video-available',
  REMOTE_VIDEO_UNAVAILABLE: 'remote-video-unavailable',
} as const satisfies Partial<TrtcSdk['EVENT']>;
type Emit = <T extends keyof TRTCEventTypes>(event: T, ...args: TRTCEventTypes[T]) => void;

/** A MediaDeviceInfo as the browser lists it. */
export function device(kind: Kind, deviceId: string, label: string): MediaDeviceInfo {
  const mediaKind = kind === 'camera' ? 'videoinput' : kind === 'microphone' ? 'audioinput' : 'audiooutput';
  const info = { deviceId, label, groupId: `group-${deviceId}`, kind: mediaKind as MediaDeviceKind };
  return { ...info, toJSON: () => info };
}

/** An RtcError with TRTC's code (for a plugin or call the test makes fail). */
export function rtcFailure(code: number, message: string, functionName: string): RtcError {
  return Object.assign(new Error(message), { name: 'RtcError', code, functionName });
}

/** Stand-ins for the two video-effect plugins' default exports; the double does their work. */
export const BasicBeautyDouble = class {
  static Name = 'BasicBeauty';
  start = async (_o: BasicBeautyOptions) => undefined;
  update = async (_o: BasicBeautyOptions) => undefined;
  stop = async () => undefined;
} satisfies BasicBeautyPlugin;

export function virtualBackgroundDouble(supported: () => boolean): VirtualBackgroundPlugin {
  return class {
    static Name = 'VirtualBackground';
    static isSupported = supported;
    start = async (_o: VirtualBackgroundOptions) => undefined;
    update = async (_o: UpdateVirtualBackgroundOptions) => undefined;
    stop = async () => undefined;
  };
}

/**
 * What TRTC does for the media controls, recorded for tests to look at and drive: devices that
 * can be plugged and unplugged, the AudioMixer's tracks, the beauty and background plugins, screen
 * sharing, statistics. The TRTC client double delegates its media methods here.
 */
export class TrtcMediaDouble {
  readonly devices: Record<Kind, MediaDeviceInfo[]> = {
    camera: [device('camera', 'cam-1', 'Front camera'), device('camera', 'cam-2', 'USB camera')],
    microphone: [
      device('microphone', 'default', 'Default mic'),
      device('microphone', 'mic-2', 'Headset mic'),
    ],
    speaker: [device('speaker', 'default', 'Default speaker'), device('speaker', 'spk-2', 'Headphones')],
  };
  readonly inUse: Partial<Record<Kind, string>> = {};
  camera = false;
  microphone = false;
  readonly registered: unknown[] = [];
  readonly mixer = new Map<string, AudioMixerOptions & { paused: boolean; seekFrom?: number }>();
  beauty: BasicBeautyOptions | undefined;
  background: VirtualBackgroundOptions | UpdateVirtualBackgroundOptions | undefined;
  screen: ScreenShareConfig | undefined;
  /** Remote users' sub streams played, by user: the view. */
  readonly subViews = new Map<string, unknown>();
  /** Every plugin call, in order: `startPlugin BasicBeauty`, … */
  readonly calls: string[] = [];
  /** A failure the next call of this name rejects with. */
  readonly failNext = new Map<string, RtcError>();
  emit: Emit = () => undefined;

  /** The browser gains a device. */
  plug(kind: Kind, info: MediaDeviceInfo): void {
    this.devices[kind].push(info);
    this.#deviceChanged(kind, 'add', info);
  }

  /** The browser loses a device (TRTC reports it; it switches nothing itself here). */
  unplug(kind: Kind, deviceId: string): void {
    const info = this.devices[kind].find((d) => d.deviceId === deviceId);
    if (!info) throw new Error(`no ${kind} ${deviceId}`);
    this.devices[kind] = this.devices[kind].filter((d) => d !== info) as never;
    this.#deviceChanged(kind, 'remove', info);
  }

  /** A camera or microphone starts or switches: TRTC reports it active. */
  activate(kind: Kind, deviceId?: string): void {
    const info = this.devices[kind].find((d) => d.deviceId === deviceId) ?? this.devices[kind][0];
    if (!info) return;
    this.inUse[kind] = info.deviceId;
    this.#deviceChanged(kind, 'active', info);
  }

  /** The browser's own "stop sharing" button. */
  browserStopsSharing(): void {
    this.screen = undefined;
    this.emit(EVENT.SCREEN_SHARE_STOPPED);
  }

  remoteSubStream(userId: string, available: boolean): void {
    const event = available ? EVENT.REMOTE_VIDEO_AVAILABLE : EVENT.REMOTE_VIDEO_UNAVAILABLE;
    this.emit(event, { userId, streamType: 'sub' as TRTCStreamType.Sub });
  }

  statistics(stats: TRTCStatistics): void {
    this.emit(EVENT.STATISTICS, stats);
  }

  #deviceChanged(kind: Kind, action: 'add' | 'remove' | 'active', info: MediaDeviceInfo): void {
    this.emit(EVENT.DEVICE_CHANGED, {
      type: kind as TRTCDeviceType,
      action: action as TRTCDeviceAction,
      device: info,
    });
  }

  check(name: string): void {
    const failure = this.failNext.get(name);
    if (failure) {
      this.failNext.delete(name);
      throw failure;
    }
  }

  startPlugin(plugin: string, options: unknown): void {
    this.check(`startPlugin ${plugin}`);
    this.calls.push(`startPlugin ${plugin}`);
    if (plugin === 'AudioMixer') {
      const o = options as AudioMixerOptions;
      if (this.mixer.has(o.id)) throw new Error(`AudioMixer ${o.id} plays already`);
      this.mixer.set(o.id, { ...o, paused: false });
    } else if (plugin === 'BasicBeauty') {
      this.beauty = options as BasicBeautyOptions;
    } else if (plugin === 'VirtualBackground') {
      this.background = options as VirtualBackgroundOptions;
    }
  }

  updatePlugin(plugin: string, options: unknown): void {
    this.check(`updatePlugin ${plugin}`);
    this.calls.push(`updatePlugin ${plugin}`);
    if (plugin === 'AudioMixer') {
      const o = options as UpdateAudioMixerOptions;
      const track = this.mixer.get(o.id);
      // As TRTC: an unknown id is only logged.
      if (!track) return;
      if (o.volume !== undefined) track.volume = o.volume;
      if (o.seekFrom !== undefined) track.seekFrom = o.seekFrom;
      if (o.operation === 'pause') track.paused = true;
      if (o.operation === 'resume') track.paused = false;
    } else if (plugin === 'BasicBeauty') {
      this.beauty = options as BasicBeautyOptions;
    } else if (plugin === 'VirtualBackground') {
      this.background = { ...this.background, ...(options as UpdateVirtualBackgroundOptions) };
    }
  }

  stopPlugin(plugin: string, options: unknown): void {
    this.check(`stopPlugin ${plugin}`);
    this.calls.push(`stopPlugin ${plugin}`);
    if (plugin === 'AudioMixer') this.mixer.delete((options as { id: string }).id);
    else if (plugin === 'BasicBeauty') this.beauty = undefined;
    else if (plugin === 'VirtualBackground') this.background = undefined;
  }
}
