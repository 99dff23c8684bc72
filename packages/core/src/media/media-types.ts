import type { Observable } from 'rxjs';

/** Which stream of a remote user: the camera ('main') or the screen share ('sub'). */
export type StreamType = 'main' | 'sub';

/** The device kinds the device manager lists and switches. */
export type DeviceKind = 'camera' | 'microphone' | 'speaker';

/** One device, as getCameraList / getMicrophoneList / getSpeakerList return it. */
export interface DeviceInfo {
  readonly deviceId: string;
  readonly label: string;
}

/** `startPlayMusic`'s parameters (TRTC AudioMusicParam). */
export interface StartPlayMusicParams {
  /** The app's id for the track, an integer >= 0; one track per id. */
  readonly id: number;
  /** Where the audio file is (http(s), blob: or a platform path). */
  readonly url: string;
  /** Extra plays after the first, integer >= 0. Default 0. */
  readonly loopCount?: number;
  /** Mix it into the published audio so the others hear it. Default false (local only). */
  readonly publish?: boolean;
  /** Where to start, ms >= 0. Default 0. */
  readonly startTimeMs?: number;
}

/** `setBeautyStyle`'s parameters (TRTC beauty manager); every level 0 turns beauty off. */
export interface BeautyStyle {
  readonly style: 'smooth' | 'natural';
  /** Skin smoothing, integer 0-9. */
  readonly beauty: number;
  /** Whitening, integer 0-9. */
  readonly whiteness: number;
  /** Ruddiness, integer 0-9. */
  readonly ruddiness: number;
}

/** `setVirtualBackground`'s parameters. */
export type VirtualBackground =
  | { readonly type: 'none' }
  /** `blurLevel` integer 1-10, default 3. */
  | { readonly type: 'blur'; readonly blurLevel?: number }
  /** `imageUrl` a non-empty http(s), data: or blob: URL (or a platform path). */
  | { readonly type: 'image'; readonly imageUrl: string };

/** One music track in state$. */
export interface MusicTrack {
  readonly id: number;
  readonly url: string;
  readonly status: 'playing' | 'paused';
  readonly positionMs: number;
  /** 0 while unknown. */
  readonly durationMs: number;
  readonly volume: number;
  readonly publish: boolean;
}

/** The media controls' part of `state$` (`state.media`). */
export interface MediaState {
  /** The tracks that play or are paused, in start order. */
  readonly music: readonly MusicTrack[];
  readonly beauty: BeautyStyle;
  readonly background: VirtualBackground;
  /** The devices chosen with setCurrent* or reported active; null = the platform's default. */
  readonly devices: {
    readonly camera: string | null;
    readonly microphone: string | null;
    readonly speaker: string | null;
  };
  /** This user's screen share (`starting` / `stopping`: its start or stop is under way). */
  readonly screenShare: 'off' | 'starting' | 'on' | 'stopping';
  /** Remote users whose substream (screen share) is available. */
  readonly remoteSubStreams: readonly string[];
}

/** Local sending statistics. */
export interface LocalStatistics {
  readonly audioBitrateKbps: number;
  readonly videoBitrateKbps: number;
  readonly width: number;
  readonly height: number;
  readonly frameRate: number;
}

/** One remote user's receiving statistics. */
export interface RemoteStatistics extends LocalStatistics {
  readonly userId: string;
  readonly streamType: StreamType;
}

/** The link's statistics, every 2 s while in a call or a room. */
export interface MediaStatistics {
  /** Round trip to the server, ms. */
  readonly rtt: number;
  /** Upstream and downstream packet loss, percent 0-100. */
  readonly upLoss: number;
  readonly downLoss: number;
  readonly local: LocalStatistics;
  readonly remote: readonly RemoteStatistics[];
}

