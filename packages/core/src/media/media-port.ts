import type { Observable } from 'rxjs';
import type {
  BeautyStyle,
  DeviceInfo,
  DeviceKind,
  MediaStatistics,
  StreamType,
  VirtualBackground,
} from './media-types.js';

/**
 * Media controls at the level of TRTC's audio-effect, beauty, device and screen-share managers.
 * Optional on both adapters (`adapter.media`): without it every media method rejects NOT_SUPPORTED.
 * Core validates and state-checks every call before it reaches the port, so a port sees only
 * well-formed params (volumes 0-100, levels 0-9, known ids). A port that lacks one feature throws
 * `notSupported(feature, platform)` (from `@trtc-smart/core/adapter-kit`) from that method.
 */
export interface MediaControlsPort<View = unknown> {
  /** The platform's name, used in NOT_SUPPORTED messages: 'web', 'APICloud', 'Capacitor iOS'... */
  readonly platform: string;

  /**
   * Starts a music track or sound effect (TRTC AudioMixer / TXAudioEffectManager.startPlayMusic).
   * Resolves once it plays, with its duration (0 if unknown). `loopCount` extra plays after the
   * first; `publish` mixes it into the published microphone so the others hear it.
   */
  startPlayMusic(params: {
    readonly id: number;
    readonly url: string;
    readonly loopCount: number;
    readonly publish: boolean;
    readonly startTimeMs: number;
  }): Promise<{ readonly durationMs: number }>;
  /** Stops a track; it fires no musicComplete. */
  stopPlayMusic(params: { readonly id: number }): Promise<void>;
  /** Pauses a track where it is. */
  pausePlayMusic(params: { readonly id: number }): Promise<void>;
  /** Resumes a paused track. */
  resumePlayMusic(params: { readonly id: number }): Promise<void>;
  /** Moves a track to a position, ms (core checks it is within the duration). */
  seekMusic(params: { readonly id: number; readonly positionMs: number }): Promise<void>;
  /** 0-100, both the local playout and the published mix. */
  setMusicVolume(params: { readonly id: number; readonly volume: number }): Promise<void>;

  /** Applies the beauty filter to the local camera (now and whenever it opens); all levels 0 = off. */
  setBeautyStyle(params: BeautyStyle): Promise<void>;
  /** Blur or replace the local camera's background; `{type: 'none'}` removes it. */
  setVirtualBackground(params: VirtualBackground): Promise<void>;

  /** The devices of one kind (TRTC.getCameraList / getMicrophoneList / getSpeakerList). */
  getDeviceList(params: { readonly kind: DeviceKind }): Promise<readonly DeviceInfo[]>;
  /** Switches the device in use (camera, microphone or speaker), now and for later opens. */
  setCurrentDevice(params: { readonly kind: DeviceKind; readonly deviceId: string }): Promise<void>;

  /**
   * Shares the screen as the substream (TRTC startScreenShare). Resolves once it is captured (and
   * published when `publish`); the user's own "stop sharing" later comes as screenShareStopped.
   */
  startScreenShare(params: { readonly publish: boolean }): Promise<void>;
  /** Stops sharing; resolves once the substream is gone. No screenShareStopped follows. */
  stopScreenShare(): Promise<void>;
  /** Renders a remote user's substream (screen share) into a view. */
  startRemoteSubView(params: { readonly userId: string; readonly view: View }): Promise<void>;
  /** Stops rendering a remote user's substream. */
  stopRemoteSubView(params: { readonly userId: string }): Promise<void>;

  /** Everything the media managers report; core throttles, filters by state and forwards. */
  readonly events$: Observable<MediaPortEvent>;
}

/** What a media port reports. */
export type MediaPortEvent =
  /** A track's position; as often as the platform reports it (core throttles). */
  | {
      readonly type: 'musicProgress';
      readonly id: number;
      readonly positionMs: number;
      readonly durationMs: number;
    }
  /** A track played to its end (all loops). */
  | { readonly type: 'musicComplete'; readonly id: number }
  /**
   * A device was plugged ('add') or unplugged ('remove'), or became the one in use ('active'); when
   * the device in use is unplugged the port falls back to the default and reports it 'active'.
   */
  | {
      readonly type: 'deviceChange';
      readonly kind: DeviceKind;
      readonly deviceId: string;
      readonly state: 'add' | 'remove' | 'active';
    }
  /** Sharing ended without stopScreenShare (the browser's own "stop sharing", the window closed). */
  | { readonly type: 'screenShareStopped' }
  /** A remote user's substream (screen share) started or stopped. */
  | { readonly type: 'subStreamAvailable'; readonly userId: string; readonly available: boolean }
  /** The link's statistics (TRTC reports them every 2 s). */
  | { readonly type: 'statistics'; readonly statistics: MediaStatistics };

/** Which stream of a remote user: the camera ('main') or the screen share ('sub'). */
export type { StreamType };