/** The media controls' events, on `events$` next to the API's own (and to the seed listener). */
export type MediaEvent =
  /** At most once a second per track while it plays. */
  | {
      readonly eventType: 'onMusicProgress';
      readonly id: number;
      readonly positionMs: number;
      readonly durationMs: number;
    }
  | { readonly eventType: 'onMusicComplete'; readonly id: number }
  /** 'active' after setCurrent* and when the device in use was unplugged and the default took over. */
  | {
      readonly eventType: 'onDeviceChange';
      readonly kind: DeviceKind;
      readonly deviceId: string;
      readonly state: 'add' | 'remove' | 'active';
    }
  /** This user's screen share ended by itself (the browser's "stop sharing"), not by stopScreenShare. */
  | { readonly eventType: 'onScreenShareStopped' }
  | { readonly eventType: 'onUserSubStreamAvailable'; readonly userId: string; readonly available: boolean }
  | ({ readonly eventType: 'onStatistics' } & MediaStatistics);

/**
 * The methods `media: mediaControls` adds to a calling or live-room instance. Each validates its
 * params (INVALID_PARAMETER naming the field and rule, nothing changed), checks the state
 * (INVALID_STATE / NOT_LOGGED_IN / DESTROYED) and rejects NOT_SUPPORTED, naming the feature and
 * the platform, where the adapter cannot do it.
 */
export interface MediaMethods {
  /** Logged in. Starts (or restarts) the track with this id. */
  startPlayMusic(params: StartPlayMusicParams): Promise<void>;
  /** Logged in; a track that plays or is paused. */
  stopPlayMusic(params: { readonly id: number }): Promise<void>;
  /** Logged in; a playing track (INVALID_STATE if it is already paused). */
  pausePlayMusic(params: { readonly id: number }): Promise<void>;
  /** Logged in; a paused track (INVALID_STATE if it is not paused). */
  resumePlayMusic(params: { readonly id: number }): Promise<void>;
  /** `positionMs` integer >= 0. */
  seekMusic(params: { readonly id: number; readonly positionMs: number }): Promise<void>;
  /** `volume` integer 0-100. */
  setMusicVolume(params: { readonly id: number; readonly volume: number }): Promise<void>;
  /** Any time the instance lives (before a preview too); kept for later camera opens. */
  setBeautyStyle(params: BeautyStyle): Promise<void>;
  /** Any time the instance lives: blur or replace the camera's background, or `{type: 'none'}`. */
  setVirtualBackground(params: VirtualBackground): Promise<void>;
  /** Any time the instance lives: the cameras, `{deviceId, label}`. */
  getCameraList(): Promise<DeviceInfo[]>;
  /** Any time the instance lives: the microphones, `{deviceId, label}`. */
  getMicrophoneList(): Promise<DeviceInfo[]>;
  /** Any time the instance lives: the speakers, `{deviceId, label}`. */
  getSpeakerList(): Promise<DeviceInfo[]>;
  /** Switches the camera to one of getCameraList's (INVALID_PARAMETER for another id). */
  setCurrentCamera(params: { readonly deviceId: string }): Promise<void>;
  /** Switches the microphone to one of getMicrophoneList's. */
  setCurrentMicrophone(params: { readonly deviceId: string }): Promise<void>;
  /** Switches the speaker to one of getSpeakerList's. */
  setCurrentSpeaker(params: { readonly deviceId: string }): Promise<void>;
  /** In a call (inCall) or publishing in a room; it stops by itself when the call or room ends. */
  startScreenShare(params?: { readonly publish?: boolean }): Promise<void>;
  /** Stops this user's screen share (INVALID_STATE if none is on). */
  stopScreenShare(): Promise<void>;
}

/** What a media-enabled instance's state$ carries on top of its own state. */
export type WithMediaState<S> = S & { readonly media: MediaState };

/** The shape `media: mediaControls` gives an instance: the methods, and media in its events and state. */
export type MediaInstance<S, E> = MediaMethods & {
  readonly events$: Observable<E | MediaEvent>;
  readonly state$: Observable<WithMediaState<S>>;
  /** The current state, `media` included (as `state$` last emitted it). */
  getSnapshot(): WithMediaState<S>;
};
